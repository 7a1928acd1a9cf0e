/**
 * The pixel thread's script (lib/ocr/pixel-thread.ts): runs pixel-scan.ts's passes over a
 * screenshot so that the server's main thread never loops over pixels. A plain module, because
 * a worker thread starts from a file Node runs as it is (Next bundles the app's TypeScript, not
 * this); pixel-scan.ts imports nothing and uses only erasable syntax, so Node's type stripping
 * loads the same source the app is built from.
 */
import { parentPort } from "node:worker_threads";
import { scanPixels } from "./pixel-scan.ts";

parentPort?.on("message", (request) => {
  const { id, gray, width, height } = request;
  try {
    const rows = scanPixels(gray, width, height);
    // The pixels go back without a copy; the caller gave up its own (pixel-thread.ts).
    parentPort?.postMessage({ id, gray, rows }, [gray.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
