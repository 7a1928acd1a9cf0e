/**
 * Does tesseract's page segmentation mode matter differently for scanned receipts and for phone
 * screenshots? Our OCR (languages chosen per image) with `tessedit_pageseg_mode` 6 (the API's
 * default, one block), 4 (one column of lines of varying size) and 3 (fully automatic), on:
 *
 * - a few SROIE receipts of the tuning part (`--receipts N`, default 8): CER against the
 *   challenge's own line transcriptions (boxes/NNN.csv), and how often the labelled company,
 *   address and total can be found in the text at all (bench/support/sroie.ts labelFindable);
 * - the screenshot fixtures and a few screenshots per locale of the corpus's tuning part
 *   (`--corpus N`, default 2): CER against their reference text.
 *
 *   npx tsx bench/ocr-page-seg.ts [--receipts 8]
 *
 * It also prints the languages chosen for each receipt (English scans should get `eng` alone).
 * Prints figures, asserts nothing.
 */
import fs from "node:fs";
import sharp from "sharp";
import type Tesseract from "tesseract.js";
import { characterErrorRate } from "./support/cer";
import { allFixtures, loadFixture, referenceText } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { createPool, runOurs, warmPool } from "./support/ocr";
import { tuneScreensWithText } from "./support/screen-corpus";
import { groundTruthOcr, labelFindable, loadSroie, SROIE_FIELDS } from "./support/sroie";
import { ms, pct } from "./support/stats";
import { type Column, formatTable } from "./support/table";

const MODES = ["6", "4", "3"] as Tesseract.PSM[];

interface Tally {
  distance: number;
  length: number;
  ms: number;
  found: number;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) ? value : fallback;
}

async function main(): Promise<void> {
  const receiptCount = option("--receipts", 8);
  const corpusPerLocale = option("--corpus", 2);
  console.log("## OCR page segmentation: receipts vs. screenshots\n");
  console.log(`Machine: ${describeMachine()}\n`);
  const receipts = loadSroie("tune").slice(0, receiptCount);
  const pool = createPool();
  const tallies = new Map<string, Tally>();
  const add = (key: string, part: Partial<Tally>) => {
    const tally = tallies.get(key) ?? { distance: 0, length: 0, ms: 0, found: 0 };
    tallies.set(key, {
      distance: tally.distance + (part.distance ?? 0),
      length: tally.length + (part.length ?? 0),
      ms: tally.ms + (part.ms ?? 0),
      found: tally.found + (part.found ?? 0),
    });
  };
  const chosen: string[] = [];
  let screenshotCount = 0;
  try {
    await warmPool(pool);
    for (const receipt of receipts) {
      const png = await sharp(fs.readFileSync(receipt.imagePath)).rotate().png().toBuffer();
      const reference = groundTruthOcr(receipt).text;
      for (const mode of MODES) {
        const run = await runOurs(pool, png, { pageSegMode: mode });
        if (mode === MODES[0]) chosen.push(`${receipt.file}: ${run.result.languages}`);
        const cer = characterErrorRate(reference, run.text);
        const found = SROIE_FIELDS.filter(
          (field) => field !== "date" && labelFindable(field, receipt.labels[field], run.text),
        ).length;
        add(`receipts psm ${mode}`, { distance: cer.distance, length: cer.length, ms: run.ms, found });
      }
      process.stderr.write(`  ${receipt.file}\n`);
    }
    const screenshots = [
      ...allFixtures().map((name) => ({ name, png: loadFixture(name).png, reference: referenceText(name) })),
      ...tuneScreensWithText(corpusPerLocale),
    ];
    for (const shot of screenshots) {
      for (const mode of MODES) {
        const run = await runOurs(pool, shot.png, { pageSegMode: mode });
        const cer = characterErrorRate(shot.reference, run.text);
        add(`screenshots psm ${mode}`, { distance: cer.distance, length: cer.length, ms: run.ms });
      }
      process.stderr.write(`  ${shot.name}\n`);
    }
    screenshotCount = screenshots.length;
  } finally {
    await pool.close();
  }
  console.log(`Languages chosen for the receipts: ${chosen.join(", ")}\n`);
  const columns: Column[] = [
    { header: "images, mode" },
    { header: "CER", align: "right" },
    { header: "company+address+total findable", align: "right" },
    { header: "ms/image", align: "right" },
  ];
  const rows = [...tallies.entries()].map(([key, tally]) => {
    const images = key.startsWith("receipts") ? receipts.length : screenshotCount;
    return [
      key,
      pct(tally.distance / tally.length),
      key.startsWith("receipts") ? `${tally.found}/${images * 3}` : "–",
      ms(tally.ms / images),
    ];
  });
  console.log(formatTable(columns, rows));
  console.log(
    "\nReceipts: SROIE training images of the tuning part (bench/support/sroie.ts), CER against the" +
      "\nchallenge's line transcriptions (their reading order, so layout differences count too).",
  );
}

runMain(main);
