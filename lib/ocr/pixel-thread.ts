import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { cellMeans } from "@/lib/images/cell-means";
import { type PixelRows, scanPixels } from "@/lib/ocr/pixel-scan";

/** A scanned copy of an image's pixels (inverted when it was dark) and its rows. */
export interface PixelScanResult {
  gray: Uint8Array;
  rows: PixelRows;
}

interface Pending {
  resolve: (output: unknown) => void;
  reject: (error: unknown) => void;
}

type Reply = { id: number; output: unknown } | { id: number; error: string };

/**
 * The worker script, found from the working directory as the OCR threads' is (worker-pool.ts):
 * the project's for `npm start`, the worker process, the tests and the Docker image.
 */
export function pixelWorkerScript(): string | null {
  const file = path.join(process.cwd(), "lib", "ocr", "pixel-worker.mjs");
  return fs.existsSync(file) ? file : null;
}

/**
 * One worker thread for the per-pixel passes over an upload: the scan before reading
 * (pixel-scan.ts) and the perceptual hash's cell means (lib/images/cell-means.ts). On a tall
 * statement each takes 10–30 ms; on the main thread that is a request held up as long, on every
 * upload (docs/event-loop.md). Passes are served in order; the thread starts on first use (or
 * warm()), and holds the process open only while a pass is in flight. If it dies, the passes in
 * flight fail and the next one starts a new thread. Without its script (a build run elsewhere
 * than the project), the passes run in the calling thread, as before.
 */
export class PixelThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly script: string | null = pixelWorkerScript()) {}

  /** The worker thread's id (0 when the passes run in the calling thread), for tests. */
  get threadId(): number {
    return this.worker?.threadId ?? 0;
  }

  /**
   * Inverts a dark image and finds its rows. `gray` itself is left as it was: the thread gets a
   * copy (sharp's buffers cannot be handed over) and gives it back, scanned.
   */
  scan(gray: Uint8Array, width: number, height: number): Promise<PixelScanResult> {
    const copy = ownCopy(gray);
    return this.run("scan", { gray: copy, width, height }, [copy.buffer], () => ({
      gray: copy,
      rows: scanPixels(copy, width, height),
    }));
  }

  /** The mean grey of each cell of the perceptual hash's grid (lib/images/cell-means.ts). */
  cellMeans(data: Uint8Array, width: number, height: number, channels: number): Promise<Float64Array> {
    const copy = ownCopy(data);
    return this.run("cellMeans", { data: copy, width, height, channels }, [copy.buffer], () =>
      cellMeans(copy, width, height, channels),
    );
  }

  /** Starts the thread now, so that the first upload does not wait for it (a few hundred ms). */
  warm(): void {
    if (this.script) this.start(this.script);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new AppError("ocr_unavailable", "The OCR engine is shut down.", 503));
    await worker?.terminate();
  }

  private run<T>(pass: string, input: object, transfer: ArrayBuffer[], inThread: () => T): Promise<T> {
    if (!this.script) return Promise.resolve(inThread());
    const worker = this.start(this.script);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve: (output) => resolve(output as T), reject });
      worker.postMessage({ id, pass, input }, transfer);
    });
  }

  private start(script: string): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(script);
    worker.unref();
    worker.on("message", (reply: Reply) => this.settle(reply));
    worker.on("error", (error) => {
      console.error("[sukusho] the pixel thread failed:", error);
    });
    worker.on("exit", () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new AppError("ocr_unavailable", "The image could not be prepared for reading.", 503));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker?.unref();
    if ("error" in reply) {
      console.error("[sukusho] a pixel pass failed:", reply.error);
      pending.reject(new AppError("ocr_unavailable", "The image could not be prepared for reading.", 503));
    } else {
      pending.resolve(reply.output);
    }
  }

  private failAll(error: AppError): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** A copy in an ArrayBuffer of its own, which can be handed to the thread (a Buffer's slice() is a view, not a copy). */
function ownCopy(pixels: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(pixels);
}

const globalForPixels = globalThis as unknown as { sukushoPixelThread?: PixelThread };

/** The process's pixel thread (the calling thread itself with PIXEL_THREAD=false). */
export function pixelThread(): PixelThread {
  globalForPixels.sukushoPixelThread ??= new PixelThread(env().PIXEL_THREAD ? pixelWorkerScript() : null);
  return globalForPixels.sukushoPixelThread;
}
