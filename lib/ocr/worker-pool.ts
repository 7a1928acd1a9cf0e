import fs from "node:fs";
import path from "node:path";
import Tesseract, { createWorker, type Worker } from "tesseract.js";
import { withTimeout } from "@/lib/async/with-timeout";
import { AppError } from "@/lib/errors";

/**
 * A warm pool of tesseract.js workers (each a worker thread), one recognition at a time per
 * worker, tasks served first in, first out. Its own pool rather than tesseract's scheduler
 * because a recognition that overruns its timeout must free its worker: the pool terminates
 * that worker and starts a fresh one, which a scheduler job cannot do.
 *
 * Each worker holds one language set (`eng`, `jpn+eng`, …), because switching a worker's
 * languages (`worker.reinitialize`) costs 0.3–1.5 s, more than most recognitions. At most `size`
 * recognitions run at once (one per core); up to `maxWorkers` workers stay warm, so the few sets
 * an installation actually sees keep their workers, and a set nobody asked for lately gives its
 * idle worker up to the one that is needed now.
 */
export interface PoolOptions {
  /** Recognitions at once. */
  size: number;
  /** The languages allowed, `+`-separated; a task's set must be a subset. The default set of a task. */
  langs: string;
  langPath: string;
  timeoutMs: number;
  /**
   * Warm workers kept across all language sets; default 2 × size + 2: the sample set and the four
   * reading sets each keep one, and a set reading a tall image in strips can keep a second.
   */
  maxWorkers?: number;
  /** Sets started by start(), one worker each, so that the first images do not wait for them. */
  warmSets?: string[];
  /** Creating a worker loads ~10 MB of models; a missing file makes it hang, so it is bounded. */
  createTimeoutMs?: number;
}

export interface RecognizeTask {
  image: Buffer;
  /** `+`-separated languages, a subset of the pool's; default the pool's whole set. */
  langs?: string;
  /** tesseract's page segmentation mode; default the API's (6, one uniform block). */
  pageSegMode?: Tesseract.PSM;
  /** 0 to 1 while this task's recognition runs. */
  onProgress?: (progress: number) => void;
}

interface Slot {
  langs: string;
  worker: Worker | null;
  /** Creation in flight. */
  starting: boolean;
  current: RecognizeTask | null;
  lastUsed: number;
  pageSegMode: Tesseract.PSM | null;
}

interface Pending {
  task: RecognizeTask;
  langs: string;
  resolve: (page: Tesseract.Page) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_CREATE_TIMEOUT_MS = 30_000;

/**
 * Our worker script (tesseract.js's, at a lower CPU priority: lib/ocr/niced-worker.cjs). Found
 * from the working directory, which is the project's for `npm start`, the worker process, the
 * tests and the Docker image; where it is missing, tesseract.js's own script runs as before.
 */
function workerScript(): { workerPath?: string } {
  const file = path.join(process.cwd(), "lib", "ocr", "niced-worker.cjs");
  return fs.existsSync(file) ? { workerPath: file } : {};
}
/** The tesseract API's own default (the CLI's is 3): one block, which keeps a label and its amount on one line. */
const DEFAULT_PAGE_SEG_MODE = "6" as Tesseract.PSM;

/**
 * The image as tesseract.js should get it. It copies a Buffer byte by byte into a Uint8Array of
 * its own on the main thread (several ms for a tall strip, docs/event-loop.md) before posting it,
 * which copies it again; an ArrayBuffer it only wraps. So a Buffer that fills its ArrayBuffer
 * (any strip larger than Node's small-buffer pool) goes as that ArrayBuffer: the same bytes, one
 * copy fewer. A Buffer that shares its memory (a small one, from the pool) goes as it is.
 */
export function handOver(image: Buffer): Buffer {
  const whole = image.byteOffset === 0 && image.byteLength === image.buffer.byteLength;
  // tesseract.js's Node loader takes an ArrayBuffer (`new Uint8Array(data)`), though its types omit it.
  return whole && image.buffer instanceof ArrayBuffer ? (image.buffer as unknown as Buffer) : image;
}

/** `a+b` → ["a", "b"], without blanks or repeats. */
export function splitLangs(langs: string): string[] {
  return [...new Set(langs.split("+").map((lang) => lang.trim()))].filter((lang) => lang !== "");
}

/** Fails fast, with a message an operator can act on, when language data is missing. */
export function checkLanguageData(langs: string, langPath: string): void {
  const missing = splitLangs(langs)
    .map((lang) => path.join(langPath, `${lang}.traineddata`))
    .filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    const packages = splitLangs(langs)
      .map((lang) => `tesseract-ocr-${lang.replace("_", "-")}`)
      .join(" ");
    throw new AppError(
      "ocr_unavailable",
      `OCR language data is missing: ${missing.join(", ")}. Install Debian's ${packages}, or set OCR_LANG_PATH.`,
      503,
    );
  }
}

export class OcrPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly allowed: Set<string>;
  private readonly maxWorkers: number;
  private started: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.allowed = new Set(splitLangs(options.langs));
    this.maxWorkers = Math.max(options.size, options.maxWorkers ?? options.size * 2 + 2);
  }

  /** Recognitions at once. */
  get size(): number {
    return this.options.size;
  }

  /** The allowed languages, as configured. */
  get languages(): string[] {
    return [...this.allowed];
  }

  /** Checks the language files and starts the warm sets; later calls return the same promise. */
  start(): Promise<void> {
    this.started ??= (async () => {
      checkLanguageData(this.options.langs, this.options.langPath);
      const sets = this.options.warmSets ?? [this.options.langs];
      await Promise.all(sets.slice(0, this.maxWorkers).map((langs) => this.startWorker(this.checked(langs))));
    })();
    return this.started;
  }

  /** Recognises one image (PNG, JPEG or PGM bytes). Waits for a free worker of its language set. */
  async recognize(task: RecognizeTask): Promise<Tesseract.Page> {
    if (this.closed) throw new AppError("ocr_unavailable", "The OCR pool is shut down.", 503);
    const langs = this.checked(task.langs ?? this.options.langs);
    await this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ task, langs, resolve, reject });
      this.dispatch();
    });
  }

  /** Tasks waiting for a worker. */
  get backlog(): number {
    return this.queue.length;
  }

  /** Live workers by language set, for tests and the benchmark. */
  get workerSets(): string[] {
    return this.slots.filter((slot) => slot.worker || slot.starting).map((slot) => slot.langs);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.reject(new AppError("ocr_unavailable", "The OCR pool is shut down.", 503));
    }
    await Promise.allSettled(this.slots.map((slot) => slot.worker?.terminate()));
  }

  /** A set in canonical form (the order given, repeats removed), refused when not allowed. */
  private checked(langs: string): string {
    const list = splitLangs(langs);
    const refused = list.filter((lang) => !this.allowed.has(lang));
    if (list.length === 0 || refused.length > 0) {
      throw new AppError("ocr_unavailable", `OCR languages not configured: ${langs} (OCR_LANGS).`, 503);
    }
    return list.join("+");
  }

  private async startWorker(langs: string): Promise<void> {
    const slot: Slot = {
      langs,
      worker: null,
      starting: true,
      current: null,
      lastUsed: 0,
      pageSegMode: DEFAULT_PAGE_SEG_MODE,
    };
    this.slots.push(slot);
    try {
      slot.worker = await withTimeout(
        createWorker(langs, Tesseract.OEM.LSTM_ONLY, {
          ...workerScript(),
          langPath: this.options.langPath,
          gzip: false,
          cacheMethod: "none",
          logger: (message) => {
            if (message.status === "recognizing text") slot.current?.onProgress?.(message.progress);
          },
        }),
        this.options.createTimeoutMs ?? DEFAULT_CREATE_TIMEOUT_MS,
        () => new AppError("ocr_unavailable", "The OCR engine did not start in time.", 503),
      );
      slot.starting = false;
      if (this.closed) void slot.worker.terminate().catch(() => {});
    } catch (error) {
      this.remove(slot);
      throw error;
    } finally {
      slot.starting = false;
    }
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
  }

  private busyCount(): number {
    return this.slots.filter((slot) => slot.current).length;
  }

  /**
   * Hands queued tasks to idle workers of their set, first in, first out, at most `size` at once.
   * A task whose set has no idle worker gets one started: in free room, or for a set with no
   * worker at all in place of the idle worker used least recently.
   */
  private dispatch(): void {
    if (this.closed) return;
    for (const pending of [...this.queue]) {
      if (this.busyCount() >= this.options.size) return;
      const idle = this.slots.find((slot) => slot.langs === pending.langs && slot.worker && !slot.current);
      if (idle) {
        this.queue.splice(this.queue.indexOf(pending), 1);
        void this.runOn(idle, pending);
        continue;
      }
      const ofSet = this.slots.filter((slot) => slot.langs === pending.langs);
      if (ofSet.some((slot) => slot.starting)) continue;
      if (ofSet.length >= this.options.size) continue;
      // A second worker of a busy set (strips of one tall image read in parallel) only in free
      // room; a set with no worker at all may take an idle worker's place.
      if (this.slots.length >= this.maxWorkers && (ofSet.length > 0 || !this.evictIdle())) continue;
      void this.startWorker(pending.langs).then(
        () => this.dispatch(),
        (error: unknown) => this.failSet(pending.langs, error),
      );
    }
  }

  /** Terminates the idle worker used least recently; false when every worker is busy or starting. */
  private evictIdle(): boolean {
    const idle = this.slots
      .filter((slot) => slot.worker && !slot.current && !slot.starting)
      .sort((a, b) => a.lastUsed - b.lastUsed)[0];
    if (!idle) return false;
    this.remove(idle);
    void idle.worker?.terminate().catch(() => {});
    return true;
  }

  /** A set whose worker cannot start would wait forever: fail its tasks now instead. */
  private failSet(langs: string, error: unknown): void {
    console.error(`[sukusho] could not start an OCR worker for ${langs}:`, error);
    for (const pending of this.queue.filter((item) => item.langs === langs)) {
      this.queue.splice(this.queue.indexOf(pending), 1);
      pending.reject(new AppError("ocr_unavailable", "The OCR engine stopped working.", 503));
    }
  }

  private async runOn(slot: Slot, pending: Pending): Promise<void> {
    const worker = slot.worker as Worker;
    slot.current = pending.task;
    slot.lastUsed = performance.now();
    try {
      const pageSegMode = pending.task.pageSegMode ?? DEFAULT_PAGE_SEG_MODE;
      if (slot.pageSegMode !== pageSegMode) {
        await worker.setParameters({ tessedit_pageseg_mode: pageSegMode });
        slot.pageSegMode = pageSegMode;
      }
      const result = await withTimeout(
        worker.recognize(handOver(pending.task.image), {}, { text: true, blocks: true }),
        this.options.timeoutMs,
        () =>
          new AppError(
            "ocr_timeout",
            `Reading the text took longer than ${Math.round(this.options.timeoutMs / 1000)} s and was stopped.`,
            504,
          ),
      );
      pending.resolve(result.data);
      slot.current = null;
    } catch (error) {
      pending.reject(error);
      // The worker may still be busy with the abandoned image: replace it (on demand).
      slot.current = null;
      this.remove(slot);
      void worker.terminate().catch(() => {});
    }
    this.dispatch();
  }
}
