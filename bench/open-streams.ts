/**
 * Open streams versus ordinary requests: does holding thousands of SSE connections slow down
 * everything else? (The Rails app that inspired Sukusho tied a thread to each stream; nine tabs
 * exhausted its pool.) Node holds a stream as a socket and a few objects.
 *
 *   npx tsx bench/open-streams.ts
 *
 * Starts the production build with one pipeline slot and one OCR worker, uploads a dozen tall
 * screenshots and one small one behind them, so that the small job stays queued (and its
 * streams stay open) for the whole measurement, while one core is busy with OCR throughout.
 * Then, with 0, 1,000 and 3,000 streams open on that job, it times 200 sequential requests of
 * each kind (GET /api/health, GET /api/jobs/:id) and reads the server's resident memory.
 * The same OCR load runs in every row: the difference between rows is the open streams.
 *
 * It prints figures and asserts nothing about them.
 */
import fs from "node:fs";
import http from "node:http";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { fixture, upload } from "@/e2e/support/upload";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, percentile } from "./support/stats";
import { formatTable } from "./support/table";

const STREAM_STEPS = [0, 1000, 3000];
const REQUESTS = 200;
const BLOCKERS = 12;

/** Opens one SSE connection with node:http (no pooling) and drains it; resolves once headers arrive. */
function openStream(url: string, agent: http.Agent): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`stream answered ${response.statusCode}`));
      response.on("data", () => {});
      response.on("error", () => {});
      resolve(request);
    });
    request.on("error", reject);
  });
}

async function timeRequests(url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    samples.push(performance.now() - started);
  }
  return samples;
}

function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function main(): Promise<void> {
  console.log("# Open streams vs ordinary requests");
  console.log(describeMachine());
  let app: AppServer | undefined;
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const streams: http.ClientRequest[] = [];
  try {
    app = await startApp({
      env: { PIPELINE_CONCURRENCY: "1", OCR_WORKERS: "1", MAX_FILES_PER_UPLOAD: String(BLOCKERS + 1) },
    });
    const files = [
      ...Array.from({ length: BLOCKERS }, (_, i) => ({
        name: `tall-${i}.png`,
        bytes: fixture("ja-bank-statement-long"),
      })),
      { name: "held.png", bytes: fixture("en-payment-small") },
    ];
    const { body } = await upload(app.url, files);
    const held = body.jobs.at(-1) as { links: { self: string; events: string } };
    const rows: string[][] = [];
    for (const target of STREAM_STEPS) {
      const opening = performance.now();
      while (streams.length < target) {
        const batch = Math.min(200, target - streams.length);
        streams.push(
          ...(await Promise.all(Array.from({ length: batch }, () => openStream(app!.url + held.links.events, agent)))),
        );
      }
      const openMs = performance.now() - opening;
      const health = await timeRequests(`${app.url}/api/health`);
      const snapshot = await timeRequests(app.url + held.links.self);
      const state = await (await fetch(`${app.url}/api/health`)).json();
      const job = await (await fetch(app.url + held.links.self)).json();
      rows.push([
        String(state.streams),
        target === 0 ? "–" : `${ms(openMs)}`,
        ms(percentile(health, 50)),
        ms(percentile(health, 99)),
        ms(percentile(snapshot, 50)),
        ms(percentile(snapshot, 99)),
        residentMb(app.pid).toFixed(0),
        job.status,
      ]);
    }
    console.log(
      formatTable(
        [
          { header: "open streams", align: "right" },
          { header: "time to open (ms)", align: "right" },
          { header: "health p50", align: "right" },
          { header: "health p99", align: "right" },
          { header: "job GET p50", align: "right" },
          { header: "job GET p99", align: "right" },
          { header: "server RSS (MB)", align: "right" },
          { header: "held job", align: "left" },
        ],
        rows,
      ),
    );
    console.log(
      `\n${REQUESTS} sequential requests per cell, ms. "held job" must read "queued": its streams stayed open.`,
    );
    for (const stream of streams.splice(0)) stream.destroy();
    const released = performance.now();
    for (;;) {
      const { streams: open } = await (await fetch(`${app.url}/api/health`)).json();
      if (open === 0 || performance.now() - released > 10_000) {
        console.log(
          `After the clients left: ${open} streams open on the server, ${ms(performance.now() - released)} ms later.`,
        );
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    for (const stream of streams) stream.destroy();
    agent.destroy();
    if (app) {
      await app.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  }
}

runMain(main);
