import { describe, expect, it } from "vitest";
import type { ExtractProgress } from "@/lib/extract/extractor";
import { extractedDocumentSchema } from "@/lib/extract/schema";
import { fieldFromTokens, inferredField, missingField, stringField } from "./field";
import { extractDocument, localExtractor } from "./local-extractor";
import { ocrFromRows } from "./test-ocr";

const ocr = ocrFromRows([
  "Payment successful",
  { cells: ["$12.45"], height: 90 },
  "Blue Bottle Coffee",
  "Date | Oct 3, 2026",
]);

describe("localExtractor", () => {
  it("is named local and returns a schema-valid document", async () => {
    const progress: ExtractProgress[] = [];
    const doc = await localExtractor.extract({
      ocr,
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    });
    expect(localExtractor.name).toBe("local");
    expect(extractedDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.kind).toBe("receipt");
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toEqual({ kind: "progress", progress: 1, message: "Done" });
  });

  it("rejects when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    await expect(localExtractor.extract({ ocr, signal: controller.signal, onProgress: () => {} })).rejects.toThrow(
      "cancelled",
    );
  });

  it("returns an empty receipt for an empty page", () => {
    const doc = extractDocument({ width: 100, height: 100, text: "", confidence: 0, lines: [] });
    expect(doc.kind).toBe("receipt");
    if (doc.kind !== "receipt") return;
    expect(doc.total).toEqual(missingField());
    expect(doc.merchant).toEqual(missingField());
    expect(doc.items).toEqual([]);
  });

  it("survives noise without throwing", () => {
    const noisy = ocrFromRows(["@@@", "|||", "> > >", "¥", "$", "1/2/3/4", "::::"]);
    expect(() => extractDocument(noisy)).not.toThrow();
  });
});

describe("fields", () => {
  const tokens = [
    { raw: "$12.45", text: "$12.45", box: { x0: 10, y0: 20, x1: 110, y1: 60 }, confidence: 90 },
    { raw: "USD", text: "USD", box: { x0: 120, y0: 25, x1: 180, y1: 58 }, confidence: 70 },
  ];

  it("builds a missing field", () => {
    expect(missingField()).toEqual({ value: null, text: null, box: null, confidence: 0, seen: false });
  });
  it("builds a field from words: raw text, union box, blended confidence", () => {
    const field = fieldFromTokens(12.45, tokens, 0.9);
    expect(field).toMatchObject({
      value: 12.45,
      text: "$12.45 USD",
      box: { x0: 10, y0: 20, x1: 180, y1: 60 },
      seen: true,
    });
    // 0.9 × (0.5 + 0.5 × 0.8)
    expect(field?.confidence).toBeCloseTo(0.81);
  });
  it("trusts a labelled value more than a guess", () => {
    expect(stringField("a", tokens, 0.95).confidence).toBeGreaterThan(stringField("a", tokens, 0.4).confidence);
  });
  it("builds an inferred field without provenance", () => {
    expect(inferredField("JPY", 0.6)).toEqual({ value: "JPY", text: null, box: null, confidence: 0.6, seen: false });
  });
});
