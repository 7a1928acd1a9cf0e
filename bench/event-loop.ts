/**
 * Is the server free while OCR keeps both cores busy? GET /api/health latency during OCR, with
 * the OCR threads at the server's own priority (OCR_NICE=0, as before) and niced (the default,
 * lib/ocr/niced-worker.cjs), and with the per-pixel passes on the main thread (PIXEL_THREAD=false,
 * as before) or in the pixel thread (the default, lib/ocr/pixel-thread.ts), one run each on a
 * fresh server (docs/event-loop.md).
 *
 *   npx tsx bench/event-loop.ts
 *
 * Needs the production build. Each run: two pipeline slots and two OCR threads (both cores),
 * six tall bank statements uploaded at once; while they are read, sequential GET /api/health
 * 10 ms apart; p50/p99/max of those, and how long the six took (what niceness costs OCR when
 * nothing else wants the cores). It prints figures and asserts nothing about them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { fixture, upload } from "@/e2e/support/upload";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, percentile } from "./support/stats";
import { formatTable } from "./support/table";

const JOBS = 6;
/** Main-thread CPU between two timer turns at or above this is a burst a request waits behind. */
const BURST_MS = 20;
const turnsPreload = path.join(import.meta.dirname, "support", "loop-turns.mjs");

async function allDone(url: string, selfLinks: string[]): Promise<boolean> {
  const states = await Promise.all(selfLinks.map(async (link) => (await (await fetch(url + link)).json()).status));
  return states.every((status) => status === "succeeded" || status === "failed");
}

async function run(nice: string, pixelThread: boolean): Promise<string[]> {
  let app: AppServer | undefined;
  const turnsFile = path.join(os.tmpdir(), `sukusho-loop-turns-${process.pid}-${Date.now()}.json`);
  const window = { from: 0, to: 0 };
  let row: string[] = [];
  try {
    app = await startApp({
      env: {
        OCR_NICE: nice,
        PIXEL_THREAD: String(pixelThread),
        OCR_WORKERS: "2",
        PIPELINE_CONCURRENCY: "2",
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${turnsPreload}`.trim(),
        LOOP_TURNS_FILE: turnsFile,
      },
    });
    // One untimed job first: the OCR threads start and the routes load.
    const warm = await upload(app.url, [{ name: "warm.png", bytes: fixture("en-payment-small") }]);
    while (!(await allDone(app.url, [warm.body.jobs[0].links.self]))) await sleep(100);
    const started = performance.now();
    window.from = Date.now();
    const { body } = await upload(
      app.url,
      Array.from({ length: JOBS }, (_, i) => ({ name: `tall-${i}.png`, bytes: fixture("ja-bank-statement-long") })),
    );
    const links = body.jobs.map((job: { links: { self: string } }) => job.links.self);
    const samples: number[] = [];
    let lastCheck = 0;
    for (;;) {
      const sent = performance.now();
      await (await fetch(`${app.url}/api/health`)).arrayBuffer();
      samples.push(performance.now() - sent);
      if (performance.now() - lastCheck > 500) {
        lastCheck = performance.now();
        if (await allDone(app.url, links)) break;
      }
      await sleep(10);
    }
    const ocrSeconds = (performance.now() - started) / 1000;
    window.to = Date.now();
    // The machine may be shared: its load over the last minute says how far to trust the run.
    const load = os.loadavg()[0] ?? 0;
    row = [
      nice,
      pixelThread ? "worker" : "main",
      String(samples.length),
      ms(percentile(samples, 50)),
      ms(percentile(samples, 99)),
      ms(Math.max(...samples)),
      ocrSeconds.toFixed(1),
      load.toFixed(1),
    ];
  } finally {
    if (app) {
      await app.stop();
      fs.rmSync(app.dataDir, { recursive: true, force: true });
    }
  }
  // Written by the server as it exits (bench/support/loop-turns.mjs).
  if (!fs.existsSync(turnsFile)) return [...row, "n/a", "n/a", "n/a", "n/a"];
  const turns = (JSON.parse(fs.readFileSync(turnsFile, "utf8")) as [number, number][])
    .filter(([at]) => at >= window.from && at <= window.to)
    .map(([, cpu]) => cpu);
  fs.rmSync(turnsFile, { force: true });
  const cpuSeconds = turns.reduce((sum, cpu) => sum + cpu, 0) / 1000;
  const bursts = turns.filter((cpu) => cpu >= BURST_MS);
  return [
    ...row,
    cpuSeconds.toFixed(1),
    String(bursts.length),
    ms(bursts.reduce((sum, cpu) => sum + cpu, 0)),
    ms(Math.max(0, ...turns)),
  ];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  console.log("# The event loop while OCR runs");
  console.log(describeMachine());
  const rows = [await run("0", false), await run("10", false), await run("10", true)];
  console.log(
    formatTable(
      [
        { header: "OCR_NICE", align: "right" },
        { header: "pixel passes", align: "right" },
        { header: "health requests", align: "right" },
        { header: "p50 (ms)", align: "right" },
        { header: "p99 (ms)", align: "right" },
        { header: "max (ms)", align: "right" },
        { header: `${JOBS} tall statements read in (s)`, align: "right" },
        { header: "load (1 min)", align: "right" },
        { header: "main thread CPU (s)", align: "right" },
        { header: `bursts ≥ ${BURST_MS} ms`, align: "right" },
        { header: "in bursts (ms)", align: "right" },
        { header: "longest (ms)", align: "right" },
      ],
      rows,
    ),
  );
  console.log("\nOCR_NICE 0 = the OCR threads at the server's priority; 10 = the default.");
  console.log("pixel passes: on the main thread (PIXEL_THREAD=false) or in the pixel thread (the default).");
  console.log(
    `Main thread CPU: the server's own, while the six are read, in thread CPU time (no waiting for a core);\na burst is CPU spent between two turns of a 1 ms timer: what a request arriving then waits behind.`,
  );
}

runMain(main);
