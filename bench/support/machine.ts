/**
 * A one-line description of the machine the figures were measured on, with its load average:
 * a shared machine's other work slows the wall times (CPU times much less).
 */
import os from "node:os";
import { nativeVersion } from "./ocr";

export function describeMachine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  const memory = `${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
  const tesseract = nativeVersion() ?? "tesseract CLI not installed";
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
  return `${os.availableParallelism()} cores (${cpu}), ${memory} RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}, ${tesseract}; load average (1/5/15 min) at start ${load}`;
}
