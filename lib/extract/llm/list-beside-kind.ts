import { AppError } from "@/lib/errors";
import type { DocumentKind } from "@/lib/extract/schema";

/**
 * A list's parts started beside the call that decides the page's kind (docs/pipelining.md):
 * when the local rules already read a list in the page's first lines, the model's answer almost
 * always agrees, and waiting for it put a whole model call (a second's fraction, more on a busy
 * endpoint) before the first part. `readList` gets its own stop: when the kind comes back as not
 * a list, its calls are stopped and dropped, and `otherwise` reads the page as that kind; when
 * the kind cannot be had, the list stops too and that failure is the job's. A list that fails
 * while the kind is still being asked fails the job only if the page is a list.
 */
export async function readListBesideKind<D>(sides: {
  kind: Promise<DocumentKind>;
  readList: (stop: AbortController) => Promise<D>;
  otherwise: (kind: DocumentKind) => Promise<D>;
}): Promise<D> {
  const stop = new AbortController();
  const listing = sides.readList(stop);
  // Awaited below, or dropped when the page is not a list: never an unhandled rejection.
  listing.catch(() => {});
  let kind: DocumentKind;
  try {
    kind = await sides.kind;
  } catch (error) {
    stop.abort(error);
    await listing.catch(() => {});
    throw error;
  }
  if (kind === "transaction_list") return listing;
  stop.abort(new AppError("extract_stopped", "Stopped: the page is not a list.", 422));
  await listing.catch(() => {});
  return sides.otherwise(kind);
}
