/**
 * Scale each image to a target text height instead of by its width? The app upscales 2× any
 * image narrower than 800 px (tuned on phone screenshots) and leaves wider ones alone, so
 * scanned receipts reach tesseract with lines anywhere from ~15 to ~60 px tall. This measures,
 * per setting, our OCR (the app's pool and pipeline, languages chosen per image) on:
 *
 * - a fixed subset of SROIE receipts of the tuning part (`--receipts N`, default 40): fields
 *   right with the local extractor, the OCR ceiling (bench/support/sroie.ts) and CER against
 *   the challenge's line transcriptions;
 * - the screenshot fixtures and a few screenshots per locale of the corpus's tuning part
 *   (`--corpus N`, default 3): CER against their reference text (they must not get worse).
 *
 * Settings: `width` is the app's current rule; `hNN` scales each image so that its median line
 * height (runs of ink rows at its own resolution, bench/support/line-height.ts) becomes NN px, the
 * factor clamped to 0.5..3; `upNN` does so only where that scales up more than the width rule;
 * `+clahe` adds sharp's local contrast first. Other settings are
 * emulated without touching lib/ocr: the image is resized beforehand and, when it would still be
 * narrower than the app's upscale threshold, padded with white on the right so the app keeps it
 * at that scale; boxes are mapped back to image pixels.
 *
 *   npx tsx bench/ocr-text-height.ts --heights              # estimated vs. true line heights only
 *   npx tsx bench/ocr-text-height.ts [--receipts 40] [--from 0] [--corpus 3] [--settings width,h24,h32]
 *                                    [--langs eng|auto] [--no-screens]
 *
 * Every reading is cached under tmp/ocrscale/cache/<setting>/ (never read twice with the same
 * setting). Prints figures, asserts nothing.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { inkRows } from "@/lib/ocr/pixel-scan";
import { UPSCALE_BELOW_WIDTH } from "@/lib/ocr/prepare-image";
import { recognizeScreenshot } from "@/lib/ocr/recognize";
import { type OcrResult, ocrResultSchema } from "@/lib/ocr/types";
import type { OcrPool } from "@/lib/ocr/worker-pool";
import { characterErrorRate } from "./support/cer";
import { allFixtures, loadFixture, referenceText, root } from "./support/fixtures";
import { medianLineHeight } from "./support/line-height";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { createPool, OCR_SETTINGS, warmPool } from "./support/ocr";
import { tuneScreensWithText } from "./support/screen-corpus";
import {
  groundTruthOcr,
  loadSroie,
  SROIE_FIELDS,
  SROIE_REFERENCE_DATE,
  type SroieReceipt,
  scoreSroie,
} from "./support/sroie";
import { median, pct } from "./support/stats";
import { type Column, formatTable } from "./support/table";

const CACHE = path.join(root, "tmp", "ocrscale", "cache");
const DEFAULT_SETTINGS = ["width", "h24", "h32", "h40", "h48", "up32", "width+clahe"];
const MIN_SCALE = 0.5;
const MAX_SCALE = 3;

interface Setting {
  name: string;
  /** Target line height in px; null for the app's width rule. */
  target: number | null;
  /** Never below the width rule's scale: only images whose lines stay short are scaled further. */
  upOnly: boolean;
  clahe: boolean;
}

function parseSetting(name: string): Setting {
  const m = /^(width|h(\d+)|up(\d+))(\+clahe)?$/.exec(name);
  if (!m) throw new Error(`Unknown setting ${name}: use width, hNN or upNN, optionally +clahe.`);
  const target = m[2] ?? m[3];
  return { name, target: target ? Number(target) : null, upOnly: m[3] !== undefined, clahe: m[4] !== undefined };
}

const WIDTH_RULE: Setting = { name: "width", target: null, upOnly: false, clahe: false };

interface Image {
  name: string;
  png: Buffer;
}

/** The image's median line height at its own resolution, and its size. */
async function measure(png: Buffer): Promise<{ width: number; height: number; lineHeight: number | null }> {
  const { data, info } = await sharp(png)
    .flatten({ background: "#ffffff" })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const gray = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return {
    width: info.width,
    height: info.height,
    lineHeight: medianLineHeight(inkRows(gray, info.width, info.height)),
  };
}

/** OCR pixels per image pixel under a setting. */
function scaleFor(setting: Setting, width: number, lineHeight: number | null): number {
  const byWidth = width < UPSCALE_BELOW_WIDTH ? 2 : 1;
  if (setting.target === null || lineHeight === null) return byWidth;
  const byHeight = Math.min(MAX_SCALE, Math.max(MIN_SCALE, setting.target / lineHeight));
  return setting.upOnly ? Math.max(byWidth, byHeight) : byHeight;
}

function mapBoxes(result: OcrResult, scale: number, width: number, height: number): OcrResult {
  const box = (b: OcrResult["lines"][number]["box"]) => ({
    x0: b.x0 / scale,
    y0: b.y0 / scale,
    x1: b.x1 / scale,
    y1: b.y1 / scale,
  });
  return {
    ...result,
    width,
    height,
    lines: result.lines.map((line) => ({
      ...line,
      box: box(line.box),
      words: line.words.map((word) => ({ ...word, box: box(word.box) })),
    })),
  };
}

interface Reading {
  ocr: OcrResult;
  scale: number;
  lineHeight: number | null;
  ms: number;
}

/** Reads an image as the app would at the setting's scale (see the header), cached. */
async function read(pool: OcrPool, setting: Setting, image: Image, langs?: string): Promise<Reading> {
  const folder = langs ? `${setting.name}@${langs}` : setting.name;
  const file = path.join(CACHE, folder, `${image.name.replace(/[^\w.-]/g, "_")}.json`);
  if (fs.existsSync(file)) {
    const cached = JSON.parse(fs.readFileSync(file, "utf8")) as Reading;
    return { ...cached, ocr: ocrResultSchema.parse(cached.ocr) };
  }
  const { width, height, lineHeight } = await measure(image.png);
  const scale = scaleFor(setting, width, lineHeight);
  // Where a setting lands on the app's own scale, its reading is the app's: read (or reuse) that one.
  if (!setting.clahe && setting.target !== null && scale === scaleFor(WIDTH_RULE, width, lineHeight)) {
    return read(pool, WIDTH_RULE, image, langs);
  }
  const started = performance.now();
  let ocr: OcrResult;
  if (setting.target === null && !setting.clahe) {
    ocr = await recognizeScreenshot({ pool, image: image.png, stripMinHeight: OCR_SETTINGS.stripMinHeight, langs });
  } else {
    let pipeline = sharp(image.png).flatten({ background: "#ffffff" }).grayscale();
    // Tiles of about three text lines: contrast is evened out line by line, not across the page.
    if (setting.clahe) {
      const tile = Math.max(8, Math.round((lineHeight ?? 20) * 3));
      pipeline = sharp(await pipeline.clahe({ width: tile, height: tile, maxSlope: 3 }).png().toBuffer());
    }
    const scaledWidth = Math.round(width * scale);
    if (scale !== 1) pipeline = pipeline.resize({ width: scaledWidth, kernel: "lanczos3" });
    let scaled = await pipeline.png().toBuffer();
    if (scaledWidth < UPSCALE_BELOW_WIDTH) {
      scaled = await sharp(scaled)
        .extend({ right: UPSCALE_BELOW_WIDTH - scaledWidth, background: "#ffffff" })
        .png()
        .toBuffer();
    }
    const raw = await recognizeScreenshot({
      pool,
      image: scaled,
      stripMinHeight: Math.round(OCR_SETTINGS.stripMinHeight * scale),
      langs,
    });
    ocr = mapBoxes(raw, scale, width, height);
  }
  const reading: Reading = { ocr, scale, lineHeight, ms: performance.now() - started };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(reading));
  return reading;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function receiptImage(receipt: SroieReceipt): Promise<Image> {
  // As the app stores an upload: orientation applied, re-encoded as PNG.
  return { name: receipt.file, png: await sharp(fs.readFileSync(receipt.imagePath)).rotate().png().toBuffer() };
}

/** The true median line height of a receipt, from the challenge's boxes, in delivered pixels. */
function trueLineHeight(receipt: SroieReceipt): number {
  return median(groundTruthOcr(receipt).lines.map((line) => line.box.y1 - line.box.y0));
}

async function printHeights(receipts: SroieReceipt[]): Promise<void> {
  const rows: string[][] = [];
  const ratios: number[] = [];
  for (const receipt of receipts) {
    const { width, lineHeight } = await measure((await receiptImage(receipt)).png);
    const truth = trueLineHeight(receipt);
    if (lineHeight !== null) ratios.push(lineHeight / truth);
    rows.push([receipt.file, String(width), lineHeight === null ? "–" : lineHeight.toFixed(1), truth.toFixed(1)]);
  }
  const columns: Column[] = [
    { header: "receipt" },
    { header: "width", align: "right" },
    { header: "ink-run line height", align: "right" },
    { header: "box line height", align: "right" },
  ];
  console.log(formatTable(columns, rows));
  const sorted = [...ratios].sort((a, b) => a - b);
  const within = ratios.filter((r) => r > 0.8 && r < 1.25).length;
  console.log(
    `\nestimate / truth: median ${median(ratios).toFixed(2)}, 10th–90th percentile ` +
      `${sorted[Math.floor(sorted.length * 0.1)]?.toFixed(2)}–${sorted[Math.floor(sorted.length * 0.9)]?.toFixed(2)}, ` +
      `within ±25 %: ${within}/${ratios.length}`,
  );
}

async function main(): Promise<void> {
  const from = Number(option("--from", "0"));
  const receipts = loadSroie("tune").slice(from, from + Number(option("--receipts", "40")));
  if (process.argv.includes("--heights")) {
    await printHeights(receipts);
    return;
  }
  const settings = option("--settings", DEFAULT_SETTINGS.join(",")).split(",").map(parseSetting);
  const screens = [
    ...allFixtures().map((name) => ({
      name: `fixture-${name}`,
      png: loadFixture(name).png,
      reference: referenceText(name),
    })),
    ...tuneScreensWithText(Number(option("--corpus", "3"))).map((image) => ({
      ...image,
      name: `corpus-${image.name}`,
    })),
  ];
  const skipScreens = process.argv.includes("--no-screens");
  // The app reads every SROIE receipt with eng alone (docs/ocr.md); skipping the language sample
  // halves the experiment's CPU on a shared machine. `--langs auto` chooses per image as the app does.
  const langsOption = option("--langs", "eng");
  const receiptLangs = langsOption === "auto" ? undefined : langsOption;
  console.log("## OCR scaled to a text height\n");
  console.log(`Machine: ${describeMachine()}\n`);
  const pool = createPool();
  const rows: string[][] = [];
  try {
    await warmPool(pool);
    for (const setting of settings) {
      let right = 0;
      let findable = 0;
      let distance = 0;
      let length = 0;
      let ms = 0;
      const scales: number[] = [];
      const perField = Object.fromEntries(SROIE_FIELDS.map((f) => [f, 0])) as Record<string, number>;
      for (const receipt of receipts) {
        const reading = await read(pool, setting, await receiptImage(receipt), receiptLangs);
        const score = scoreSroie(receipt, reading.ocr, SROIE_REFERENCE_DATE);
        for (const field of SROIE_FIELDS) {
          if (score.right[field]) {
            right++;
            perField[field] = (perField[field] ?? 0) + 1;
          }
          if (score.findable[field]) findable++;
        }
        const cer = characterErrorRate(groundTruthOcr(receipt).text, reading.ocr.text);
        distance += cer.distance;
        length += cer.length;
        ms += reading.ms;
        scales.push(reading.scale);
        process.stderr.write(`  ${setting.name} ${receipt.file} ×${reading.scale.toFixed(2)}\n`);
      }
      let screenDistance = 0;
      let screenLength = 0;
      if (!skipScreens) {
        for (const screen of screens) {
          const reading = await read(pool, setting, screen);
          const cer = characterErrorRate(screen.reference, reading.ocr.text);
          screenDistance += cer.distance;
          screenLength += cer.length;
          process.stderr.write(`  ${setting.name} ${screen.name} ×${reading.scale.toFixed(2)}\n`);
        }
      }
      const fields = receipts.length * SROIE_FIELDS.length;
      // `--receipts 0` measures the screenshots alone.
      const receiptCells =
        fields === 0
          ? ["–", "–", "–", "–", "–", "–"]
          : [
              `${pct(right / fields)} (${right}/${fields})`,
              SROIE_FIELDS.map((f) => String(perField[f])).join(" / "),
              `${pct(findable / fields)} (${findable}/${fields})`,
              pct(distance / length),
              `${median(scales).toFixed(2)}`,
              `${Math.round(ms / receipts.length)}`,
            ];
      rows.push([setting.name, ...receiptCells, skipScreens ? "–" : pct(screenDistance / screenLength)]);
    }
  } finally {
    await pool.close();
  }
  const columns: Column[] = [
    { header: "setting" },
    { header: "receipts: fields right", align: "right" },
    { header: "company / date / address / total", align: "right" },
    { header: "ceiling", align: "right" },
    { header: "receipt CER", align: "right" },
    { header: "median scale", align: "right" },
    { header: "wall ms/receipt", align: "right" },
    { header: `screens CER (${skipScreens ? 0 : screens.length})`, align: "right" },
  ];
  console.log(
    `${receipts.length} SROIE receipts of the tuning part (numbers ${from + 1}–${from + receipts.length} by file name), read with ${langsOption}.\n`,
  );
  console.log(formatTable(columns, rows));
}

runMain(main);
