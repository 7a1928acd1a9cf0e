import { canSee, type Viewer } from "@/lib/auth/viewer";
import { jobNotFound } from "@/lib/errors";
import type { Services } from "@/lib/services";

/**
 * Refuses a job the viewer may not see with the same 404 as a job that does not exist: another
 * user's job ids are not even confirmed to exist (docs/accounts.md).
 */
export async function assertVisibleJob(services: Pick<Services, "store">, viewer: Viewer, id: string): Promise<void> {
  const owner = await services.store.ownerOf(id);
  if (owner === undefined || !canSee(viewer, { userId: owner })) throw jobNotFound(id);
}

/** The user id a job listing is narrowed to: the viewer's own, none in open mode. */
export function listScope(viewer: Viewer): string | undefined {
  return viewer.kind === "user" ? viewer.user.id : undefined;
}
