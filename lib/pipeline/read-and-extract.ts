import { AppError } from "@/lib/errors";
import { OcrFeed } from "@/lib/ocr/ocr-feed";
import type { OcrResult } from "@/lib/ocr/types";

/**
 * OCR and extraction side by side (docs/pipelining.md): the extraction gets OCR's lines as
 * they are read (an OcrFeed) instead of the finished page. Each side keeps its own limits and
 * its own step; whichever fails first is the job's failure, and it stops the other side (its
 * signal aborts, its step fails as "stopped"), which is waited for, so nothing runs on and no
 * rejection goes unhandled.
 */
export async function readAndExtractTogether<D>(sides: {
  /** The OCR step; feeds `feed` as strips are read. Stops when `signal` aborts. */
  read: (signal: AbortSignal, feed: OcrFeed) => Promise<OcrResult>;
  /** The extract step, reading from `feed`. Stops when `signal` aborts. */
  extract: (signal: AbortSignal, feed: OcrFeed) => Promise<D>;
}): Promise<{ ocr: OcrResult; document: D }> {
  const feed = new OcrFeed();
  const stopReading = new AbortController();
  const stopExtracting = new AbortController();
  let firstFailure: { error: unknown } | null = null;

  const reading = sides.read(stopReading.signal, feed).then(
    (ocr) => {
      feed.finish(ocr);
      return ocr;
    },
    (error: unknown) => {
      firstFailure ??= { error };
      const stopped = new AppError("extract_stopped", "Stopped: the text could not be read.", 422);
      feed.fail(stopped);
      stopExtracting.abort(stopped);
      throw error;
    },
  );
  const extracting = sides.extract(stopExtracting.signal, feed).catch((error: unknown) => {
    firstFailure ??= { error };
    stopReading.abort(new AppError("ocr_stopped", "Stopped: the extraction failed.", 502));
    throw error;
  });

  const [read, extracted] = await Promise.allSettled([reading, extracting]);
  if (firstFailure) throw (firstFailure as { error: unknown }).error;
  if (read.status === "rejected") throw read.reason;
  if (extracted.status === "rejected") throw extracted.reason;
  return { ocr: read.value, document: extracted.value };
}
