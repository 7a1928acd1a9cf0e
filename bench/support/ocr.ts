/**
 * The two OCR engines the benchmarks compare, timed the same way (wall clock and CPU time):
 * ours, the app's tesseract.js pool with its image preparation and strips, and Debian's native
 * `tesseract` CLI on the unmodified PNG.
 */
import { spawn, spawnSync } from "node:child_process";
import { type RecognizeOptions, recognizeScreenshot } from "@/lib/ocr/recognize";
import type { OcrResult } from "@/lib/ocr/types";
import { warmSets } from "@/lib/ocr/warm-sets";
import { OcrPool } from "@/lib/ocr/worker-pool";
import { loadFixture } from "./fixtures";

/** As the app runs it (lib/env.ts defaults on a 2-core machine): languages chosen per image among these. */
export const OCR_SETTINGS = {
  workers: 2,
  langs: "eng+deu+fra+jpn+kor+chi_tra",
  langPath: "/usr/share/tesseract-ocr/5/tessdata",
  stripMinHeight: 1000,
} as const;

/** How OCR ran before languages were chosen per image: jpn+eng for everything, no stretched re-read. */
export const BEFORE_SETTINGS = { langs: "jpn+eng", rereadNarrow: false } as const;

export interface OcrRun {
  /** Wall clock, milliseconds. */
  ms: number;
  /** CPU time (user + system) of every thread involved, milliseconds. */
  cpuMs: number;
  text: string;
}

/** The app's pool; `langs` narrows the allowed languages (the "before" pool: jpn+eng). */
export function createPool(langs: string = OCR_SETTINGS.langs): OcrPool {
  return new OcrPool({
    size: OCR_SETTINGS.workers,
    langs,
    langPath: OCR_SETTINGS.langPath,
    timeoutMs: 120_000,
    warmSets: warmSets(langs),
  });
}

/** What recognizeScreenshot may be told besides the image: fixed languages, no re-read. */
export type OurOptions = Pick<RecognizeOptions, "langs" | "rereadNarrow" | "pageSegMode">;

/**
 * Starts the workers and runs untimed recognitions (English and Japanese, small and tall ones cut
 * into two strips, so that two workers of each of those language sets have read once): the first
 * recognition on a fresh worker pays for WebAssembly compilation and model set-up, which the app
 * pays once per worker.
 */
export async function warmPool(pool: OcrPool, options: OurOptions = {}): Promise<void> {
  await pool.start();
  const images = ["en-payment-small", "ja-payment-light", "en-card-history-light", "ja-bank-statement-long"] as const;
  for (const name of images) {
    await recognizeScreenshot({
      pool,
      image: loadFixture(name).png,
      stripMinHeight: OCR_SETTINGS.stripMinHeight,
      ...options,
    });
  }
}

/**
 * One recognition as the app does it, from the PNG bytes (preparation included). CPU time is
 * the whole process's (process.cpuUsage counts every thread: the tesseract.js worker threads
 * and sharp's), so nothing else may run in this process meanwhile.
 */
export async function runOurs(
  pool: OcrPool,
  png: Buffer,
  options: OurOptions = {},
): Promise<OcrRun & { result: OcrResult }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await recognizeScreenshot({
    pool,
    image: png,
    stripMinHeight: OCR_SETTINGS.stripMinHeight,
    ...options,
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, text: result.text, result };
}

/** `tesseract --version`'s first line, or null when the CLI is not installed. */
export function nativeVersion(): string | null {
  const run = spawnSync("tesseract", ["--version"], { encoding: "utf8" });
  if (run.error || run.status !== 0) return null;
  return `${run.stdout}${run.stderr}`.split("\n")[0]?.trim() ?? null;
}

/** Parses one line of the shell's `times` ("0m1.230000s 0m0.040000s") into milliseconds. */
function parseTimes(line: string): number {
  let total = 0;
  for (const match of line.matchAll(/(\d+)m([\d.]+)s/g)) total += Number(match[1]) * 60_000 + Number(match[2]) * 1000;
  return total;
}

/**
 * One run of the native CLI, single-threaded (OMP_THREAD_LIMIT=1), LSTM only, as
 * `tesseract <png> stdout -l <langs> --oem 1 --psm <psm>`. It loads the language models on
 * every call: that cost is part of its time, as it would be for a server shelling out to it.
 * The CLI runs under `sh` so that the shell's `times` reports its CPU time (on fd 3).
 */
export function runNative(pngPath: string, psm: number, langs: string = BEFORE_SETTINGS.langs): Promise<OcrRun> {
  const script = `tesseract "$1" stdout -l "$2" --oem 1 --psm "$3"; status=$?; times >&3; exit $status`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn("sh", ["-c", script, "sh", pngPath, langs, String(psm)], {
      env: { ...process.env, OMP_THREAD_LIMIT: "1", TESSDATA_PREFIX: OCR_SETTINGS.langPath },
      stdio: ["ignore", "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timesOut: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.stdio[3]?.on("data", (chunk: Buffer) => timesOut.push(chunk));
    child.once("error", reject);
    child.once("close", (code) => {
      const ms = performance.now() - started;
      if (code !== 0) {
        reject(new Error(`tesseract exited with ${code}: ${Buffer.concat(err).toString("utf8").trim()}`));
        return;
      }
      // `times` prints the shell's own times, then its children's: the second line is tesseract.
      const childLine = Buffer.concat(timesOut).toString("utf8").trim().split("\n")[1] ?? "";
      resolve({ ms, cpuMs: parseTimes(childLine), text: Buffer.concat(out).toString("utf8") });
    });
  });
}
