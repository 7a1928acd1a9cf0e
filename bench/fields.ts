/**
 * Field benchmark: how many fields of each fixture's ground truth an extractor gets right, from
 * our OCR of the screenshot (the same pool and settings as bench/ocr.ts, one run per fixture).
 *
 *   npx tsx bench/fields.ts
 *
 * A field is one value of the truth (merchant, date, total, each item's description and amount,
 * each row's date/description/amount/direction, …) and the document kind; scoring is
 * lib/extract/local/score.ts's scoreDocument, the same as the fixture tests. The overall figure
 * is all correct fields over all fields (a long statement weighs more than a one-line payment).
 *
 * Extractors are columns: add one to EXTRACTORS and the table, totals and misses grow with it.
 * It prints figures and asserts nothing about them.
 */
import type { Extractor } from "@/lib/extract/extractor";
import { localExtractor } from "@/lib/extract/local/local-extractor";
import { type DocumentScore, scoreDocument } from "@/lib/extract/local/score";
import { allFixtures, loadFixture } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { createPool, OCR_SETTINGS, runOurs, warmPool } from "./support/ocr";
import { ms, pct } from "./support/stats";
import { type Column, formatTable } from "./support/table";

/** The extractors compared, one column group each. Issue 3 adds the LLM extractor here. */
const EXTRACTORS: Extractor[] = [localExtractor];

interface Scored {
  score: DocumentScore;
  ms: number;
}

/** One extraction, timed, and scored against the truth; an extractor that throws scores nothing. */
async function extractAndScore(
  extractor: Extractor,
  fixture: ReturnType<typeof loadFixture>,
  ocr: Awaited<ReturnType<typeof runOurs>>["result"],
): Promise<Scored> {
  const started = performance.now();
  const extracted = await extractor.extract({
    ocr,
    image: fixture.png,
    signal: AbortSignal.timeout(120_000),
    onProgress: () => {},
  });
  return { score: scoreDocument(fixture.truth.document, extracted), ms: performance.now() - started };
}

async function main(): Promise<void> {
  console.log("## Fields: extracted fields correct per fixture\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `OCR: OcrPool of ${OCR_SETTINGS.workers} workers, ${OCR_SETTINGS.langs}, stripMinHeight ${OCR_SETTINGS.stripMinHeight}, one run per fixture; ` +
      `extractors: ${EXTRACTORS.map((extractor) => extractor.name).join(", ")}; scoring: scoreDocument (lib/extract/local/score.ts).\n`,
  );

  const pool = createPool();
  const results: Array<{ name: string; kind: string; ocrMs: number; scored: Scored[] }> = [];
  try {
    await warmPool(pool);
    for (const name of allFixtures()) {
      const fixture = loadFixture(name);
      const ocr = await runOurs(pool, fixture.png);
      const scored: Scored[] = [];
      for (const extractor of EXTRACTORS) scored.push(await extractAndScore(extractor, fixture, ocr.result));
      results.push({ name, kind: fixture.truth.document.kind, ocrMs: ocr.ms, scored });
      process.stderr.write(`  ${name}: ${scored.map((s) => `${s.score.correct}/${s.score.fields}`).join(", ")}\n`);
    }
  } finally {
    await pool.close();
  }

  const columns: Column[] = [
    { header: "fixture" },
    { header: "kind" },
    { header: "OCR ms", align: "right" },
    ...EXTRACTORS.flatMap((extractor): Column[] => [
      { header: `${extractor.name} correct`, align: "right" },
      { header: `${extractor.name} %`, align: "right" },
      { header: `${extractor.name} ms`, align: "right" },
    ]),
  ];
  const rows = results.map((result) => [
    result.name,
    result.kind,
    ms(result.ocrMs),
    ...result.scored.flatMap(({ score, ms: took }) => [
      `${score.correct}/${score.fields}`,
      pct(score.correct / score.fields),
      ms(took),
    ]),
  ]);
  rows.push([
    "**total**",
    `${results.length} fixtures`,
    ms(results.reduce((sum, result) => sum + result.ocrMs, 0)),
    ...EXTRACTORS.flatMap((_, index) => {
      const scores = results.map((result) => result.scored[index]);
      const correct = scores.reduce((sum, s) => sum + (s?.score.correct ?? 0), 0);
      const fields = scores.reduce((sum, s) => sum + (s?.score.fields ?? 0), 0);
      const took = scores.reduce((sum, s) => sum + (s?.ms ?? 0), 0);
      return [`${correct}/${fields}`, `**${pct(correct / fields)}**`, ms(took)];
    }),
  ]);
  console.log(formatTable(columns, rows));
  console.log("\n% = fields correct / fields in the truth; total = all correct fields over all fields.");

  for (const [index, extractor] of EXTRACTORS.entries()) {
    console.log(`\n### Misses: ${extractor.name}\n`);
    for (const result of results) {
      const scored = result.scored[index];
      if (!scored) continue;
      const { score } = scored;
      const rows = score.rows
        ? ` (rows: ${score.rows.truth} in truth, ${score.rows.extracted} extracted, ${score.rows.fullyRight} fully right)`
        : "";
      if (score.misses.length === 0) {
        console.log(`- ${result.name}: none${rows}`);
        continue;
      }
      console.log(`- ${result.name}: ${score.misses.length} missed${rows}`);
      for (const miss of score.misses) console.log(`  - ${miss}`);
    }
  }
}

runMain(main);
