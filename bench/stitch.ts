/**
 * Stitching scrolled lists (docs/stitching.md): rows right, repeated (counted twice) and lost
 * after merging the screenshots of one list, two ways.
 *
 *   npx tsx bench/stitch.ts                # both, report part, 12 OCR cases
 *   npx tsx bench/stitch.ts --count 36     # more OCR cases (3 OCR runs each, cached)
 *   npx tsx bench/stitch.ts --part tune
 *
 * 1. Real OCR: tall list captures of the screenshot corpus (npm run corpus) cut into 3
 *    overlapping screenshots (scripts/stitch/cut-list.ts), each read by the app's OCR (cached in
 *    corpus/stitch-ocr/ by the page's sha256) and the local extractor, as the app reads a page,
 *    then merged. Beside it, the same capture read whole (the corpus's cached OCR): what the
 *    extractor finds without any stitching, so the cost of the stitch itself shows.
 * 2. Simulated OCR noise on the truth rows of every list of the part (lib/stitch/simulate-pages.ts):
 *    the merge alone, over many seeds, at several levels of noise.
 */
import fs from "node:fs";
import path from "node:path";
import { extractDocument } from "@/lib/extract/local/local-extractor";
import type { TransactionRow } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { mergeRows } from "@/lib/stitch/merge-rows";
import { addScores, type StitchScore, scoreStitch, type TruthRow } from "@/lib/stitch/score-stitch";
import { simulatePages } from "@/lib/stitch/simulate-pages";
import type { Part } from "@/scripts/corpus/corpus-truth";
import { CORPUS_ROOT, sha256 } from "@/scripts/corpus/ocr-cache";
import { mulberry32 } from "@/scripts/corpus/prng";
import { cutCase, SCROLLED_DESIGNS } from "@/scripts/stitch/cut-list";
import { runMain } from "./support/main";
import { createPool, runOurs, warmPool } from "./support/ocr";
import { loadScreenCorpus } from "./support/screen-corpus";
import { pct } from "./support/stats";
import { formatTable } from "./support/table";

const CACHE = path.join(CORPUS_ROOT, "stitch-ocr");
const columns = (first: string, ...more: string[]) => [
  { header: first },
  ...["truth rows", "right", "repeated", "lost", "other", ...more].map((header) => ({
    header,
    align: "right" as const,
  })),
];
const EMPTY: StitchScore = { truth: 0, right: 0, repeated: 0, lost: 0, other: 0 };

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const listRows = (ocr: OcrResult, now: Date): TransactionRow[] => {
  const document = extractDocument(ocr, { now, kind: "transaction_list" });
  return document.kind === "transaction_list" ? document.rows : [];
};

function scoreLine(label: string, score: StitchScore, extra: string[] = []): string[] {
  return [
    label,
    String(score.truth),
    `${score.right} (${pct(score.right / score.truth)})`,
    String(score.repeated),
    `${score.lost} (${pct(score.lost / score.truth)})`,
    String(score.other),
    ...extra,
  ];
}

async function realOcr(part: Part, count: number): Promise<void> {
  const items = loadScreenCorpus(part)
    .filter((item) => (SCROLLED_DESIGNS as readonly string[]).includes(item.design))
    .slice(0, count);
  fs.mkdirSync(CACHE, { recursive: true });
  let pool: ReturnType<typeof createPool> | null = null;
  let stitched = EMPTY;
  let whole = EMPTY;
  let seamsFound = 0;
  let seams = 0;
  try {
    for (const item of items) {
      const stitchCase = await cutCase(item);
      const pages: TransactionRow[][] = [];
      for (const png of stitchCase.pages) {
        const file = path.join(CACHE, `${sha256(png)}.json`);
        let ocr: OcrResult;
        if (fs.existsSync(file)) {
          ocr = JSON.parse(fs.readFileSync(file, "utf8")) as OcrResult;
        } else {
          if (!pool) {
            pool = createPool();
            await warmPool(pool);
          }
          ocr = (await runOurs(pool, png)).result;
          fs.writeFileSync(file, JSON.stringify(ocr));
        }
        pages.push(listRows(ocr, item.wallClock));
      }
      const merged = mergeRows(pages.map((rows, page) => ({ jobId: `${item.name}-${page}`, page, rows })));
      seams += merged.seams.length;
      seamsFound += merged.seams.filter((seam) => seam.overlapFound).length;
      stitched = addScores(stitched, scoreStitch(merged.rows, stitchCase.truth.rows));
      whole = addScores(whole, scoreStitch(listRows(await item.ocr(), item.wallClock), stitchCase.truth.rows));
    }
  } finally {
    await (pool as ReturnType<typeof createPool> | null)?.close();
  }
  console.log(`\nReal OCR, ${part} part: ${items.length} long captures cut into 3 screenshots each`);
  console.log(`overlaps found: ${seamsFound} of ${seams} seams`);
  console.log(
    formatTable(columns("read as"), [
      scoreLine("3 screenshots, stitched", stitched),
      scoreLine("the whole capture (no stitch)", whole),
    ]),
  );
}

function simulated(part: Part, seeds: number): void {
  const lists: TruthRow[][] = loadScreenCorpus(part).flatMap((item) =>
    item.truth.kind === "transaction_list" && item.truth.rows.length >= 8
      ? [item.truth.rows.map(({ date, description, amount, direction }) => ({ date, description, amount, direction }))]
      : [],
  );
  const levels = [
    { label: "clean edges only", misread: 0, missed: 0 },
    { label: "20 % misread", misread: 0.2, missed: 0 },
    { label: "40 % misread, 5 % missed", misread: 0.4, missed: 0.05 },
  ];
  const lines = levels.map((level) => {
    let total = EMPTY;
    let concatenated = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      for (const [index, truth] of lists.entries()) {
        const random = mulberry32(seed * 1000 + index);
        const overlapRows = 1 + Math.floor(random() * 4);
        const pages = simulatePages(truth, { pages: 3, overlapRows, ...level, random });
        const merged = mergeRows(pages.map((rows, page) => ({ jobId: String(page), page, rows })));
        concatenated += merged.seams.filter((seam) => !seam.overlapFound).length;
        total = addScores(total, scoreStitch(merged.rows, truth));
      }
    }
    return scoreLine(level.label, total, [String(concatenated)]);
  });
  console.log(
    `\nSimulated OCR noise, ${part} part: ${lists.length} lists of 8+ rows × ${seeds} seeds, 1–4 rows of overlap`,
  );
  console.log(formatTable(columns("noise", "seams not found"), lines));
}

runMain(async () => {
  const part = (argument("part") ?? "report") as Part;
  const count = Number(argument("count") ?? 12);
  simulated(part, Number(argument("seeds") ?? 5));
  await realOcr(part, count);
});
