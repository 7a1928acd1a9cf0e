import type { Viewer } from "@/lib/auth/viewer";

/** Whose Actual settings: the user's id, or one shared row in open mode (AUTH=none has no users). */
export function actualOwnerKey(viewer: Viewer): string {
  return viewer.kind === "user" ? viewer.user.id : "open";
}
