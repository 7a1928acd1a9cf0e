import { AppError } from "@/lib/errors";

/**
 * Before this, a file's time is not a capture time but a placeholder (a clock never set, a
 * file system that keeps none: 0, 1970, 1980).
 */
const EARLIEST_CAPTURE = Date.UTC(2000, 0, 1);

/**
 * Each file's capture time from the upload's `capturedAt` field (docs/time-zones.md): one time
 * for every file, or one per file. A time after `uploadedAt` (a device clock ahead of the
 * server's) or before 2000 is no capture time: null, and the job reads its dates against the
 * upload time as before.
 */
export function capturedAtPerFile(
  times: Array<string | null> | undefined,
  files: number,
  uploadedAt: Date,
): Array<Date | null> {
  if (!times) return Array.from({ length: files }, () => null);
  if (times.length !== 1 && times.length !== files) {
    throw new AppError(
      "invalid_request",
      `capturedAt has ${times.length} times for ${files} files: send one time for all of them, or one per file.`,
      422,
    );
  }
  return Array.from({ length: files }, (_, index) => {
    const time = times.length === 1 ? times[0] : times[index];
    if (!time) return null;
    const at = new Date(time);
    return at.getTime() >= EARLIEST_CAPTURE && at.getTime() <= uploadedAt.getTime() ? at : null;
  });
}
