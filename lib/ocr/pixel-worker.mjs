/**
 * The pixel thread's script (lib/ocr/pixel-thread.ts): runs the per-pixel passes over an upload
 * so that the server's main thread never loops over pixels. A plain module, because a worker
 * thread starts from a file Node runs as it is (Next bundles the app's TypeScript, not this); the
 * passes' files import nothing and use only erasable syntax, so Node's type stripping loads the
 * same source the app is built from.
 */
import { parentPort } from "node:worker_threads";
import { cellMeans } from "../images/cell-means.ts";
import { scanPixels } from "./pixel-scan.ts";

/** Each pass: its output, and the buffers that go back without a copy (the caller gave up its own). */
const passes = {
  scan: ({ gray, width, height }) => {
    const rows = scanPixels(gray, width, height);
    return [{ gray, rows }, [gray.buffer]];
  },
  cellMeans: ({ data, width, height, channels }) => {
    const means = cellMeans(data, width, height, channels);
    return [means, [means.buffer]];
  },
};

parentPort?.on("message", ({ id, pass, input }) => {
  try {
    const [output, transfer] = passes[pass](input);
    parentPort?.postMessage({ id, output }, transfer);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
