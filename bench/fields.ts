import { type FakeOpenAI, startFakeOpenAI } from "@/e2e/support/fake-openai";
import { Limiter } from "@/lib/async/limiter";
import { env } from "@/lib/env";
import type { Extractor } from "@/lib/extract/extractor";
import { localExtractor } from "@/lib/extract/local/local-extractor";
import { type DocumentScore, scoreDocument } from "@/lib/extract/local/score";
import type { ExtractedDocument } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { verifyAgainstImage } from "@/lib/verify/verify-against-image";
import { printCorpusFieldAccuracy } from "./support/corpus-fields";
import { allFixtures, type BenchFixture, loadFixture } from "./support/fixtures";
import { benchLlmExtractor } from "./support/llm-extractor";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { createPool, OCR_SETTINGS, runOurs, warmPool } from "./support/ocr";
import {
  addTally,
  emptyTally,
  type ProvenanceTally,
  provenanceOf,
  tallyProvenance,
  type ValueProvenance,
} from "./support/provenance";
import { ms, pct } from "./support/stats";
import { type Column, formatTable } from "./support/table";

/** The app's settings (lib/env.ts defaults unless the environment overrides them). */
const config = env();

/**
 * Chunk size of the second LLM column (as e2e/api/llm.test.ts): with the default (45) no fixture
 * is long enough to be cut (ja-bank-statement-long has about 40 OCR lines), so this column is the
 * one that measures what chunking and merging lose.
 */
const SMALL_CHUNK_LINES = 15;

interface BenchExtractor {
  /** Column label. */
  label: string;
  extractor: Extractor;
}

/** The extractors compared, one column group each. */
const EXTRACTORS = (fake: FakeOpenAI): BenchExtractor[] => [
  { label: "local", extractor: localExtractor },
  { label: "llm", extractor: benchLlmExtractor(fake, config.LLM_CHUNK_LINES) },
  { label: `llm${SMALL_CHUNK_LINES}`, extractor: benchLlmExtractor(fake, SMALL_CHUNK_LINES) },
];

/** Jobs extracting at once, as the pipeline limits them (one at a time here). */
const extractLimiter = new Limiter("extract", config.EXTRACT_CONCURRENCY);

/** Verification as the app runs it after extraction (lib/verify/verify-against-image.ts). */
function verifyAsTheAppDoes(document: ExtractedDocument, ocr: OcrResult, extractor: Extractor): ExtractedDocument {
  return verifyAgainstImage(document, ocr, extractor.name).document;
}

interface Scored {
  /** After verification, as the app shows it. */
  score: DocumentScore;
  /** Fields scored differently before verification (verification should change no value). */
  changedByVerification: number;
  provenance: ValueProvenance[];
  tally: ProvenanceTally;
  /** Extraction (model calls included) and verification, ms. */
  ms: number;
  /** Model calls the extraction made. */
  calls: number;
}

/** One extraction, timed, verified and scored against the truth; an extractor that throws scores nothing. */
async function extractAndScore(
  extractor: Extractor,
  fixture: BenchFixture,
  ocr: OcrResult,
  fake: FakeOpenAI,
): Promise<Scored> {
  const callsBefore = fake.completions().length;
  const started = performance.now();
  let extracted: ExtractedDocument;
  try {
    extracted = await extractLimiter.run(() =>
      extractor.extract({
        ocr,
        image: fixture.png,
        signal: AbortSignal.timeout(config.EXTRACT_TIMEOUT_MS),
        onProgress: () => {},
      }),
    );
  } catch (error) {
    const truth = fixture.truth.document;
    const fields = truth.kind === "receipt" ? 9 + truth.items.length * 2 : 3 + truth.rows.length * 4;
    const message = error instanceof Error ? error.message : String(error);
    return {
      score: { fields, correct: 0, misses: [`extraction failed: ${message}`] },
      changedByVerification: 0,
      provenance: [],
      tally: emptyTally(),
      ms: performance.now() - started,
      calls: fake.completions().length - callsBefore,
    };
  }
  const verified = verifyAsTheAppDoes(extracted, ocr, extractor);
  const took = performance.now() - started;
  const score = scoreDocument(fixture.truth.document, verified);
  const before = scoreDocument(fixture.truth.document, extracted);
  const provenance = provenanceOf(fixture.truth.document, verified);
  return {
    score,
    changedByVerification: Math.abs(score.correct - before.correct),
    provenance,
    tally: tallyProvenance(provenance),
    ms: took,
    calls: fake.completions().length - callsBefore,
  };
}

async function main(): Promise<void> {
  console.log("## Fields: extracted fields correct per fixture\n");
  console.log(`Machine: ${describeMachine()}`);

  const fake = await startFakeOpenAI();
  const benchExtractors = EXTRACTORS(fake);
  const extractors = benchExtractors.map(({ extractor }) => extractor);
  const labels = benchExtractors.map(({ label }) => label);
  console.log(
    `OCR: OcrPool of ${OCR_SETTINGS.workers} workers, ${OCR_SETTINGS.langs}, stripMinHeight ${OCR_SETTINGS.stripMinHeight}, one run per fixture; ` +
      `extractors: ${labels.join(", ")}; scoring: scoreDocument (lib/extract/local/score.ts) ` +
      "of the document after verification (verifyDocument; for llm also compareWithLocal, as lib/pipeline/run-job.ts).",
  );
  console.log(
    `llm: createLlmExtractor (openai SDK, maxRetries 0; LLM_CONCURRENCY ${config.LLM_CONCURRENCY}, LLM_CHUNK_LINES ${config.LLM_CHUNK_LINES}, ` +
      `LLM_MAX_RETRIES ${config.LLM_MAX_RETRIES}, EXTRACT_CONCURRENCY ${config.EXTRACT_CONCURRENCY}) against the fake OpenAI server on 127.0.0.1 ` +
      `with its fixture responder; llm${SMALL_CHUNK_LINES}: the same with LLM_CHUNK_LINES ${SMALL_CHUNK_LINES}, so that lists are read in chunks. ` +
      "**The llm columns measure our pipeline with a perfect model**: the fake answers with the " +
      "ground truth of the fixture its OCR text matches (for a list, the rows whose amount that chunk's OCR text shows), " +
      "so what is lost is lost to OCR, chunking, validation and merging, not to a model.\n",
  );

  const pool = createPool();
  const results: Array<{ name: string; kind: string; ocrMs: number; scored: Scored[] }> = [];
  try {
    await warmPool(pool);
    for (const name of allFixtures()) {
      const fixture = loadFixture(name);
      const ocr = await runOurs(pool, fixture.png);
      const scored: Scored[] = [];
      for (const extractor of extractors) scored.push(await extractAndScore(extractor, fixture, ocr.result, fake));
      results.push({ name, kind: fixture.truth.document.kind, ocrMs: ocr.ms, scored });
      process.stderr.write(`  ${name}: ${scored.map((s) => `${s.score.correct}/${s.score.fields}`).join(", ")}\n`);
    }
  } finally {
    await pool.close();
    await fake.close();
  }

  const llmIndexes = labels.flatMap((_label, index) => (extractors[index]?.name === "llm" ? [index] : []));
  const columns: Column[] = [
    { header: "fixture" },
    { header: "kind" },
    { header: "OCR ms", align: "right" },
    ...labels.flatMap((label): Column[] => [
      { header: `${label} correct`, align: "right" },
      { header: `${label} %`, align: "right" },
      { header: `${label} ms`, align: "right" },
    ]),
    ...llmIndexes.map((index): Column => ({ header: `${labels[index]} calls`, align: "right" })),
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
    ...llmIndexes.map((index) => String(result.scored[index]?.calls ?? 0)),
  ]);
  rows.push([
    "**total**",
    `${results.length} fixtures`,
    ms(results.reduce((sum, result) => sum + result.ocrMs, 0)),
    ...extractors.flatMap((_, index) => {
      const scores = results.map((result) => result.scored[index]);
      const correct = scores.reduce((sum, s) => sum + (s?.score.correct ?? 0), 0);
      const fields = scores.reduce((sum, s) => sum + (s?.score.fields ?? 0), 0);
      const took = scores.reduce((sum, s) => sum + (s?.ms ?? 0), 0);
      return [`${correct}/${fields}`, `**${pct(correct / fields)}**`, ms(took)];
    }),
    ...llmIndexes.map((index) => String(results.reduce((sum, result) => sum + (result.scored[index]?.calls ?? 0), 0))),
  ]);
  console.log(formatTable(columns, rows));
  console.log(
    "\n% = fields correct / fields in the truth, scored after verification; total = all correct fields over all fields." +
      "\nms = extraction + verification (for llm: the model calls to the fake on loopback, which streams 12 characters" +
      "\nevery 5 ms, and validation and merging). calls = chat completions the llm extractor made (a list longer" +
      `\nthan LLM_CHUNK_LINES = ${config.LLM_CHUNK_LINES} OCR lines, ${SMALL_CHUNK_LINES} for llm${SMALL_CHUNK_LINES}, is cut into chunks asked in parallel).`,
  );
  const changed = results.flatMap((result) =>
    result.scored
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => s.changedByVerification > 0)
      .map(({ s, index }) => `${result.name} (${labels[index]}: ${s.changedByVerification})`),
  );
  console.log(
    changed.length === 0
      ? "Verification changed no scored value (it sets provenance and confidence only)."
      : `Verification changed the score of: ${changed.join(", ")}.`,
  );

  // Provenance: which values verification found in the image.
  console.log("\n### Provenance after verification: values found in the image's OCR words (seen) or not\n");
  const provenanceColumns: Column[] = [
    { header: "fixture" },
    ...labels.flatMap((label): Column[] => [
      { header: `${label} values`, align: "right" },
      { header: `${label} seen`, align: "right" },
      { header: `${label} not seen`, align: "right" },
    ]),
  ];
  const totals = extractors.map(() => emptyTally());
  const provenanceRows = results.map((result) => [
    result.name,
    ...result.scored.flatMap(({ tally }, index) => {
      const total = totals[index];
      if (total) addTally(total, tally);
      return [String(tally.values), String(tally.seen), String(tally.notSeen)];
    }),
  ]);
  provenanceRows.push([
    "**total**",
    ...totals.flatMap((tally) => [
      String(tally.values),
      `${tally.seen} (${pct(tally.seen / tally.values)})`,
      `${tally.notSeen} (${pct(tally.notSeen / tally.values)})`,
    ]),
  ]);
  console.log(formatTable(provenanceColumns, provenanceRows));
  console.log(
    "\nvalues = non-null values in the extracted document (a row's direction has no provenance and is not counted).\n",
  );
  console.log(
    formatTable(
      [
        { header: "extractor" },
        { header: "values", align: "right" },
        { header: "seen, right", align: "right" },
        { header: "seen, wrong", align: "right" },
        { header: "not seen, right", align: "right" },
        { header: "not seen, wrong", align: "right" },
      ],
      labels.map((label, index) => {
        const tally = totals[index] ?? emptyTally();
        return [
          label,
          String(tally.values),
          String(tally.seenCorrect),
          String(tally.seenWrong),
          String(tally.notSeenCorrect),
          String(tally.notSeenWrong),
        ];
      }),
    ),
  );
  console.log(
    "\nright/wrong: the value equals the truth value it aligns with (the comparisons and row alignment of scoreDocument)." +
      "\n“not seen, right” values are correct but shown to the user as inferred, with their confidence lowered.",
  );

  for (const [index, label] of labels.entries()) {
    console.log(`\n### Misses: ${label}\n`);
    for (const result of results) {
      const scored = result.scored[index];
      if (!scored) continue;
      const { score } = scored;
      const rows = score.rows
        ? ` (rows: ${score.rows.truth} in truth, ${score.rows.extracted} extracted, ${score.rows.fullyRight} fully right)`
        : "";
      const notSeen = scored.provenance.filter((value) => !value.seen);
      const notSeenNote =
        notSeen.length === 0
          ? ""
          : `; not seen: ${notSeen.map((value) => `${value.path} ${JSON.stringify(value.value)}${value.correct ? "" : " (wrong)"}`).join(", ")}`;
      if (score.misses.length === 0) {
        console.log(`- ${result.name}: none${rows}${notSeenNote}`);
        continue;
      }
      console.log(`- ${result.name}: ${score.misses.length} missed${rows}${notSeenNote}`);
      for (const miss of score.misses) console.log(`  - ${miss}`);
    }
  }
  await printCorpusFieldAccuracy();
}

runMain(main);
