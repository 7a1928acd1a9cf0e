"use strict";
/**
 * tesseract.js's own Node worker script, run at a lower CPU priority. OCR keeps every core
 * busy for seconds; at equal priority the web server's main thread queues behind it and a
 * request as small as /api/health waits tens of milliseconds. On Linux the nice value is a
 * per-thread attribute, so raising it here (setpriority on the calling thread) slows only this
 * OCR thread, and only when something else wants the core (docs/ocr.md, "A free event loop").
 * OCR_NICE=0 turns it off; elsewhere than Linux it applies to the whole process, so it is skipped.
 */
const os = require("node:os");

const nice = Number(process.env.OCR_NICE ?? "10");
if (process.platform === "linux" && Number.isInteger(nice) && nice > 0) {
  try {
    os.setPriority(Math.min(nice, 19));
  } catch {
    // Not allowed (a seccomp profile, say): OCR runs at normal priority.
  }
}

require("tesseract.js/src/worker-script/node/index.js");
