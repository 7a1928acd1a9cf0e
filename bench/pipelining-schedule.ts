/**
 * The model side of OCR and the model side by side (docs/pipelining.md), without OCR's noise:
 * each long list's recorded OCR lines (fixtures/ocr) are played into the extractor strip by strip
 * at a fixed schedule, and the real LLM extractor asks the fake model, a perfect reader streaming
 * at 40 tokens a second (its token count: wire-format.ts tokenPieces), in this process. Sequential:
 * the whole page once OCR's played end has come, then `extract` (LLM_PIPELINE=false's order);
 * pipelined: `extractAsRead` on the feed from the start. Time from the played OCR's start to the
 * extraction's end; `bench/pipelining.ts` measures the whole app, OCR included, and moves with
 * the machine's load (OCR took 2.6 s or 9 s for the same page within an hour on the shared
 * machine), this one isolates the scheduling of the model calls.
 *
 *   npx tsx bench/pipelining-schedule.ts [--runs 5] [--concurrency 4] [--fixtures a,b]
 *
 * The schedule: the page cut into strips as split-strips.ts would (the first gap between lines
 * past each OCR_STRIP_MIN_HEIGHT, 1000 px; a rest under twice that stays with the last strip),
 * its languages chosen in the first quarter of OCR's time, then the strips read two at a time
 * (the pool's two workers) in equal rounds over the rest; OCR's time per fixture is the
 * quiet-machine figure of session 17 (`bench/pipelining.ts`, docs/pipelining.md).
 * LLM_CHUNK_LINES 15 as in bench/pipelining.ts. Prints figures; asserts nothing about them.
 */
import OpenAI from "openai";
import { atTokenRate, startFakeOpenAI, truthResponder } from "@/e2e/support/fake-openai";
import { Limiter } from "@/lib/async/limiter";
import { createLlmExtractor } from "@/lib/extract/llm/llm-extractor";
import type { ExtractedDocument } from "@/lib/extract/schema";
import { OcrFeed } from "@/lib/ocr/ocr-feed";
import type { OcrLine, OcrResult } from "@/lib/ocr/types";
import { recordedOcr } from "@/lib/testing/recorded-ocr";
import type { TruthDocument } from "@/scripts/fixtures/truth-schema";
import { loadFixture } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { median, ms, times } from "./support/stats";
import { type Column, formatTable } from "./support/table";

const TOKENS_PER_SECOND = 40;
const CHUNK_LINES = 15;
const STRIP_MIN_HEIGHT = 1000;
const WORKERS = 2;
/** Share of OCR's time before the first strip is sent (the language sample). */
const SAMPLE_SHARE = 0.25;
/** Upload → OCR done on a quiet machine, session 17 (docs/pipelining.md). */
const OCR_MS: Record<string, number> = {
  "ja-bank-statement-long": 2582,
  "ja-card-history-dark": 1351,
  "en-card-history-light": 914,
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const RUNS = Math.max(1, Number(option("--runs") ?? 5));
const CONCURRENCY = Math.max(1, Number(option("--concurrency") ?? 4));
const FIXTURES = option("--fixtures")?.split(",") ?? Object.keys(OCR_MS);

/** The page's lines in strips, cut at the first gap between lines past each STRIP_MIN_HEIGHT. */
function strips(ocr: OcrResult): OcrLine[][] {
  const centre = (line: OcrLine) => (line.box.y0 + line.box.y1) / 2;
  const lines = [...ocr.lines].sort((a, b) => centre(a) - centre(b));
  const cuts: number[] = [];
  let top = 0;
  while (ocr.height - top >= STRIP_MIN_HEIGHT * 2) {
    const below = lines.find((line) => line.box.y0 >= top + STRIP_MIN_HEIGHT);
    if (!below) break;
    cuts.push(below.box.y0);
    top = below.box.y0;
  }
  const bounds = [0, ...cuts, Number.POSITIVE_INFINITY];
  return bounds.slice(1).map((bottom, i) => lines.filter((l) => centre(l) >= (bounds[i] ?? 0) && centre(l) < bottom));
}

/** When each strip is done, ms after OCR's start: in rounds of WORKERS after the sample. */
function stripTimes(count: number, ocrMs: number): number[] {
  const rounds = Math.ceil(count / WORKERS);
  const start = ocrMs * SAMPLE_SHARE;
  return Array.from({ length: count }, (_, i) => start + ((ocrMs - start) * (Math.floor(i / WORKERS) + 1)) / rounds);
}

interface Run {
  total: number;
  calls: number;
  rows: number;
}

async function main(): Promise<void> {
  let current: TruthDocument | null = null;
  const fake = await startFakeOpenAI();
  fake.setResponder(
    atTokenRate(
      TOKENS_PER_SECOND,
      truthResponder(() => current),
    ),
  );
  const extractor = createLlmExtractor({
    client: new OpenAI({ apiKey: fake.apiKey, baseURL: fake.url, maxRetries: 0 }),
    model: "gpt-4o-mini",
    vision: false,
    limiter: new Limiter("llm-schedule", CONCURRENCY),
    timeoutMs: 60_000,
    idleTimeoutMs: 20_000,
    maxRetries: 0,
    maxCallsPerJob: 12,
    maxTokensPerJob: 100_000,
    maxOutputTokens: 4_096,
    chunkLines: CHUNK_LINES,
  });
  const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, delay)));

  async function play(name: string, pipelined: boolean): Promise<Run> {
    current = loadFixture(name as never).truth.document;
    const ocr = recordedOcr(name);
    const parts = strips(ocr);
    const at = stripTimes(parts.length, OCR_MS[name] ?? 2000);
    const feed = new OcrFeed();
    const before = fake.completions().length;
    const started = performance.now();
    const input = { signal: new AbortController().signal, onProgress: () => {} };
    const reading = pipelined ? extractor.extractAsRead?.({ ...input, feed }) : undefined;
    reading?.catch(() => {});
    feed.layout = { width: ocr.width, height: ocr.height, strips: parts.length };
    for (const [i, lines] of parts.entries()) {
      await sleep(started + (at[i] ?? 0) - performance.now());
      feed.addStrip(i, lines);
    }
    feed.finish(ocr);
    const document: ExtractedDocument = reading ? await reading : await extractor.extract({ ...input, ocr });
    return {
      total: performance.now() - started,
      calls: fake.completions().length - before,
      rows: document.kind === "transaction_list" ? document.rows.length : 0,
    };
  }

  console.log("## The model's side of pipelining: played OCR → extraction's end\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `Fake model: a perfect reader at ${TOKENS_PER_SECOND} tokens/s; LLM_CHUNK_LINES ${CHUNK_LINES}, LLM_CONCURRENCY ${CONCURRENCY}. The median of ${RUNS} runs each.\n`,
  );
  const columns: Column[] = [
    { header: "fixture" },
    { header: "OCR lines", align: "right" },
    { header: "strips at (ms)", align: "right" },
    { header: "sequential", align: "right" },
    { header: "pipelined", align: "right" },
    { header: "ratio", align: "right" },
    { header: "calls seq / pip", align: "right" },
    { header: "rows seq / pip", align: "right" },
  ];
  const rows: string[][] = [];
  try {
    for (const name of FIXTURES) {
      const seq: Run[] = [];
      const pip: Run[] = [];
      for (let run = 0; run < RUNS; run++) {
        seq.push(await play(name, false));
        pip.push(await play(name, true));
      }
      const ocr = recordedOcr(name);
      const seqMs = median(seq.map((run) => run.total));
      const pipMs = median(pip.map((run) => run.total));
      process.stderr.write(`  ${name}: ${ms(seqMs)} → ${ms(pipMs)} ms\n`);
      rows.push([
        name,
        String(ocr.lines.length),
        stripTimes(strips(ocr).length, OCR_MS[name] ?? 2000)
          .map((t) => ms(t))
          .join(", "),
        ms(seqMs),
        ms(pipMs),
        times(pipMs / seqMs),
        `${median(seq.map((run) => run.calls))} / ${median(pip.map((run) => run.calls))}`,
        `${median(seq.map((run) => run.rows))} / ${median(pip.map((run) => run.rows))}`,
      ]);
    }
  } finally {
    await fake.close();
  }
  console.log(formatTable(columns, rows));
  console.log(
    "\nsequential: the model asked once the played OCR has ended; pipelined: as the strips come. ratio: pipelined ÷ sequential." +
      "\nFrom OCR's start (upload → OCR's start, the same in both, is not played).",
  );
}

runMain(main);
