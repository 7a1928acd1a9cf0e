/**
 * Receipt benchmark on real scanned receipts (SROIE 2019 training split, see
 * bench/support/sroie.ts): the local extractor's accuracy per field (company, date, address,
 * total) on the tuning and the report part, from our OCR of the image and from the challenge's
 * ground-truth OCR lines (the gap is what OCR costs), beside the OCR ceiling (the label can be
 * found in that text at all).
 *
 *   npm run bench:receipts              # reads uncached images with the app's OCR pool first
 *   npm run bench:receipts -- --gt      # ground-truth OCR only, no OCR run
 *   npm run bench:receipts -- --any-ocr # the newest cached reading even if the OCR code changed since
 *
 * Misses are printed for the tuning part only: the report part is for figures, never for
 * looking at (tuning on it would make its figures meaningless).
 * It prints figures and asserts nothing about them.
 */
import type { OcrResult } from "@/lib/ocr/types";
import { runMain } from "./support/main";
import { createPool } from "./support/ocr";
import {
  cachedOcr,
  groundTruthOcr,
  latestCachedOcr,
  loadSroie,
  ocrFingerprint,
  ourOcr,
  SROIE_FIELDS,
  SROIE_REFERENCE_DATE,
  type SroieField,
  type SroiePart,
  type SroieReceipt,
  type SroieScore,
  scoreSroie,
} from "./support/sroie";
import { pct } from "./support/stats";
import { type Column, formatTable } from "./support/table";

type Source = "ours" | "gt";

interface Outcome extends SroieScore {
  receipt: SroieReceipt;
  source: Source;
}

function evaluate(receipt: SroieReceipt, source: Source, ocr: OcrResult): Outcome {
  return { ...scoreSroie(receipt, ocr, SROIE_REFERENCE_DATE), receipt, source };
}

function share(outcomes: Outcome[], test: (o: Outcome, field: SroieField) => boolean, field?: SroieField): string {
  const fields = field ? [field] : [...SROIE_FIELDS];
  const total = outcomes.length * fields.length;
  const hits = outcomes.reduce((n, o) => n + fields.filter((f) => test(o, f)).length, 0);
  return `${pct(hits / Math.max(1, total))} (${hits}/${total})`;
}

function printPart(part: SroiePart, outcomes: Outcome[]): void {
  const columns: Column[] = [
    { header: "field" },
    { header: "ours: right", align: "right" },
    { header: "ours: exact", align: "right" },
    { header: "ours: ceiling", align: "right" },
    { header: "GT OCR: right", align: "right" },
    { header: "GT OCR: exact", align: "right" },
  ];
  const ours = outcomes.filter((o) => o.source === "ours");
  const gt = outcomes.filter((o) => o.source === "gt");
  const rows = [...SROIE_FIELDS, undefined].map((field) => [
    field ?? "all",
    ours.length ? share(ours, (o, f) => o.right[f], field) : "–",
    ours.length ? share(ours, (o, f) => o.exact[f], field) : "–",
    ours.length ? share(ours, (o, f) => o.findable[f], field) : "–",
    share(gt, (o, f) => o.right[f], field),
    share(gt, (o, f) => o.exact[f], field),
  ]);
  const receipts = gt.length;
  const asList = (list: Outcome[]) => list.filter((o) => o.kind !== "receipt").length;
  console.log(`\n### ${part} part: ${receipts} receipts`);
  console.log(
    `(read as a transaction list instead of a receipt: ${asList(ours)} on our OCR, ${asList(gt)} on GT OCR)\n`,
  );
  console.log(formatTable(columns, rows));
}

function printMisses(outcomes: Outcome[]): void {
  console.log("\n### Misses on the tuning part (never printed for the report part)\n");
  for (const o of outcomes) {
    for (const field of SROIE_FIELDS) {
      if (o.right[field]) continue;
      const ceiling = o.source === "ours" && !o.findable[field] ? " [not in OCR]" : "";
      console.log(
        `${o.receipt.file} ${o.source.padEnd(4)} ${field.padEnd(7)} got ${JSON.stringify(o.predicted[field])} want ${JSON.stringify(o.receipt.labels[field])}${ceiling}`,
      );
    }
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const receipts = loadSroie();
  const fingerprint = ocrFingerprint();
  const withOurs = !args.has("--gt");
  const ours = new Map<string, OcrResult>();
  const usedFingerprints = new Set<string>();
  if (withOurs && args.has("--any-ocr")) {
    for (const r of receipts) {
      const cached = latestCachedOcr(r);
      if (!cached) continue;
      ours.set(r.file, cached.ocr);
      usedFingerprints.add(cached.fingerprint);
    }
  } else if (withOurs) {
    const missing = receipts.filter((r) => !cachedOcr(r, fingerprint));
    if (missing.length > 0) {
      console.error(`Reading ${missing.length} receipts with our OCR (cached in corpus/sroie-ocr)…`);
      const pool = createPool();
      await pool.start();
      try {
        // Two at a time keeps both workers busy (most receipts are one strip).
        let next = 0;
        const worker = async () => {
          while (next < missing.length) {
            const receipt = missing[next++];
            if (!receipt) break;
            await ourOcr(pool, receipt, fingerprint);
            if (next % 10 === 0) console.error(`  ${next}/${missing.length}`);
          }
        };
        await Promise.all([worker(), worker()]);
      } finally {
        await pool.close();
      }
    }
    for (const r of receipts) {
      const ocr = cachedOcr(r, fingerprint);
      if (ocr) ours.set(r.file, ocr);
    }
    usedFingerprints.add(fingerprint);
  }
  const used = [...usedFingerprints].join(", ") || "none";
  console.log(`## Receipts: SROIE 2019 training receipts, local extractor`);
  console.log(`(our OCR: fingerprint ${used}; current OCR code: ${fingerprint})`);
  const outcomes: Outcome[] = [];
  for (const receipt of receipts) {
    outcomes.push(evaluate(receipt, "gt", groundTruthOcr(receipt)));
    const ocr = ours.get(receipt.file);
    if (ocr) outcomes.push(evaluate(receipt, "ours", ocr));
  }
  for (const part of ["tune", "report"] as const) {
    printPart(
      part,
      outcomes.filter((o) => o.receipt.part === part),
    );
  }
  if (!args.has("--quiet")) printMisses(outcomes.filter((o) => o.receipt.part === "tune"));
}

runMain(main);
