/**
 * OCR and the model side by side (docs/pipelining.md): time from upload to `job.done` per
 * fixture, with OCR first and the model after (LLM_PIPELINE=false, as before) and with the model
 * started while OCR reads (LLM_PIPELINE=true), the fake model streaming at a realistic 40 tokens
 * a second.
 *
 *   NEXT_DIST_DIR=.next-pipeline npx tsx bench/pipelining.ts
 *
 * Two production apps (`next start` on the build in NEXT_DIST_DIR, default .next), one per
 * setting, share one fake OpenAI server in this process that answers as a perfect model for the
 * fixture being uploaded (truthResponder) at 40 tokens a second (4 ASCII characters or one other
 * character a token, about as o200k_base counts the answers), which is
 * what makes a long list's answer take seconds. LLM_CHUNK_LINES 15 (as bench/llm-overhead.ts and
 * e2e/api/llm.test.ts: the fixtures are 10–39 OCR lines, so the default 45 never cuts one);
 * everything else at the defaults of lib/env.ts. Each fixture is uploaded once per setting, the
 * two settings one after the other for each fixture, each job followed to `job.done` before the
 * next upload; one untimed upload per app first (starts its OCR workers). The vision rows run on
 * two more apps with LLM_VISION=true and the upload's consent (allowImage).
 *
 * One run each by default: figures move by ±15% from run to run on a shared machine.
 * `--runs N` runs each fixture N times per setting (alternating) and prints the run with the
 * median time; `--fixtures a,b` runs only those; `--text-only` skips the vision rows; `--concurrency N` sets
 * LLM_CONCURRENCY (model calls at once) for both settings. It prints
 * figures and asserts nothing about them.
 */
import fs from "node:fs";
import path from "node:path";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { type FakeOpenAI, startFakeOpenAI, truthResponder } from "@/e2e/support/fake-openai";
import { fixture, upload } from "@/e2e/support/upload";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { recordedOcr } from "@/lib/testing/recorded-ocr";
import { type ReceivedEvent, recordStream } from "@/lib/testing/sse-recorder";
import type { TruthDocument } from "@/scripts/fixtures/truth-schema";
import { allFixtures, loadFixture, root } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, times } from "./support/stats";
import { type Column, formatTable } from "./support/table";

const TOKENS_PER_SECOND = 40;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const RUNS = Math.max(1, Number(option("--runs") ?? 1));
const ONLY = option("--fixtures")?.split(",");
const TEXT_ONLY = process.argv.includes("--text-only");
/** LLM_CONCURRENCY for both apps (`--concurrency N`); default the app's (4). */
const CONCURRENCY = option("--concurrency");
const CHUNK_LINES = 15;
/** Lists of more than one chunk: where the target (≤ 0.7× the sequential time) applies. */
const LONG_LISTS = new Set(["ja-bank-statement-long", "en-card-history-light", "ja-card-history-dark"]);

interface Run {
  /** Upload → job.done arrived, ms. */
  total: number;
  /** Upload → step.completed(ocr) arrived, ms. */
  ocrDone: number;
  /** Upload → first model request, ms (this process's clock). */
  firstAsk: number;
  calls: number;
  rows: number;
}

let current: TruthDocument | null = null;
let askedAt: number[] = [];

function arrival(events: ReceivedEvent[], type: string, step?: string): number | undefined {
  return events.find((event) => event.type === type && (!step || (event.data as { step?: string }).step === step))
    ?.receivedAt;
}

async function measure(app: AppServer, fake: FakeOpenAI, name: string, fields: Record<string, string>): Promise<Run> {
  current = loadFixture(name as never).truth.document;
  askedAt = [];
  const before = fake.completions().length;
  const sent = performance.now();
  const response = await upload(app.url, [{ name: `${name}.png`, bytes: fixture(name) }], {
    extractor: "llm",
    ...fields,
  });
  const job = response.body?.jobs?.[0];
  if (response.status !== 202 || !job) throw new Error(`POST /api/jobs answered ${response.status}`);
  const recording = await recordStream(app.url + job.links.events, { timeoutMs: 180_000 });
  const done = recording.events.find((event) => event.type === "job.done");
  const status = (done?.data as { status?: string } | undefined)?.status;
  if (!done || status !== "succeeded")
    throw new Error(`job ${job.id} (${name}) ${status}: ${JSON.stringify(done?.data)}`);
  const snapshot = jobSnapshotSchema.parse(await (await fetch(app.url + job.links.self)).json());
  const document = snapshot.result?.document;
  return {
    total: done.receivedAt - sent,
    ocrDone: (arrival(recording.events, "step.completed", "ocr") ?? Number.NaN) - sent,
    firstAsk: (askedAt[0] ?? Number.NaN) - sent,
    calls: fake.completions().length - before,
    rows: document?.kind === "transaction_list" ? document.rows.length : document?.kind === "receipt" ? 1 : 0,
  };
}

/** The run with the median total (one run's own figures, not a mix of runs). */
function medianRun(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.total - b.total);
  const run = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!run) throw new Error("no runs");
  return run;
}

async function main(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir} (BUILD_ID missing): build the app first.`);
  }
  console.log("## OCR and the model side by side: upload → job.done\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `Fake model: a perfect reader streaming at ${TOKENS_PER_SECOND} tokens/s; LLM_CHUNK_LINES ${CHUNK_LINES}${CONCURRENCY ? `, LLM_CONCURRENCY ${CONCURRENCY}` : ""}, the rest at lib/env.ts defaults. ${RUNS === 1 ? "One run each." : `The median of ${RUNS} runs each.`}\n`,
  );

  const responder = truthResponder(() => current);
  const fake = await startFakeOpenAI({ tokensPerSecond: TOKENS_PER_SECOND });
  const apps: AppServer[] = [];
  try {
    fake.setResponder((request) => {
      askedAt.push(performance.now());
      return responder(request);
    });
    const start = async (pipeline: boolean, vision: boolean) => {
      const app = await startApp({
        env: {
          OPENAI_API_KEY: fake.apiKey,
          OPENAI_BASE_URL: fake.url,
          LLM_CHUNK_LINES: String(CHUNK_LINES),
          LLM_PIPELINE: String(pipeline),
          LLM_VISION: String(vision),
          ...(CONCURRENCY ? { LLM_CONCURRENCY: CONCURRENCY } : {}),
        },
      });
      apps.push(app);
      // Untimed: loads the routes, starts the OCR workers.
      await measure(app, fake, "en-payment-small", {});
      return app;
    };

    const columns: Column[] = [
      { header: "fixture" },
      { header: "mode" },
      { header: "OCR lines", align: "right" },
      { header: "sequential", align: "right" },
      { header: "pipelined", align: "right" },
      { header: "ratio", align: "right" },
      { header: "first ask seq → pip", align: "right" },
      { header: "OCR done (pip)", align: "right" },
      { header: "pip after OCR", align: "right" },
      { header: "calls seq / pip", align: "right" },
      { header: "rows seq / pip", align: "right" },
    ];
    const rows: string[][] = [];
    const ocrLines = (name: string) => recordedOcr(name).lines.length;

    for (const vision of TEXT_ONLY ? [false] : [false, true]) {
      const sequential = await start(false, vision);
      const pipelined = await start(true, vision);
      const fields: Record<string, string> = vision ? { allowImage: "true" } : {};
      const names = (
        vision ? allFixtures().filter((name) => LONG_LISTS.has(name) || name === "en-receipt-items") : allFixtures()
      ).filter((name) => !ONLY || ONLY.includes(name));
      for (const name of names) {
        const seqRuns: Run[] = [];
        const pipRuns: Run[] = [];
        for (let run = 0; run < RUNS; run++) {
          seqRuns.push(await measure(sequential, fake, name, fields));
          pipRuns.push(await measure(pipelined, fake, name, fields));
        }
        const seq = medianRun(seqRuns);
        const pip = medianRun(pipRuns);
        process.stderr.write(`  ${name}${vision ? " (vision)" : ""}: ${ms(seq.total)} → ${ms(pip.total)} ms\n`);
        rows.push([
          LONG_LISTS.has(name) ? `**${name}**` : name,
          vision ? "vision + consent" : "text",
          String(ocrLines(name)),
          ms(seq.total),
          ms(pip.total),
          times(pip.total / seq.total),
          `${ms(seq.firstAsk)} → ${ms(pip.firstAsk)}`,
          ms(pip.ocrDone),
          ms(pip.total - pip.ocrDone),
          `${seq.calls} / ${pip.calls}`,
          `${seq.rows} / ${pip.rows}`,
        ]);
      }
      for (const app of apps.splice(0)) {
        await app.stop();
        fs.rmSync(app.dataDir, { recursive: true, force: true });
      }
    }
    console.log("### Upload → job.done received, ms\n");
    console.log(formatTable(columns, rows));
    console.log(
      "\nsequential: LLM_PIPELINE=false (OCR, then the model); pipelined: LLM_PIPELINE=true. ratio: pipelined ÷ sequential" +
        "\n(target ≤ 0.7× on the long lists, in bold). first ask: upload → the first request reaching the model." +
        "\nOCR done (pip): upload → step.completed(ocr) received in the pipelined run; pip after OCR: how long the pipelined" +
        "\njob ran on after it (what the model calls' scheduling decides; OCR's own time moves with the machine's load). calls: chat completions the job" +
        "\nmade (a classification, chunks). rows: what the result holds (1 for a receipt).",
    );
  } finally {
    for (const app of apps) {
      await app.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
    await fake.close();
  }
}

runMain(main);
