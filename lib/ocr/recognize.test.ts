import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recognizeScreenshot } from "@/lib/ocr/recognize";
import { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * Real tesseract with Debian's data (tesseract-ocr-eng, -jpn, -kor, -chi-tra) on pages rendered by
 * bench/render-script-pages.ts: the language choice and the stretched re-read, end to end.
 */
const LANG_PATH = process.env.OCR_LANG_PATH ?? "/usr/share/tesseract-ocr/5/tessdata";
const pages = path.join(import.meta.dirname, "../../fixtures/ocr-scripts");
const page = (name: string) => fs.readFileSync(path.join(pages, `${name}.png`));

const pool = new OcrPool({
  size: 2,
  langs: "eng+jpn+kor+chi_tra",
  langPath: LANG_PATH,
  timeoutMs: 60_000,
  // Only what the choice itself needs at start; the sets an image calls for start on demand.
  warmSets: ["jpn+kor"],
});

afterAll(() => pool.close());

const read = (name: string) => recognizeScreenshot({ pool, image: page(name), stripMinHeight: 1000 });

describe("recognizeScreenshot chooses the languages per image", { timeout: 60_000 }, () => {
  it("reads a Korean page with kor+eng, in Hangul, with progress that only moves forward", async () => {
    const progress: number[] = [];
    const result = await recognizeScreenshot({
      pool,
      image: page("ko-payment-small"),
      stripMinHeight: 1000,
      onProgress: (value) => progress.push(value),
    });
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(result.languages).toBe("kor+eng");
    expect(result.text).toContain("스타벅스");
    expect(result.text).toContain("12,500원");
  });

  it("reads an English page with eng alone", async () => {
    const result = await read("en-payment-plain");
    expect(result.languages).toBe("eng");
    expect(result.text).toContain("Blue Bottle Coffee");
    expect(pool.workerSets.filter((set) => set !== "jpn+kor")).not.toContain("jpn+eng");
  });

  it("reads half-width katakana payees of a Japanese statement", async () => {
    const result = await read("ja-halfwidth");
    expect(result.languages).toBe("jpn+eng");
    const text = result.text.normalize("NFKC").replace(/\s+/g, "");
    expect(text).toContain("ミツイスミトモカード");
    expect(text).toContain("セブンイレブン");
  });
});

describe("OcrPool language sets", { timeout: 60_000 }, () => {
  it("refuses a language that is not allowed", async () => {
    await expect(pool.recognize({ image: page("en-payment-plain"), langs: "fra" })).rejects.toThrow(/not configured/);
  });

  it("reads with a single configured language without a sample read", async () => {
    const single = new OcrPool({ size: 1, langs: "eng", langPath: LANG_PATH, timeoutMs: 60_000 });
    try {
      const result = await recognizeScreenshot({ pool: single, image: page("en-payment-plain"), stripMinHeight: 1000 });
      expect(result.languages).toBe("eng");
      expect(single.workerSets).toEqual(["eng"]);
    } finally {
      await single.close();
    }
  });
});
