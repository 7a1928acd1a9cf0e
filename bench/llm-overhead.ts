/**
 * LLM overhead benchmark: how long our code takes from the model's last token to the client
 * hearing `job.done`, i.e. what the app adds on top of a model call (the SDK ending the stream,
 * validating and merging the answer, verification, storing the result, the events' database
 * writes and SSE delivery).
 *
 *   npx tsx bench/llm-overhead.ts
 *
 * Starts the fake OpenAI server (e2e/support/fake-openai, fixture responder) in this process and
 * the production build (`next start`, needs .next from `next build`) with OPENAI_API_KEY and
 * OPENAI_BASE_URL pointing at it; all traffic stays on 127.0.0.1. The fake stamps each completion
 * with `finishedAt` (performance.now() as it ends the response, right after `data: [DONE]`); the
 * SSE recorder stamps each event's arrival (`receivedAt`, performance.now()): both clocks are this
 * process's, so their difference is the overhead, loopback HTTP both ways included.
 *
 * One untimed upload of each fixture first (loads the routes, starts the OCR workers), then N
 * uploads of a small receipt (one model call) and N of the long bank statement, which with
 * LLM_CHUNK_LINES 15 (as e2e/api/llm.test.ts; the default 45 does not cut it) is read in
 * parallel chunks: its overhead counts from the last-finishing call of the job. Each upload is
 * followed to `job.done` before the next, so the fake's requests between two uploads are that
 * job's. Everything else is at the app's defaults (lib/env.ts).
 *
 * Percentiles interpolate between samples (with n = 5, p95 lies between the 4th and 5th).
 * It prints figures and asserts nothing about them.
 */
import fs from "node:fs";
import path from "node:path";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import {
  type FakeOpenAI,
  fixtureResponder,
  misfitThenRepair,
  type Responder,
  startFakeOpenAI,
} from "@/e2e/support/fake-openai";
import { fixture, upload } from "@/e2e/support/upload";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { type ReceivedEvent, recordStream } from "@/lib/testing/sse-recorder";
import { root } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, summarise } from "./support/stats";
import { type Column, formatTable } from "./support/table";

/** Lists longer than this many OCR lines are cut into chunks (ja-bank-statement-long: ~40 lines, 3 chunks). */
const CHUNK_LINES = 15;
/**
 * The long statement is first classified by a small call (only a list is cut into chunks), then
 * read in chunks. The third run answers every first request with values that fit no schema
 * (misfitThenRepair): what one correction call costs a job.
 */
const RUNS: Array<{ name: string; label: string; uploads: number; responder: Responder }> = [
  { name: "en-payment-small", label: "en-payment-small", uploads: 10, responder: fixtureResponder },
  { name: "ja-bank-statement-long", label: "ja-bank-statement-long", uploads: 5, responder: fixtureResponder },
  { name: "en-payment-small", label: "en-payment-small, misfit → repair", uploads: 5, responder: misfitThenRepair() },
];

interface Sample {
  /** Chat completions the job made. */
  calls: number;
  /** Fake's last completion finished → arrival of step.completed(extract), ms. */
  toExtract: number;
  /** → arrival of step.completed(verify). */
  toVerify: number;
  /** → arrival of job.done. */
  toDone: number;
  /** The verify step's duration as the server measured it (step.completed data), ms. */
  verifyServerMs: number;
  /**
   * The same moments as the server stored them (wall clock, ms resolution), from the last token:
   * the extract step's finishedAt (the extractor returned), the verify step's finishedAt, the
   * job's finishedAt (result stored, job.done about to be written).
   */
  server: { extractDone: number; verifyDone: number; jobDone: number };
  /** First finished completion → last finished completion (chunks finishing apart), ms. */
  callSpread: number;
  /** POST sent → job.done arrived, ms. */
  total: number;
}

function stepCompleted(events: ReceivedEvent[], step: string): ReceivedEvent | undefined {
  return events.find((event) => event.type === "step.completed" && (event.data as { step?: string }).step === step);
}

/** Uploads one screenshot for the LLM extractor, follows it to job.done and measures from the model's last token. */
async function measure(app: AppServer, fake: FakeOpenAI, name: string): Promise<Sample> {
  const before = fake.requests.length;
  const sent = performance.now();
  const response = await upload(app.url, [{ name: `${name}.png`, bytes: fixture(name) }], { extractor: "llm" });
  const job = response.body?.jobs?.[0];
  if (response.status !== 202 || !job) {
    throw new Error(`POST /api/jobs answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const recording = await recordStream(app.url + job.links.events, { timeoutMs: 120_000 });
  const done = recording.events.find((event) => event.type === "job.done");
  if (!done) throw new Error(`the stream of ${job.id} ended without job.done`);
  const status = (done.data as { status?: string }).status;
  if (status !== "succeeded") throw new Error(`job ${job.id} (${name}) ${status}: ${JSON.stringify(done.data)}`);
  const extract = stepCompleted(recording.events, "extract");
  const verify = stepCompleted(recording.events, "verify");
  if (!extract || !verify) throw new Error(`job ${job.id}: no step.completed for extract or verify`);

  const calls = fake.requests.slice(before).filter((r) => r.method === "POST" && r.path === "/v1/chat/completions");
  const finished = calls.map((r) => r.finishedAt).filter((at): at is number => at !== undefined);
  if (calls.length === 0 || finished.length !== calls.length) {
    throw new Error(`job ${job.id}: ${calls.length} model calls, ${finished.length} finished`);
  }
  const lastToken = Math.max(...finished);
  // Wall clock of the last token, to compare with the times the server stored (Date, ms).
  const lastTokenWall = performance.timeOrigin + lastToken;
  const snapshot = jobSnapshotSchema.parse(await (await fetch(app.url + job.links.self)).json());
  const stored = (at: string | null | undefined) => Date.parse(at ?? "") - lastTokenWall;
  const stepFinished = (step: string) => snapshot.steps.find((s) => s.name === step)?.finishedAt;
  return {
    calls: calls.length,
    toExtract: extract.receivedAt - lastToken,
    toVerify: verify.receivedAt - lastToken,
    toDone: done.receivedAt - lastToken,
    verifyServerMs: (verify.data as { durationMs: number }).durationMs,
    server: {
      extractDone: stored(stepFinished("extract")),
      verifyDone: stored(stepFinished("verify")),
      jobDone: stored(snapshot.finishedAt),
    },
    callSpread: lastToken - Math.min(...finished),
    total: done.receivedAt - sent,
  };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
    throw new Error("No production build in .next (BUILD_ID missing): build the app first (`npm run build`).");
  }
  console.log("## LLM overhead: model's last token → job.done\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `App: next start with the fake OpenAI server (fixture responder, 12 characters every 5 ms; the third run misfits first) in the benchmark process; ` +
      `LLM_CHUNK_LINES ${CHUNK_LINES}, everything else at the defaults of lib/env.ts.\n`,
  );

  let fake: FakeOpenAI | undefined;
  let app: AppServer | undefined;
  try {
    fake = await startFakeOpenAI();
    app = await startApp({
      env: { OPENAI_API_KEY: fake.apiKey, OPENAI_BASE_URL: fake.url, LLM_CHUNK_LINES: String(CHUNK_LINES) },
    });
    // Untimed: the first job of each kind loads the routes, starts the OCR workers, warms the JIT.
    for (const run of RUNS) {
      fake.setResponder(run.responder);
      await measure(app, fake, run.name);
    }

    const results: Array<{ name: string; samples: Sample[] }> = [];
    for (const run of RUNS) {
      fake.setResponder(run.responder);
      const samples: Sample[] = [];
      for (let i = 0; i < run.uploads; i++) {
        samples.push(await measure(app, fake, run.name));
        process.stderr.write(
          `  ${run.label} ${i + 1}/${run.uploads}: ${ms(samples.at(-1)?.toDone ?? Number.NaN)} ms\n`,
        );
      }
      results.push({ name: run.label, samples });
    }

    const columns: Column[] = [
      { header: "fixture" },
      { header: "n", align: "right" },
      { header: "calls/job", align: "right" },
      { header: "from the last token to", align: "left" },
      { header: "p50", align: "right" },
      { header: "p95", align: "right" },
      { header: "max", align: "right" },
    ];
    const rows: string[][] = [];
    const measures: Array<{ label: string; pick: (s: Sample) => number }> = [
      { label: "step.completed extract", pick: (s) => s.toExtract },
      { label: "step.completed verify", pick: (s) => s.toVerify },
      { label: "**job.done**", pick: (s) => s.toDone },
    ];
    for (const { name, samples } of results) {
      const calls = [...new Set(samples.map((s) => s.calls))].join("–");
      for (const [index, { label, pick }] of measures.entries()) {
        const summary = summarise(samples.map(pick));
        rows.push([
          index === 0 ? name : "",
          index === 0 ? String(summary.n) : "",
          index === 0 ? calls : "",
          label,
          ms(summary.p50),
          ms(summary.p95),
          ms(summary.max),
        ]);
      }
    }
    console.log("### Model's last token → event received by the client, ms\n");
    console.log(formatTable(columns, rows));
    console.log(
      "\nlast token = the fake ending the completion's response (after `data: [DONE]`); for a chunked job, the" +
        "\ncall that finished last. Each event: its arrival at the client over SSE (the recorder's receivedAt)." +
        "\nBoth are performance.now() in the benchmark process.\n",
    );

    const contextColumns: Column[] = [
      { header: "fixture" },
      { header: "measure" },
      { header: "p50", align: "right" },
      { header: "p95", align: "right" },
      { header: "max", align: "right" },
    ];
    const contextRows: string[][] = [];
    const contextMeasures: Array<{ label: string; pick: (s: Sample) => number }> = [
      { label: "last token → extract step finished (server)", pick: (s) => s.server.extractDone },
      { label: "extract → verify step finished (server)", pick: (s) => s.server.verifyDone - s.server.extractDone },
      { label: "verify step, server's durationMs", pick: (s) => s.verifyServerMs },
      { label: "verify finished → job finished (server)", pick: (s) => s.server.jobDone - s.server.verifyDone },
      { label: "job finished (server) → job.done arrives", pick: (s) => s.toDone - s.server.jobDone },
      { label: "step.completed extract → verify arrivals", pick: (s) => s.toVerify - s.toExtract },
      { label: "first → last call finished", pick: (s) => s.callSpread },
      { label: "upload → job.done (whole job)", pick: (s) => s.total },
    ];
    for (const { name, samples } of results) {
      for (const [index, { label, pick }] of contextMeasures.entries()) {
        const summary = summarise(samples.map(pick));
        contextRows.push([index === 0 ? name : "", label, ms(summary.p50), ms(summary.p95), ms(summary.max)]);
      }
    }
    console.log("### Breakdown and context, ms\n");
    console.log(formatTable(contextColumns, contextRows));
    console.log(
      "\n(server): the times the server stored for the job (step and job finishedAt, its wall clock at ms" +
        "\nresolution), against the last token's wall clock (performance.timeOrigin + finishedAt): the extract step" +
        "\nfinishes when the extractor has returned (stream ended, answer parsed, validated, merged), the job when" +
        "\nits result is stored, just before job.done is written. verify step durationMs runs from its step.started" +
        "\nto its step.completed (database writes included). step.completed extract → verify arrivals: how far apart" +
        "\nthe client received the two. first → last call finished: how far apart a chunked job's calls ended" +
        "\n(0 for one call). The whole job includes OCR and the fake's streaming pace, so it says nothing about a" +
        "\nreal model's speed.",
    );
  } finally {
    await app?.stop();
    await fake?.close();
    // The app's temporary data directory (database and uploaded images).
    if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  }
}

runMain(main);
