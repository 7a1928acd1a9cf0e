/**
 * What an open event stream costs, and how fast one job's events reach many followers.
 *
 *   npx tsx bench/cheap-streams.ts [--streams 10000] [--followers 1000]
 *   (`--streams 0` or `--followers 0` leaves that part out)
 *
 * Needs the production build (next build). Two parts, each on a fresh server:
 *
 * 1. Memory and opening: one job whose model never answers (a local endpoint that holds every
 *    request), so the job stays in its extract step and its streams stay open with nothing else
 *    happening: no OCR, no events. Streams are opened in
 *    batches of 500 (node:http clients, no pooling) up to 1,000, 5,000 and 10,000; for each, the
 *    server's resident memory (/proc/<pid>/status) and the KB each stream added, the time the
 *    whole 10,000 took to open, and GET /api/health p50/p99 with them open.
 * 2. Fan-out: one pipeline slot; a tall statement is read first so that the measured job waits
 *    in the queue while its followers connect; then it runs. Per (event × follower): the delay
 *    from the event's createdAt in the Event table to the chunk that completed it at the client.
 *
 * The clients run on the same 2 cores as the server, so the figures include their own cost.
 * It prints figures and asserts nothing about them.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { fixture, upload } from "@/e2e/support/upload";
import { SseParser } from "@/lib/sse/parse";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, percentile } from "./support/stats";
import { formatTable } from "./support/table";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const MAX_STREAMS = argument("streams", 10_000);
const STEPS = [1000, 5000, MAX_STREAMS].filter((step, i, all) => step <= MAX_STREAMS && all.indexOf(step) === i);
const FOLLOWERS = argument("followers", 1000);
const BATCH = 500;

interface Follower {
  request: http.ClientRequest;
  chunks: Array<{ at: number; chunk: Buffer }>;
  ended: Promise<void>;
}

/** One SSE connection; resolves once its headers are in. Arrival times are wall-clock ms. */
function follow(url: string, agent: http.Agent, keep: boolean): Promise<Follower> {
  return new Promise((resolve, reject) => {
    const chunks: Follower["chunks"] = [];
    let end = () => {};
    const ended = new Promise<void>((res) => {
      end = res;
    });
    const request = http.get(url, { agent, headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream answered ${response.statusCode}`));
        return;
      }
      response.on("data", (chunk: Buffer) => {
        if (keep) chunks.push({ at: performance.timeOrigin + performance.now(), chunk });
      });
      response.on("end", end);
      response.on("error", end);
      resolve({ request, chunks, ended });
    });
    request.on("error", reject);
  });
}

async function openMany(url: string, count: number, agent: http.Agent, keep = false): Promise<Follower[]> {
  const open: Follower[] = [];
  while (open.length < count) {
    const batch = Math.min(BATCH, count - open.length);
    open.push(...(await Promise.all(Array.from({ length: batch }, () => follow(url, agent, keep)))));
  }
  return open;
}

function residentKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

async function timeHealth(url: string, count = 200): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await (await fetch(`${url}/api/health`)).arrayBuffer();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function stop(app: AppServer | undefined, followers: Follower[], agent: http.Agent) {
  for (const follower of followers) follower.request.destroy();
  agent.destroy();
  if (app) {
    await app.stop();
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function measureMemory(): Promise<void> {
  // The model endpoint: takes every request and never answers it.
  const held: http.ServerResponse[] = [];
  const silent = http.createServer((_request, response) => {
    held.push(response);
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const silentPort = (silent.address() as { port: number }).port;
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const open: Follower[] = [];
  let app: AppServer | undefined;
  try {
    app = await startApp({
      env: {
        OPENAI_API_KEY: "bench",
        OPENAI_BASE_URL: `http://127.0.0.1:${silentPort}/v1`,
        LLM_TIMEOUT_MS: "3600000",
        LLM_IDLE_TIMEOUT_MS: "3600000",
        EXTRACT_TIMEOUT_MS: "3600000",
        LLM_MAX_RETRIES: "0",
      },
    });
    const { body } = await upload(app.url, [{ name: "held.png", bytes: fixture("en-payment-small") }], {
      extractor: "llm",
    });
    // Wait for the model call: from then on the job is quiet.
    const deadline = Date.now() + 60_000;
    while (held.length === 0) {
      if (Date.now() > deadline) throw new Error("the job never called the model");
      await sleep(100);
    }
    const events = app.url + body.jobs[0].links.events;
    // Warm the route (first compile of its module graph) before the baseline.
    await stop(undefined, await openMany(events, 10, agent), agent);
    await timeHealth(app.url, 50);
    global.gc?.();
    const baseline = residentKb(app.pid);
    const rows: string[][] = [];
    let openingMs = 0;
    let previousRss = baseline;
    let previousCount = 0;
    for (const step of STEPS) {
      const opening = performance.now();
      open.push(...(await openMany(events, step - open.length, agent)));
      const openedMs = performance.now() - opening;
      openingMs += openedMs;
      const health = await timeHealth(app.url);
      const state = await (await fetch(`${app.url}/api/health`)).json();
      const rss = residentKb(app.pid);
      rows.push([
        String(state.streams),
        ms(openedMs),
        ms(openingMs),
        (rss / 1024).toFixed(0),
        ((rss - baseline) / open.length).toFixed(1),
        ((rss - previousRss) / (open.length - previousCount)).toFixed(1),
        ms(percentile(health, 50)),
        ms(percentile(health, 99)),
      ]);
      previousRss = rss;
      previousCount = open.length;
    }
    console.log("\n## Open streams on one quiet server\n");
    console.log(
      formatTable(
        [
          { header: "open streams", align: "right" },
          { header: "this batch opened in (ms)", align: "right" },
          { header: "all opened in (ms)", align: "right" },
          { header: "server RSS (MB)", align: "right" },
          { header: "KB per stream", align: "right" },
          { header: "KB per stream added in this batch", align: "right" },
          { header: "health p50", align: "right" },
          { header: "health p99", align: "right" },
        ],
        rows,
      ),
    );
    console.log(`\nBaseline before any stream: ${(baseline / 1024).toFixed(0)} MB. Batches of ${BATCH} at once.`);
  } finally {
    await stop(app, open, agent);
    silent.closeAllConnections();
    silent.close();
  }
}

interface Delivery {
  seq: number;
  at: number;
}

function deliveries(follower: Follower): Delivery[] {
  const out: Delivery[] = [];
  let at = 0;
  const parser = new SseParser({ onEvent: (event) => out.push({ seq: Number(event.id), at }) });
  for (const chunk of follower.chunks) {
    at = chunk.at;
    parser.feed(chunk.chunk);
  }
  return out;
}

interface StoredEvent {
  type: string;
  at: number;
}

/** Type and createdAt per seq from the app's SQLite file (createdAt stored as epoch ms or as ISO text). */
function storedEvents(dataDir: string, jobId: string): Map<number, StoredEvent> {
  const db = new Database(path.join(dataDir, "sukusho.db"), { readonly: true });
  try {
    const rows = db.prepare('SELECT seq, type, createdAt FROM "Event" WHERE jobId = ?').all(jobId) as Array<{
      seq: number;
      type: string;
      createdAt: number | string;
    }>;
    return new Map(
      rows.map((row) => [
        row.seq,
        { type: row.type, at: typeof row.createdAt === "number" ? row.createdAt : Date.parse(row.createdAt) },
      ]),
    );
  } finally {
    db.close();
  }
}

/** Per live event: when it was stored after the one before, and how its followers got it (where a tail comes from). */
function printPerEvent(stored: Map<number, StoredEvent>, perEvent: Map<number, number[]>): void {
  const rows: string[][] = [];
  let previous: number | undefined;
  for (const seq of [...perEvent.keys()].sort((a, b) => a - b)) {
    const event = stored.get(seq);
    const delays = perEvent.get(seq) ?? [];
    if (!event) continue;
    const gap = previous === undefined ? "" : String(event.at - previous);
    previous = event.at;
    rows.push([
      String(seq),
      event.type,
      gap,
      ms(Math.min(...delays)),
      ms(percentile(delays, 50)),
      ms(Math.max(...delays)),
    ]);
  }
  console.log(
    `\n${formatTable(
      [
        { header: "seq", align: "right" },
        { header: "type" },
        { header: "stored after previous (ms)", align: "right" },
        { header: "first (ms)", align: "right" },
        { header: "p50 (ms)", align: "right" },
        { header: "last (ms)", align: "right" },
      ],
      rows,
    )}`,
  );
}

async function measureFanOut(): Promise<void> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  let followers: Follower[] = [];
  let app: AppServer | undefined;
  try {
    app = await startApp({ env: { PIPELINE_CONCURRENCY: "1", OCR_WORKERS: "1" } });
    const { body } = await upload(app.url, [
      { name: "first.png", bytes: fixture("ja-bank-statement-long") },
      { name: "followed.png", bytes: fixture("en-payment-small") },
    ]);
    const job = body.jobs[1];
    followers = await openMany(app.url + job.links.events, FOLLOWERS, agent, true);
    const snapshot = await (await fetch(app.url + job.links.self)).json();
    await Promise.all(followers.map((follower) => follower.ended));
    const stored = storedEvents(app.dataDir, job.id);
    const delays: number[] = [];
    const perEvent = new Map<number, number[]>();
    for (const follower of followers) {
      for (const delivery of deliveries(follower)) {
        const at = stored.get(delivery.seq)?.at;
        // Events stored before this follower connected were replayed, not fanned out live.
        if (at === undefined || delivery.seq <= snapshot.lastEventId) continue;
        const delay = delivery.at - at;
        delays.push(delay);
        const forEvent = perEvent.get(delivery.seq) ?? [];
        forEvent.push(delay);
        perEvent.set(delivery.seq, forEvent);
      }
    }
    console.log(`\n## ${FOLLOWERS} followers on one job\n`);
    console.log(
      formatTable(
        [
          { header: "deliveries", align: "right" },
          { header: "events", align: "right" },
          { header: "p50 (ms)", align: "right" },
          { header: "p99 (ms)", align: "right" },
          { header: "max (ms)", align: "right" },
        ],
        [
          [
            String(delays.length),
            String(perEvent.size),
            ms(percentile(delays, 50)),
            ms(percentile(delays, 99)),
            ms(Math.max(...delays)),
          ],
        ],
      ),
    );
    console.log(
      "\nFrom each event's createdAt (SQLite, ms resolution) to the chunk completing it at each follower; " +
        "events the job had before the followers connected (replayed) are left out.",
    );
    printPerEvent(stored, perEvent);
  } finally {
    await stop(app, followers, agent);
  }
}

async function main(): Promise<void> {
  console.log("# Cheap streams");
  console.log(describeMachine());
  if (MAX_STREAMS > 0) await measureMemory();
  if (FOLLOWERS > 0) await measureFanOut();
}

runMain(main);
