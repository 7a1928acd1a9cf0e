import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { OcrResult } from "@/lib/ocr/types";
import { readAndExtractTogether } from "@/lib/pipeline/read-and-extract";

const page: OcrResult = { width: 100, height: 100, text: "a", confidence: 90, lines: [] };

/** Resolves when `signal` aborts, with its reason: a side that only stops when told to. */
const untilStopped = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));

describe("readAndExtractTogether", () => {
  it("runs both sides at once and returns OCR's result with the extraction's", async () => {
    const order: string[] = [];
    const result = await readAndExtractTogether({
      read: async (_signal, feed) => {
        order.push("read started");
        await new Promise((resolve) => setTimeout(resolve, 20));
        feed.addStrip(0, []);
        return page;
      },
      extract: async (_signal, feed) => {
        order.push("extract started");
        return { seen: (await feed.whole()).width };
      },
    });
    expect(order).toEqual(["read started", "extract started"]);
    expect(result).toEqual({ ocr: page, document: { seen: 100 } });
  });

  it("fails with OCR's error when OCR fails, and stops the extraction", async () => {
    let extractStoppedWith: unknown;
    const failing = readAndExtractTogether({
      read: async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        throw new AppError("no_text", "No text", 422);
      },
      extract: async (signal, feed) => {
        try {
          await feed.whole(signal);
        } catch (error) {
          extractStoppedWith = error;
          throw error;
        }
      },
    });
    await expect(failing).rejects.toMatchObject({ code: "no_text" });
    expect(extractStoppedWith).toMatchObject({ code: "extract_stopped" });
  });

  it("fails with the extraction's error when the model fails first, and stops OCR", async () => {
    let readStoppedWith: unknown;
    const failing = readAndExtractTogether({
      read: async (signal) => {
        try {
          return await untilStopped(signal);
        } catch (error) {
          readStoppedWith = error;
          throw error;
        }
      },
      extract: async () => {
        throw new AppError("llm_unavailable", "The model is down", 502);
      },
    });
    await expect(failing).rejects.toMatchObject({ code: "llm_unavailable" });
    expect(readStoppedWith).toMatchObject({ code: "ocr_stopped" });
  });
});
