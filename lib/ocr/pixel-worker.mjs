/**
 * The pixel thread's script (lib/ocr/pixel-thread.ts): decodes uploads and runs the per-pixel
 * passes over them, so that the server's main thread never holds or loops over their pixels. A
 * plain module, because a worker thread starts from a file Node runs as it is (Next bundles the
 * app's TypeScript, not this); the passes' files import nothing of the app and use only erasable
 * syntax, so Node's type stripping loads the same source the app is built from.
 */
import os from "node:os";
import { parentPort } from "node:worker_threads";
import { imageCellMeans } from "../images/cell-means.ts";
import { decodeGray } from "./decode-gray.ts";
import { scanPixels } from "./pixel-scan.ts";

// Niced like the OCR threads (niced-worker.cjs, OCR_NICE): the main thread answers first.
const nice = Number(process.env.OCR_NICE ?? "10");
if (process.platform === "linux" && Number.isInteger(nice) && nice > 0) {
  try {
    os.setPriority(Math.min(nice, 19));
  } catch {
    // Not allowed (a seccomp profile, say): the passes run at normal priority.
  }
}

/** Each pass: its output, and the buffers that go back without a copy. */
const passes = {
  prepare: async ({ png }) => {
    const decoded = await decodeGray(png);
    const rows = scanPixels(decoded.gray, decoded.width, decoded.height);
    return [{ ...decoded, rows }, [decoded.gray.buffer]];
  },
  cellMeans: async ({ bytes }) => {
    const means = await imageCellMeans(bytes);
    return [means, [means.buffer]];
  },
};

parentPort?.on("message", async ({ id, pass, input }) => {
  try {
    const [output, transfer] = await passes[pass](input);
    parentPort?.postMessage({ id, output }, transfer);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
