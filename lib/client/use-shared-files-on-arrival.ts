import { useEffect, useRef, useState } from "react";
import { type ShareStatus, shareArrivalFrom, sharedImages, withoutShareParams } from "@/lib/client/shared-files";
import { deleteExpiredShares, deleteShare, readShare } from "@/lib/client/shared-files-store";

/** What the page tells the person about a share that did not simply upload. */
export type ShareNoticeKind = ShareStatus | "lost";

/**
 * Shares being uploaded by this page. A module-level set, not state: a remount (React's strict
 * mode, a fast refresh) must not upload the same files twice.
 */
const inFlight = new Set<string>();

/**
 * Uploads the screenshots shared to the app (`/?shared=<id>`, stored by public/sw.js) through
 * `upload`, the same path as the picker and a paste, once `ready` (the board has listed the
 * earlier jobs). They are deleted from the browser only when the upload was accepted; a
 * refused one stays, with the address, so a reload tries again. Returns what to tell the
 * person when the files were not there or never arrived.
 */
export function useSharedFilesOnArrival(
  upload: (files: File[]) => Promise<boolean>,
  ready: boolean,
): [ShareNoticeKind | null, () => void] {
  const [notice, setNotice] = useState<ShareNoticeKind | null>(null);
  const latestUpload = useRef(upload);
  useEffect(() => {
    latestUpload.current = upload;
  });

  useEffect(() => {
    if (!ready) return;
    const arrival = shareArrivalFrom(window.location.search);
    const forget = () =>
      window.history.replaceState(window.history.state, "", withoutShareParams(window.location.href));
    void deleteExpiredShares().catch(() => {});
    if (!arrival) return;
    if (arrival.kind !== "shared") {
      setNotice(arrival.kind);
      forget();
      return;
    }
    if (inFlight.has(arrival.id)) return;
    inFlight.add(arrival.id);
    void (async () => {
      try {
        const record = await readShare(arrival.id).catch(() => null);
        const files = record ? sharedImages(record.files) : [];
        if (files.length === 0) {
          setNotice("lost");
          if (record) await deleteShare(arrival.id);
          forget();
          return;
        }
        if (await latestUpload.current(files)) {
          await deleteShare(arrival.id);
          forget();
        }
      } finally {
        inFlight.delete(arrival.id);
      }
    })();
  }, [ready]);

  return [notice, () => setNotice(null)];
}
