/**
 * The scaled-out mode (PostgreSQL, pg-boss, web instances without workers, worker processes,
 * the LISTEN/NOTIFY event bus), measured for real on this machine:
 *
 *   npx tsx bench/scale-out.ts      # needs the production build in .next and the local PostgreSQL
 *
 * 1. Event delivery across instances: jobs uploaded through instance A, run by a worker process,
 *    followed on instance B by 1 or 1,000 SSE streams (node:http, no pooling). For every event
 *    and every stream, the delay from the moment the event was stored (its `createdAt` in the
 *    Event table, read with `pg` afterwards and joined by job and id) to its arrival on B's
 *    stream (`performance.now()` at the client, mapped to the wall clock). The worker starts
 *    only once every stream is open, so every event counted is delivered live (none replayed).
 * 2. Throughput: a batch of 12 screenshots uploaded through A, followed on B to `job.done`, with
 *    1 worker process, 2 worker processes, 2 with `OCR_WORKERS=1` each (the same number of OCR
 *    threads in total as 1 worker on this 2-core machine), and as a contrast 1 worker with
 *    `PIPELINE_CONCURRENCY=4` (as many jobs at once as 2 workers), each run on a fresh database,
 *    3 rounds.
 *
 * Each part uses fresh throwaway databases (lib/testing/postgres.ts) and a temporary shared image
 * directory; every process, stream, directory and database is removed again, also on error.
 * It prints figures and asserts nothing about them.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { upload } from "@/e2e/support/upload";
import { startWorker, type WorkerProcess } from "@/e2e/support/worker-process";
import { EVENTS_CHANNEL } from "@/lib/jobs/pg-event-bus";
import { SseParser } from "@/lib/sse/parse";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { recordStream } from "@/lib/testing/sse-recorder";
import type { FixtureName } from "@/scripts/fixtures/names";
import { allFixtures, loadFixture } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, percentile, times } from "./support/stats";
import { formatTable } from "./support/table";

const OPEN_BATCH = 200;
const STREAM_DEADLINE_MS = 240_000;
const THROUGHPUT_JOBS = 12;
const THROUGHPUT_ROUNDS = 3;
const LONG: FixtureName = "ja-bank-statement-long";

interface LatencyScenario {
  label: string;
  jobs: FixtureName[];
  streamsPerJob: number;
}

const LATENCY_SCENARIOS: LatencyScenario[] = [
  { label: "10 jobs, 1 stream each", jobs: allFixtures(), streamsPerJob: 1 },
  { label: "10 jobs, 100 streams each", jobs: allFixtures(), streamsPerJob: 100 },
  { label: "1 long job, 1 stream", jobs: [LONG], streamsPerJob: 1 },
  { label: "1 long job, 1,000 streams", jobs: [LONG], streamsPerJob: 1000 },
];

interface ThroughputVariant {
  label: string;
  workers: number;
  /** OCR_WORKERS per worker process; undefined: the default (the core count, 2 here). */
  ocrWorkers?: number;
  /** PIPELINE_CONCURRENCY per worker process; undefined: the default (2). */
  pipelineConcurrency?: number;
}

const DEFAULT_PIPELINE_CONCURRENCY = 2;

const THROUGHPUT_VARIANTS: ThroughputVariant[] = [
  { label: "1 worker", workers: 1 },
  { label: "2 workers", workers: 2 },
  { label: "2 workers, OCR_WORKERS=1", workers: 2, ocrWorkers: 1 },
  // The contrast: as many jobs in flight as 2 workers, in one process.
  { label: "1 worker, PIPELINE_CONCURRENCY=4", workers: 1, pipelineConcurrency: 4 },
];

const progress = (line: string) => process.stderr.write(`[scale-out] ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Processes and the machine

const CLOCK_TICKS = (() => {
  const run = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const value = Number(run.stdout?.trim());
  return Number.isFinite(value) && value > 0 ? value : 100;
})();

function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** CPU time (user + system, all threads) the process has used so far, ms. */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** The machine's busy and total CPU time so far (/proc/stat, all cores), in clock ticks. */
function machineTicks(): { busy: number; total: number } {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - idle, total };
}

function loadAverage(): string {
  return os.loadavg()[0]?.toFixed(2) ?? "–";
}

/**
 * A (wall clock, performance.now()) pair taken right as Date.now() ticks to the next
 * millisecond, so that the pair is aligned to well under a millisecond (Date.now() itself has
 * millisecond resolution). Bounded: at most a few milliseconds of spinning.
 */
function clockPair(): { wall: number; perf: number } {
  const start = Date.now();
  let wall = start;
  let perf = performance.now();
  for (let i = 0; i < 5_000_000 && wall === start; i++) {
    wall = Date.now();
    perf = performance.now();
  }
  return { wall, perf };
}

/** Runs every clean-up step, even when one fails; logs the failures. */
async function cleanUp(steps: Array<() => Promise<unknown> | unknown>): Promise<void> {
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      console.error("[scale-out] clean-up step failed:", error);
    }
  }
}

/** PostgreSQL, a shared image directory, web instances A and B without workers, worker processes. */
interface Cluster {
  database: TestDatabase;
  sharedData: string;
  env: Record<string, string>;
  a: AppServer;
  b: AppServer;
  workers: WorkerProcess[];
}

async function withCluster<T>(run: (cluster: Cluster) => Promise<T>): Promise<T> {
  const steps: Array<() => Promise<unknown> | unknown> = [];
  const workers: WorkerProcess[] = [];
  try {
    const database = await createTestDatabase();
    steps.unshift(() => database.drop());
    const sharedData = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-bench-shared-"));
    steps.unshift(() => fs.rmSync(sharedData, { recursive: true, force: true }));
    const env = { DATABASE_URL: database.url, DATA_DIR: sharedData, MAX_FILES_PER_UPLOAD: String(THROUGHPUT_JOBS) };
    const web = { ...env, RUN_WORKERS: "false" };
    const a = await startApp({ env: web, dataDir: sharedData });
    steps.unshift(() => a.stop());
    const b = await startApp({ env: web, dataDir: sharedData });
    steps.unshift(() => b.stop());
    steps.unshift(async () => {
      for (const worker of workers.splice(0)) await worker.stop();
    });
    return await run({ database, sharedData, env, a, b, workers });
  } finally {
    await cleanUp(steps);
  }
}

// ---------------------------------------------------------------------------------------------
// Part 1: delivery latency

interface RawStream {
  jobId: string;
  request: http.ClientRequest;
  /** Each chunk of the body with performance.now() when it was handed to us. */
  chunks: Array<{ at: number; chunk: Buffer }>;
  ended: Promise<void>;
}

/** Opens one SSE connection (node:http, no pooling); resolves once the headers are in. */
function openRawStream(url: string, jobId: string, agent: http.Agent): Promise<RawStream> {
  return new Promise((resolve, reject) => {
    const chunks: RawStream["chunks"] = [];
    let endStream: () => void = () => {};
    let failStream: (error: Error) => void = () => {};
    const ended = new Promise<void>((res, rej) => {
      endStream = res;
      failStream = rej;
    });
    ended.catch(() => {});
    const request = http.get(url, { agent, headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      // Only the time and the bytes here: parsing happens afterwards, off the measured path.
      response.on("data", (chunk: Buffer) => chunks.push({ at: performance.now(), chunk }));
      response.on("end", () => endStream());
      response.on("error", (error) => failStream(error));
      response.on("aborted", () => failStream(new Error("stream aborted")));
      resolve({ jobId, request, chunks, ended });
    });
    request.on("error", (error) => {
      reject(error);
      failStream(error);
    });
  });
}

/** The events of one recorded stream, each with the arrival time of the chunk that completed it. */
function arrivals(stream: RawStream): Array<{ id: number; at: number }> {
  const out: Array<{ id: number; at: number }> = [];
  let at = 0;
  const parser = new SseParser({ onEvent: (event) => out.push({ id: Number(event.id), at }) });
  for (const chunk of stream.chunks) {
    at = chunk.at;
    parser.feed(chunk.chunk);
  }
  return out;
}

interface StoredEvent {
  jobId: string;
  seq: number;
  type: string;
  /** createdAt as epoch milliseconds (the column is UTC, ms resolution). */
  storedAt: number;
}

async function storedEvents(url: string, jobIds: string[]): Promise<StoredEvent[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ jobId: string; seq: number; type: string; at: string }>(
      `SELECT "jobId", seq, type, (extract(epoch FROM "createdAt") * 1000)::float8 AS at
       FROM "Event" WHERE "jobId" = ANY($1) ORDER BY "jobId", seq`,
      [jobIds],
    );
    return rows.map((row) => ({ jobId: row.jobId, seq: row.seq, type: row.type, storedAt: Number(row.at) }));
  } finally {
    await client.end();
  }
}

/**
 * A LISTEN connection of the benchmark's own on the bus's channel: when each "jobId:seq"
 * notification reached a plain listener (performance.now()), the first time it was heard.
 */
async function listenForNotifications(
  url: string,
): Promise<{ heard: Map<string, number>; close: () => Promise<void> }> {
  const heard = new Map<string, number>();
  const client = new pg.Client({ connectionString: url });
  client.on("notification", (message) => {
    if (message.channel === EVENTS_CHANNEL && message.payload && !heard.has(message.payload)) {
      heard.set(message.payload, performance.now());
    }
  });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
  } catch (error) {
    await client.end();
    throw error;
  }
  return { heard, close: () => client.end() };
}

interface LatencyResult {
  scenario: LatencyScenario;
  openStreams: number;
  openMs: number;
  events: number;
  /** Every (event × stream) delay, ms. */
  deliveries: number[];
  /** Per event: stored → its NOTIFY heard by the benchmark's own listener, ms. */
  notified: number[];
  /** Per event: the delay to the first and to the last of its streams. */
  first: number[];
  last: number[];
  missing: number;
  rssBefore: number;
  rssOpen: number;
  rssPeak: number;
  cpuB: number;
  /** CPU time of this benchmark process (the stream clients) during the run, ms. */
  cpuClient: number;
  runMs: number;
  /** How far performance.now() and Date.now() drifted apart during the run, ms. */
  drift: number;
  load: string;
}

async function latencyScenario(cluster: Cluster, scenario: LatencyScenario): Promise<LatencyResult> {
  const { a, b } = cluster;
  const load = loadAverage();
  const files = scenario.jobs.map((name, i) => ({ name: `${i}-${name}.png`, bytes: loadFixture(name).png }));
  const { status, body } = await upload(a.url, files);
  if (status !== 202) throw new Error(`upload answered ${status}: ${JSON.stringify(body)}`);
  const jobs = body.jobs as Array<{ id: string; links: { events: string } }>;
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const streams: RawStream[] = [];
  let worker: WorkerProcess | undefined;
  let sampler: NodeJS.Timeout | undefined;
  let listener: Awaited<ReturnType<typeof listenForNotifications>> | undefined;
  try {
    listener = await listenForNotifications(cluster.database.url);
    const rssBefore = residentMb(b.pid);
    const targets = jobs.flatMap((job) => Array.from({ length: scenario.streamsPerJob }, () => job));
    const opening = performance.now();
    for (let i = 0; i < targets.length; i += OPEN_BATCH) {
      const batch = targets.slice(i, i + OPEN_BATCH);
      streams.push(...(await Promise.all(batch.map((job) => openRawStream(b.url + job.links.events, job.id, agent)))));
    }
    const openMs = performance.now() - opening;
    const health = (await (await fetch(`${b.url}/api/health`)).json()) as { streams: number };
    const rssOpen = residentMb(b.pid);
    const allOpenWall = Date.now();
    progress(`${scenario.label}: ${health.streams} streams open on B in ${ms(openMs)} ms; starting the worker`);

    let rssPeak = rssOpen;
    sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, residentMb(b.pid));
    }, 200);
    const cpuBefore = cpuMs(b.pid);
    const clientBefore = process.cpuUsage();
    const clock = clockPair();
    const started = performance.now();
    worker = await startWorker(cluster.env);
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(streams.map((stream) => stream.ended)),
      new Promise((_, reject) => {
        deadline = setTimeout(
          () => reject(new Error(`streams still open after ${STREAM_DEADLINE_MS} ms`)),
          STREAM_DEADLINE_MS,
        );
      }),
    ]).finally(() => clearTimeout(deadline));
    const runMs = performance.now() - started;
    const cpuB = cpuMs(b.pid) - cpuBefore;
    const clientUsage = process.cpuUsage(clientBefore);
    const cpuClient = (clientUsage.user + clientUsage.system) / 1000;
    clearInterval(sampler);
    const clockAfter = clockPair();
    const drift = clockAfter.wall - clockAfter.perf - (clock.wall - clock.perf);
    await worker.stop();
    worker = undefined;

    // Join: every stored event after the last stream opened (so delivered live, not replayed).
    const stored = await storedEvents(
      cluster.database.url,
      jobs.map((job) => job.id),
    );
    const live = new Map<string, StoredEvent>();
    for (const event of stored) if (event.storedAt > allOpenWall) live.set(`${event.jobId}:${event.seq}`, event);
    const perEvent = new Map<string, number[]>();
    for (const key of live.keys()) perEvent.set(key, []);
    const toWall = (at: number) => clock.wall + (at - clock.perf);
    const notified: number[] = [];
    for (const [key, event] of live) {
      const heardAt = listener.heard.get(key);
      if (heardAt !== undefined) notified.push(toWall(heardAt) - event.storedAt);
    }
    const deliveries: number[] = [];
    for (const stream of streams) {
      for (const { id, at } of arrivals(stream)) {
        const event = live.get(`${stream.jobId}:${id}`);
        if (!event) continue;
        const delay = toWall(at) - event.storedAt;
        deliveries.push(delay);
        perEvent.get(`${stream.jobId}:${id}`)?.push(delay);
      }
    }
    const first: number[] = [];
    const last: number[] = [];
    let missing = 0;
    for (const delays of perEvent.values()) {
      missing += scenario.streamsPerJob - delays.length;
      if (delays.length === 0) continue;
      first.push(Math.min(...delays));
      last.push(Math.max(...delays));
    }
    if (deliveries.length > 0 && Math.abs(percentile(deliveries, 50)) > 60_000) {
      throw new Error("stored and arrival times are minutes apart: a time zone or clock mix-up, not a latency");
    }
    return {
      scenario,
      openStreams: health.streams,
      openMs,
      events: live.size,
      deliveries,
      notified,
      first,
      last,
      missing,
      rssBefore,
      rssOpen,
      rssPeak,
      cpuB,
      cpuClient,
      runMs,
      drift,
      load,
    };
  } finally {
    if (sampler) clearInterval(sampler);
    for (const stream of streams) stream.request.destroy();
    agent.destroy();
    await worker?.stop();
    await listener?.close().catch(() => {});
  }
}

async function measureLatency(): Promise<void> {
  console.log("## 1. Event delivery across instances (stored → received on B)\n");
  const results = await withCluster(async (cluster) => {
    const out: LatencyResult[] = [];
    for (const scenario of LATENCY_SCENARIOS) out.push(await latencyScenario(cluster, scenario));
    return out;
  });
  const label = (result: LatencyResult) => result.scenario.label;
  console.log(
    formatTable(
      [
        { header: "streams on B" },
        { header: "open", align: "right" },
        { header: "events", align: "right" },
        { header: "deliveries", align: "right" },
        { header: "p50", align: "right" },
        { header: "p95", align: "right" },
        { header: "p99", align: "right" },
        { header: "max", align: "right" },
        { header: "missing", align: "right" },
        { header: "load", align: "right" },
      ],
      results.map((result) => [
        label(result),
        result.openStreams.toLocaleString("en-US"),
        String(result.events),
        result.deliveries.length.toLocaleString("en-US"),
        ms(percentile(result.deliveries, 50)),
        ms(percentile(result.deliveries, 95)),
        ms(percentile(result.deliveries, 99)),
        ms(Math.max(...result.deliveries)),
        String(result.missing),
        result.load,
      ]),
    ),
  );
  console.log(
    "\nms, over every (event × stream) delivery: from the event's createdAt in the Event table (stored by the worker" +
      "\nprocess) to the arrival of its last byte at the client on B. events = the events stored after every stream was" +
      "\nopen (all delivered live); missing = (event × stream) pairs that never arrived; load = 1-min load average at start.\n",
  );
  console.log(
    formatTable(
      [
        { header: "streams on B" },
        { header: "NOTIFY heard p50", align: "right" },
        { header: "NOTIFY heard max", align: "right" },
        { header: "first stream p50", align: "right" },
        { header: "first stream max", align: "right" },
        { header: "last stream p50", align: "right" },
        { header: "last stream max", align: "right" },
      ],
      results.map((result) => [
        label(result),
        ms(percentile(result.notified, 50)),
        ms(Math.max(...result.notified)),
        ms(percentile(result.first, 50)),
        ms(Math.max(...result.first)),
        ms(percentile(result.last, 50)),
        ms(Math.max(...result.last)),
      ]),
    ),
  );
  console.log(
    "\nms, per event, from its createdAt: NOTIFY heard = its notification reaching a LISTEN connection of the benchmark's" +
      "\nown (what B's one listener gets at about the same moment); first / last stream = its arrival on the first and on" +
      "\nthe last of the streams following its job.\n",
  );
  console.log(
    formatTable(
      [
        { header: "streams on B" },
        { header: "time to open (ms)", align: "right" },
        { header: "B RSS before (MB)", align: "right" },
        { header: "B RSS open (MB)", align: "right" },
        { header: "B RSS peak (MB)", align: "right" },
        { header: "B CPU in run (ms)", align: "right" },
        { header: "client CPU in run (ms)", align: "right" },
        { header: "run (s)", align: "right" },
        { header: "clock drift (ms)", align: "right" },
      ],
      results.map((result) => [
        label(result),
        ms(result.openMs),
        result.rssBefore.toFixed(0),
        result.rssOpen.toFixed(0),
        result.rssPeak.toFixed(0),
        ms(result.cpuB),
        ms(result.cpuClient),
        (result.runMs / 1000).toFixed(1),
        result.drift.toFixed(2),
      ]),
    ),
  );
  console.log(
    "\nB = the web instance serving the streams (its /proc/<pid>/status VmRSS; peak sampled every 200 ms during the run," +
      "\nits CPU from /proc/<pid>/stat); client = this benchmark process holding the streams. run = worker start → last" +
      "\nstream closed (includes the worker's start-up). clock drift = change of (Date.now() − performance.now()) in the" +
      "\nclient between the start and the end of the run.",
  );
}

// ---------------------------------------------------------------------------------------------
// Part 2: throughput

interface ThroughputResult {
  variant: ThroughputVariant;
  round: number;
  wallMs: number;
  postMs: number;
  jobMs: number[];
  workerCpuMs: number[];
  /** Each worker process's resident memory after the batch, MB. */
  workerRssMb: number[];
  /** CPU time of the two web instances during the batch, ms. */
  webCpuMs: number;
  /** Busy CPU time of the whole machine (all cores, every process) during the batch, ms. */
  machineBusyMs: number;
  busy: number;
  load: string;
}

/** Uploads the files through A, follows every job on B to job.done; arrival times per job. */
async function runBatch(
  cluster: Cluster,
  names: FixtureName[],
): Promise<{ started: number; postMs: number; doneAt: number[] }> {
  const files = names.map((name, i) => ({ name: `${i}-${name}.png`, bytes: loadFixture(name).png }));
  const started = performance.now();
  const { status, body } = await upload(cluster.a.url, files);
  if (status !== 202) throw new Error(`upload answered ${status}: ${JSON.stringify(body)}`);
  const postMs = performance.now() - started;
  const jobs = body.jobs as Array<{ id: string; links: { events: string } }>;
  const recordings = await Promise.all(
    jobs.map((job) => recordStream(cluster.b.url + job.links.events, { timeoutMs: STREAM_DEADLINE_MS })),
  );
  return {
    started,
    postMs,
    doneAt: recordings.map((recording, i) => {
      const done = recording.events.at(-1);
      const result = done?.data as { status?: string; error?: unknown } | undefined;
      if (done?.type !== "job.done" || result?.status !== "succeeded") {
        throw new Error(`job ${jobs[i]?.id} did not succeed: ${JSON.stringify(done)}`);
      }
      return done.receivedAt;
    }),
  };
}

function batchNames(): FixtureName[] {
  const names = allFixtures();
  return Array.from({ length: THROUGHPUT_JOBS }, (_, i) => names[i % names.length] as FixtureName);
}

async function throughputRun(variant: ThroughputVariant, round: number): Promise<ThroughputResult> {
  return withCluster(async (cluster) => {
    const workerEnv = {
      ...cluster.env,
      ...(variant.ocrWorkers ? { OCR_WORKERS: String(variant.ocrWorkers) } : {}),
      ...(variant.pipelineConcurrency ? { PIPELINE_CONCURRENCY: String(variant.pipelineConcurrency) } : {}),
    };
    for (let i = 0; i < variant.workers; i++) cluster.workers.push(await startWorker(workerEnv));
    // Untimed: every worker's OCR threads read once (2 strips per image) before the clock starts.
    await runBatch(
      cluster,
      Array.from({ length: 2 * variant.workers }, () => "ja-payment-light" as FixtureName),
    );
    const load = loadAverage();
    const cpuBefore = cluster.workers.map((worker) => cpuMs(worker.pid));
    const webBefore = cpuMs(cluster.a.pid) + cpuMs(cluster.b.pid);
    const ticksBefore = machineTicks();
    const { started, postMs, doneAt } = await runBatch(cluster, batchNames());
    const ticksAfter = machineTicks();
    const webCpuMs = cpuMs(cluster.a.pid) + cpuMs(cluster.b.pid) - webBefore;
    const wallMs = Math.max(...doneAt) - started;
    const result: ThroughputResult = {
      variant,
      round,
      wallMs,
      postMs,
      jobMs: doneAt.map((at) => at - started),
      workerCpuMs: cluster.workers.map((worker, i) => cpuMs(worker.pid) - (cpuBefore[i] ?? 0)),
      workerRssMb: cluster.workers.map((worker) => residentMb(worker.pid)),
      webCpuMs,
      machineBusyMs: ((ticksAfter.busy - ticksBefore.busy) * 1000) / CLOCK_TICKS,
      busy: (ticksAfter.busy - ticksBefore.busy) / Math.max(1, ticksAfter.total - ticksBefore.total),
      load,
    };
    progress(
      `${variant.label} (round ${round}): ${THROUGHPUT_JOBS} jobs in ${(wallMs / 1000).toFixed(1)} s, load ${load}`,
    );
    return result;
  });
}

const jobsPerMinute = (result: ThroughputResult) => (THROUGHPUT_JOBS * 60_000) / result.wallMs;

async function measureThroughput(): Promise<void> {
  console.log(`\n## 2. Jobs per minute: ${THROUGHPUT_JOBS} screenshots, 1 vs 2 worker processes\n`);
  const results: ThroughputResult[] = [];
  for (let round = 1; round <= THROUGHPUT_ROUNDS; round++) {
    // Alternate the order, so that a change of load hits every variant alike.
    const order = round % 2 === 1 ? THROUGHPUT_VARIANTS : [...THROUGHPUT_VARIANTS].reverse();
    for (const variant of order) results.push(await throughputRun(variant, round));
  }
  const ocrThreads = (variant: ThroughputVariant) =>
    variant.workers * (variant.ocrWorkers ?? os.availableParallelism());
  const inFlight = (variant: ThroughputVariant) =>
    variant.workers * (variant.pipelineConcurrency ?? DEFAULT_PIPELINE_CONCURRENCY);
  const ordered = THROUGHPUT_VARIANTS.flatMap((variant) => results.filter((result) => result.variant === variant));
  console.log(
    formatTable(
      [
        { header: "workers" },
        { header: "OCR threads", align: "right" },
        { header: "jobs at once", align: "right" },
        { header: "run", align: "right" },
        { header: "POST (s)", align: "right" },
        { header: "batch (s)", align: "right" },
        { header: "jobs/min", align: "right" },
        { header: "job p50 (s)", align: "right" },
        { header: "worker CPU (s)", align: "right" },
        { header: "worker RSS (MB)", align: "right" },
        { header: "web CPU (s)", align: "right" },
        { header: "rest CPU (s)", align: "right" },
        { header: "machine busy", align: "right" },
        { header: "load", align: "right" },
      ],
      ordered.map((result) => [
        result.variant.label,
        String(ocrThreads(result.variant)),
        String(inFlight(result.variant)),
        String(result.round),
        (result.postMs / 1000).toFixed(1),
        (result.wallMs / 1000).toFixed(1),
        jobsPerMinute(result).toFixed(1),
        (percentile(result.jobMs, 50) / 1000).toFixed(1),
        result.workerCpuMs.map((value) => (value / 1000).toFixed(1)).join(" + "),
        result.workerRssMb.map((value) => value.toFixed(0)).join(" + "),
        (result.webCpuMs / 1000).toFixed(1),
        (
          (result.machineBusyMs - result.webCpuMs - result.workerCpuMs.reduce((sum, value) => sum + value, 0)) /
          1000
        ).toFixed(1),
        `${(result.busy * 100).toFixed(0)} %`,
        result.load,
      ]),
    ),
  );
  const medianRate = (variant: ThroughputVariant) =>
    percentile(results.filter((result) => result.variant === variant).map(jobsPerMinute), 50);
  const baseline = medianRate(THROUGHPUT_VARIANTS[0] as ThroughputVariant);
  console.log("");
  console.log(
    formatTable(
      [
        { header: "workers" },
        { header: "jobs/min (median)", align: "right" },
        { header: "vs 1 worker", align: "right" },
      ],
      THROUGHPUT_VARIANTS.map((variant) => [
        variant.label,
        medianRate(variant).toFixed(1),
        times(medianRate(variant) / baseline),
      ]),
    ),
  );
  console.log(
    `\nbatch = first upload sent (one POST of ${THROUGHPUT_JOBS} files through A) → last job.done received on B; POST = its` +
      "\nround trip (files checked and stored, jobs queued); job p50 = upload → its job.done; jobs at once = worker processes" +
      "\n× PIPELINE_CONCURRENCY; worker CPU = user + system time of each worker process during the batch, worker RSS its" +
      "\nresident memory after it; web CPU = A + B; rest = the machine's busy CPU time minus both (PostgreSQL, this client," +
      "\nany other work on the machine); machine busy = share of all cores' time not idle; load = 1-min load average at the" +
      "\nstart of the batch (mostly the previous runs of this benchmark). Each run: a fresh database, A, B and the workers," +
      `\nthen an untimed warm-up of 2 jobs per worker. Files: ${batchNames().join(", ")}.`,
  );
}

async function main(): Promise<void> {
  console.log("# Scale-out: PostgreSQL, pg-boss, web instances and worker processes");
  console.log(describeMachine());
  console.log("");
  await measureLatency();
  await measureThroughput();
}

runMain(main);
