/**
 * The local extractor on real OCR output of realistic screenshots (`fixtures/ocr/<name>.json`,
 * produced by `scripts/ocr-dump.ts`) against their ground truth (`fixtures/screens/<name>.truth.json`).
 *
 * The extractor is held to what the OCR actually read: a truth value whose text is nowhere in
 * the OCR output (tesseract missed the `¥650` of a dark screen, or garbled half-width katakana)
 * cannot be extracted by any rule, so that value is reported and left out rather than failed.
 * `scoreDocument` (the benchmark) stays strict and counts those misses.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type OcrResult, ocrResultSchema } from "@/lib/ocr/types";
import { extractDocument } from "./local-extractor";
import { comparisonKey } from "./normalise-text";
import { alignRows, sameAmount, sameText, scoreDocument, type TruthDocument } from "./score";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const OCR_DIR = path.join(ROOT, "fixtures/ocr");
const TRUTH_DIR = path.join(ROOT, "fixtures/screens");

interface Fixture {
  name: string;
  ocr: OcrResult;
  truth: TruthDocument;
}

function loadFixtures(): Fixture[] {
  if (!fs.existsSync(OCR_DIR)) return [];
  return fs
    .readdirSync(OCR_DIR)
    .filter((file) => file.endsWith(".json"))
    .map((file) => path.basename(file, ".json"))
    .filter((name) => fs.existsSync(path.join(TRUTH_DIR, `${name}.truth.json`)))
    .sort()
    .map((name) => ({
      name,
      ocr: ocrResultSchema.parse(JSON.parse(fs.readFileSync(path.join(OCR_DIR, `${name}.json`), "utf8"))),
      truth: JSON.parse(fs.readFileSync(path.join(TRUTH_DIR, `${name}.truth.json`), "utf8")).document as TruthDocument,
    }));
}

/** All OCR text of a page as one comparison key. */
function ocrKey(ocr: OcrResult): string {
  return comparisonKey(ocr.lines.map((l) => l.words.map((w) => w.text).join("")).join(""));
}

/** True when the OCR read a name (somewhere on the page, spaces and width ignored). */
function ocrHasText(ocr: OcrResult, text: string): boolean {
  return ocrKey(ocr).includes(comparisonKey(text));
}

/** True when the OCR read the digits of an amount on some line (`1,280`, `1.280`, `1280`). */
function ocrHasAmount(ocr: OcrResult, amount: number): boolean {
  const digits = Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace(".", "");
  return ocr.lines.some((line) => line.text.replace(/\D/g, "").includes(digits));
}

const fixtures = loadFixtures();

describe.runIf(fixtures.length > 0)("fixtures", () => {
  for (const { name, ocr, truth } of fixtures) {
    describe(name, () => {
      const doc = extractDocument(ocr, { now: new Date(2026, 10, 1) });

      it("has the right kind and a full score report", () => {
        expect(doc.kind).toBe(truth.kind);
        const score = scoreDocument(truth, doc);
        // Printed so that a run shows where each fixture stands (the benchmark lists the misses).
        console.log(`${name}: ${score.correct}/${score.fields} fields`);
        expect(score.correct).toBeGreaterThan(score.fields / 2);
      });

      if (truth.kind === "receipt") {
        it("reads the receipt's important fields", () => {
          if (doc.kind !== "receipt") throw new Error(`read as ${doc.kind}`);
          if (truth.total !== null && ocrHasAmount(ocr, truth.total)) expect(doc.total.value).toBe(truth.total);
          else console.log(`${name}: total ${truth.total} is not in the OCR output`);
          expect(doc.date.value).toBe(truth.date);
          expect(doc.time.value).toBe(truth.time);
          expect(doc.currency.value).toBe(truth.currency);
          if (truth.merchant !== null && ocrHasText(ocr, truth.merchant)) {
            expect(sameText(doc.merchant.value, truth.merchant), `merchant ${doc.merchant.value}`).toBe(true);
          } else console.log(`${name}: merchant ${truth.merchant} is not in the OCR output`);
          expect(doc.items.map((i) => i.amount.value)).toEqual(truth.items.map((i) => i.amount));
        });
      } else {
        it("reads the list's rows", () => {
          if (doc.kind !== "transaction_list") throw new Error(`read as ${doc.kind}`);
          expect(doc.currency.value).toBe(truth.currency);
          expect(Math.abs(doc.rows.length - truth.rows.length)).toBeLessThanOrEqual(1);
          const match = alignRows(
            truth.rows,
            doc.rows,
            (a, b) => (sameAmount(a.amount, b.amount.value) ? 2 : 0) + (a.date === b.date.value ? 1 : 0),
          );
          const readable = truth.rows
            .map((row, i) => ({ row, got: doc.rows[match[i] ?? -1] }))
            .filter(({ row }) => ocrHasText(ocr, row.description) && ocrHasAmount(ocr, row.amount));
          const right = readable.filter(
            ({ row, got }) =>
              got !== undefined &&
              got.date.value === row.date &&
              sameAmount(got.amount.value, row.amount) &&
              got.direction === row.direction &&
              sameText(got.description.value, row.description),
          );
          console.log(
            `${name}: ${right.length}/${readable.length} readable rows fully right (${truth.rows.length} rows)`,
          );
          expect(readable.length).toBeGreaterThan(0);
          expect(right.length / readable.length).toBeGreaterThanOrEqual(0.8);
        });
      }
    });
  }
});
