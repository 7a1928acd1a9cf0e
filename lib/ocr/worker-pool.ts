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
 */

export interface PoolOptions {
  size: number;
  langs: string;
  langPath: string;
  timeoutMs: number;
  /** Creating a worker loads ~10 MB of models; a missing file makes it hang, so it is bounded. */
  createTimeoutMs?: number;
}

export interface RecognizeTask {
  image: Buffer;
  /** 0 to 1 while this task's recognition runs. */
  onProgress?: (progress: number) => void;
}

interface Slot {
  worker: Worker | null;
  current: RecognizeTask | null;
}

interface Pending {
  task: RecognizeTask;
  resolve: (page: Tesseract.Page) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_CREATE_TIMEOUT_MS = 30_000;

/** Fails fast, with a message an operator can act on, when language data is missing. */
export function checkLanguageData(langs: string, langPath: string): void {
  const missing = langs
    .split("+")
    .map((lang) => path.join(langPath, `${lang}.traineddata`))
    .filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new AppError(
      "ocr_unavailable",
      `OCR language data is missing: ${missing.join(", ")}. Install Debian's tesseract-ocr-eng and tesseract-ocr-jpn, or set OCR_LANG_PATH.`,
      503,
    );
  }
}

export class OcrPool {
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private started: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.slots = Array.from({ length: options.size }, () => ({ worker: null, current: null }));
  }

  /** Creates every worker; later calls return the same promise. */
  start(): Promise<void> {
    this.started ??= (async () => {
      checkLanguageData(this.options.langs, this.options.langPath);
      await Promise.all(this.slots.map((slot) => this.fill(slot)));
    })();
    return this.started;
  }

  /** Recognises one image (PNG, JPEG or PGM bytes). Waits for a free worker. */
  async recognize(task: RecognizeTask): Promise<Tesseract.Page> {
    if (this.closed) throw new AppError("ocr_unavailable", "The OCR pool is shut down.", 503);
    await this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  /** Tasks waiting for a worker. */
  get backlog(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.reject(new AppError("ocr_unavailable", "The OCR pool is shut down.", 503));
    }
    await Promise.allSettled(this.slots.map((slot) => slot.worker?.terminate()));
  }

  private async fill(slot: Slot): Promise<void> {
    const worker = await withTimeout(
      createWorker(this.options.langs, Tesseract.OEM.LSTM_ONLY, {
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
    slot.worker = worker;
  }

  /** With every worker gone, waiting tasks would wait forever: fail them now instead. */
  private failQueueIfNoWorkers(): void {
    if (this.slots.some((slot) => slot.worker)) return;
    for (const pending of this.queue.splice(0)) {
      pending.reject(new AppError("ocr_unavailable", "The OCR engine stopped working.", 503));
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.worker && !slot.current) void this.runOn(slot, this.queue.shift() as Pending);
    }
  }

  private async runOn(slot: Slot, pending: Pending): Promise<void> {
    const worker = slot.worker as Worker;
    slot.current = pending.task;
    try {
      const result = await withTimeout(
        worker.recognize(pending.task.image, {}, { text: true, blocks: true }),
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
      // The worker may still be busy with the abandoned image: replace it.
      slot.current = null;
      slot.worker = null;
      void worker.terminate().catch(() => {});
      if (!this.closed) {
        await this.fill(slot).catch((fillError) => {
          console.error("[sukusho] could not restart an OCR worker:", fillError);
          this.failQueueIfNoWorkers();
        });
      }
    }
    this.dispatch();
  }
}
