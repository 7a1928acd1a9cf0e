import type { Viewer } from "@/lib/auth/viewer";
import { finalDocument } from "@/lib/export/export-jobs";
import type { JobSnapshot } from "@/lib/jobs/schema";
import type { Services } from "@/lib/services";
import { visibleListPageIds } from "@/lib/stitch/list-pages";
import { mergeRows, type PageRows } from "@/lib/stitch/merge-rows";
import { listLinks, type StitchedList } from "@/lib/stitch/schema";

/**
 * A stitched list as it stands now. The merge is made on every read from the pages' results
 * with their corrections applied, so it follows a page that finishes or a value corrected on a
 * page at once, and nothing derived is stored that could fall out of step (docs/stitching.md).
 */
export async function readStitchedList(
  services: Pick<Services, "db" | "store">,
  viewer: Viewer,
  listId: string,
): Promise<{ list: StitchedList; snapshots: JobSnapshot[] }> {
  const ids = await visibleListPageIds(services.db, viewer, listId);
  const snapshots: JobSnapshot[] = [];
  for (const id of ids) {
    const snapshot = await services.store.snapshot(id);
    if (snapshot) snapshots.push(snapshot);
  }
  return { list: stitchList(listId, snapshots), snapshots };
}

/** The merged list of some pages' snapshots, in the order given. */
export function stitchList(listId: string, snapshots: JobSnapshot[]): StitchedList {
  const pages: PageRows[] = [];
  let currency: string | null = null;
  const described = snapshots.map((snapshot, page) => {
    const document = finalDocument(snapshot);
    const list = document?.kind === "transaction_list" ? document : null;
    if (list) {
      pages.push({ jobId: snapshot.id, page, rows: list.rows });
      currency ??= list.currency.value;
    }
    return {
      page,
      jobId: snapshot.id,
      fileName: snapshot.fileName,
      status: snapshot.status,
      width: snapshot.width,
      height: snapshot.height,
      rows: list ? list.rows.length : null,
      links: { self: snapshot.links.self, image: snapshot.links.image, thumbnail: snapshot.links.thumbnail },
    };
  });
  const merged = mergeRows(pages);
  return {
    id: listId,
    pages: described,
    complete: snapshots.every((snapshot) => snapshot.status === "succeeded" || snapshot.status === "failed"),
    currency,
    ...merged,
    links: listLinks(listId),
  };
}
