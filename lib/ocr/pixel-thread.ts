import fs from "node:fs";
import path from "node:path";
import { TaskThread } from "@/lib/async/task-thread";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { imageCellMeans } from "@/lib/images/cell-means";
import { type DecodedGray, decodeGray } from "@/lib/ocr/decode-gray";
import { type PixelRows, scanPixels } from "@/lib/ocr/pixel-scan";

/** A decoded image's grey pixels (inverted when it was dark) and its rows. */
export interface PreparedPixels extends DecodedGray {
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
 * One worker thread for the pixels of an upload: the decode and scan before reading
 * (decode-gray.ts, pixel-scan.ts) and the perceptual hash's decode and cell means
 * (lib/images/cell-means.ts). On a tall statement each per-pixel pass takes 10–30 ms, and each
 * copy of its pixels a few more; on the main thread that is a request held up as long, on every
 * upload (docs/event-loop.md). Passes are served in order; the thread starts on first use (or
 * warm()), and holds the process open only while a pass is in flight. If it dies, the passes in
 * flight fail and the next one starts a new thread. Without its script (a build run elsewhere
 * than the project), the passes run in the calling thread, as before.
 */
export class PixelThread {
  private readonly thread: TaskThread<Pending, Reply> | null;

  constructor(script: string | null = pixelWorkerScript()) {
    this.thread = script
      ? new TaskThread<Pending, Reply>({
          script,
          name: "pixel thread",
          onReply: (reply, pending) => this.settle(reply, pending),
          onExit: (left) =>
            failAll(left, new AppError("ocr_unavailable", "The image could not be prepared for reading.", 503)),
        })
      : null;
  }

  /** The worker thread's id (0 when the passes run in the calling thread), for tests. */
  get threadId(): number {
    return this.thread?.threadId ?? 0;
  }

  /**
   * Decodes a screenshot for reading (decode-gray.ts), inverts it when dark and finds its rows
   * (pixel-scan.ts). The thread gets a copy of the file's bytes; the pixels are born there and
   * come back without a copy.
   */
  prepare(png: Uint8Array): Promise<PreparedPixels> {
    return this.run("prepare", { png }, async () => {
      const decoded = await decodeGray(png);
      return { ...decoded, rows: scanPixels(decoded.gray, decoded.width, decoded.height) };
    });
  }

  /** The mean grey of each cell of the perceptual hash's grid (lib/images/cell-means.ts). */
  imageCellMeans(bytes: Uint8Array): Promise<Float64Array> {
    return this.run("cellMeans", { bytes }, () => imageCellMeans(bytes));
  }

  /** Starts the thread now, so that the first upload does not wait for it (a few hundred ms). */
  warm(): void {
    this.thread?.start();
  }

  async close(): Promise<void> {
    await this.thread?.close((left) =>
      failAll(left, new AppError("ocr_unavailable", "The OCR engine is shut down.", 503)),
    );
  }

  private run<T>(pass: string, input: object, inThread: () => Promise<T>): Promise<T> {
    const thread = this.thread;
    if (!thread) return inThread();
    return new Promise<T>((resolve, reject) => {
      thread.send({ pass, input }, { resolve: (output) => resolve(output as T), reject });
    });
  }

  private settle(reply: Reply, pending: Pending): void {
    this.thread?.settle(reply.id);
    if ("error" in reply) {
      console.error("[sukusho] a pixel pass failed:", reply.error);
      pending.reject(new AppError("ocr_unavailable", "The image could not be prepared for reading.", 503));
    } else {
      pending.resolve(reply.output);
    }
  }
}

function failAll(left: Pending[], error: AppError): void {
  for (const pending of left) pending.reject(error);
}

const globalForPixels = globalThis as unknown as { sukushoPixelThread?: PixelThread };

/** The process's pixel thread (the calling thread itself with PIXEL_THREAD=false). */
export function pixelThread(): PixelThread {
  globalForPixels.sukushoPixelThread ??= new PixelThread(env().PIXEL_THREAD ? pixelWorkerScript() : null);
  return globalForPixels.sukushoPixelThread;
}
