/**
 * Is the server free while OCR keeps both cores busy? GET /api/health latency during OCR, one
 * fresh server per setting (docs/event-loop.md):
 * - `nice0`: the OCR threads at the server's own priority, everything else on the main thread;
 * - `pixel-main`: OCR niced (lib/ocr/niced-worker.cjs), the per-pixel passes on the main thread;
 * - `before`: also the pixel thread (lib/ocr/pixel-thread.ts); the local rules, the verify step
 *   and whole chains of SQLite statements on the main thread (RULES_THREAD=false, SQLITE_YIELD=false);
 * - `rules-thread`, `sqlite-yield`: one of the two on (lib/extract/local-worker/rules-thread.ts,
 *   lib/db/yielding-sqlite-adapter.ts);
 * - `default`: both; `semi-64`: the default with V8's young generation at 64 MB.
 *
 *   npx tsx bench/event-loop.ts [--settings before,default] [--rounds 2] [--profile DIR]
 *
 * Settings run back to back, the list repeated `--rounds` times (A/B/A/B), since a shared
 * machine's load moves between runs. `--profile DIR` has each server write a CPU profile of its
 * threads there (read the main thread's with scripts/profile-main-thread.mjs).
 *
 * Needs the production build. Each run: two pipeline slots and two OCR threads (both cores),
 * six tall bank statements uploaded at once; while they are read, sequential GET /api/health
 * 10 ms apart; p50/p99/max of those, and how long the six took (what niceness costs OCR when
 * nothing else wants the cores). It prints figures and asserts nothing about them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { fixture, upload } from "@/e2e/support/upload";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, percentile } from "./support/stats";
import { formatTable } from "./support/table";

const JOBS = 6;
/** Main-thread CPU between two timer turns at or above this is a burst a request waits behind. */
const BURST_MS = 20;
/** The target for the health check's p99: the share of requests at or above it. */
const SLOW_MS = 20;
const turnsPreload = path.join(import.meta.dirname, "support", "loop-turns.mjs");

async function allDone(url: string, selfLinks: string[]): Promise<boolean> {
  const states = await Promise.all(selfLinks.map(async (link) => (await (await fetch(url + link)).json()).status));
  return states.every((status) => status === "succeeded" || status === "failed");
}

/** Each setting's environment for the server, and its extra Node options. */
const SETTINGS: Record<string, { env: Record<string, string>; nodeOptions?: string }> = {
  nice0: { env: { OCR_NICE: "0", PIXEL_THREAD: "false", RULES_THREAD: "false", SQLITE_YIELD: "false" } },
  "pixel-main": { env: { OCR_NICE: "10", PIXEL_THREAD: "false", RULES_THREAD: "false", SQLITE_YIELD: "false" } },
  before: { env: { OCR_NICE: "10", PIXEL_THREAD: "true", RULES_THREAD: "false", SQLITE_YIELD: "false" } },
  "rules-thread": { env: { OCR_NICE: "10", PIXEL_THREAD: "true", RULES_THREAD: "true", SQLITE_YIELD: "false" } },
  "sqlite-yield": { env: { OCR_NICE: "10", PIXEL_THREAD: "true", RULES_THREAD: "false", SQLITE_YIELD: "true" } },
  default: { env: { OCR_NICE: "10", PIXEL_THREAD: "true", RULES_THREAD: "true", SQLITE_YIELD: "true" } },
  "semi-64": {
    env: { OCR_NICE: "10", PIXEL_THREAD: "true", RULES_THREAD: "true", SQLITE_YIELD: "true" },
    nodeOptions: "--max-semi-space-size=64",
  },
};

async function run(setting: string, profileDir: string | undefined): Promise<string[]> {
  let app: AppServer | undefined;
  const turnsFile = path.join(os.tmpdir(), `sukusho-loop-turns-${process.pid}-${Date.now()}.json`);
  const window = { from: 0, to: 0 };
  let row: string[] = [];
  try {
    app = await startApp({
      env: {
        ...SETTINGS[setting]?.env,
        OCR_WORKERS: "2",
        PIPELINE_CONCURRENCY: "2",
        NODE_OPTIONS: [
          process.env.NODE_OPTIONS ?? "",
          `--import ${turnsPreload}`,
          SETTINGS[setting]?.nodeOptions ?? "",
          profileDir ? `--cpu-prof --cpu-prof-dir=${path.join(profileDir, setting)}` : "",
        ]
          .join(" ")
          .trim(),
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
      setting,
      String(samples.length),
      ms(percentile(samples, 50)),
      ms(percentile(samples, 99)),
      ms(Math.max(...samples)),
      `${((100 * samples.filter((sample) => sample >= SLOW_MS).length) / samples.length).toFixed(1)} %`,
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
  if (!fs.existsSync(turnsFile)) return [...row, "n/a", "n/a", "n/a", "n/a", "n/a"];
  const recorded = JSON.parse(fs.readFileSync(turnsFile, "utf8")) as {
    turns: [number, number, number][];
    gc: [number, number, string][];
  };
  fs.rmSync(turnsFile, { force: true });
  const turns = recorded.turns.filter(([at]) => at >= window.from && at <= window.to);
  const cpuSeconds = turns.reduce((sum, [, cpu]) => sum + cpu, 0) / 1000;
  const bursts = turns.filter(([, cpu]) => cpu >= BURST_MS);
  // The collector's pauses that began within a burst's turn: how much of the bursts was GC.
  const gcInBursts = bursts.reduce(
    (sum, [at, , before]) =>
      sum +
      recorded.gc
        .filter(([start]) => start >= before && start <= at)
        .reduce((pauses, [, duration]) => pauses + duration, 0),
    0,
  );
  return [
    ...row,
    cpuSeconds.toFixed(1),
    String(bursts.length),
    ms(bursts.reduce((sum, [, cpu]) => sum + cpu, 0)),
    ms(gcInBursts),
    ms(Math.max(0, ...turns.map(([, cpu]) => cpu))),
  ];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      settings: { type: "string", default: "before,default" },
      rounds: { type: "string", default: "1" },
      profile: { type: "string" },
    },
  });
  const settings = values.settings.split(",");
  const unknown = settings.filter((setting) => !(setting in SETTINGS));
  if (unknown.length > 0)
    throw new Error(`Unknown settings ${unknown.join(", ")}; known: ${Object.keys(SETTINGS).join(", ")}`);
  console.log("# The event loop while OCR runs");
  console.log(describeMachine());
  const rows: string[][] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const setting of settings) {
      const row = await run(setting, values.profile);
      // As it comes: a long series on a shared machine is read while it runs.
      console.log(row.join(" | "));
      rows.push(row);
    }
  }
  console.log(
    formatTable(
      [
        { header: "setting" },
        { header: "health requests", align: "right" },
        { header: "p50 (ms)", align: "right" },
        { header: "p99 (ms)", align: "right" },
        { header: "max (ms)", align: "right" },
        { header: `≥ ${SLOW_MS} ms`, align: "right" },
        { header: `${JOBS} tall statements read in (s)`, align: "right" },
        { header: "load (1 min)", align: "right" },
        { header: "main thread CPU (s)", align: "right" },
        { header: `bursts ≥ ${BURST_MS} ms`, align: "right" },
        { header: "in bursts (ms)", align: "right" },
        { header: "GC in bursts (ms)", align: "right" },
        { header: "longest (ms)", align: "right" },
      ],
      rows,
    ),
  );
  console.log("\nSettings: see the head of bench/event-loop.ts.");
  console.log(
    `Main thread CPU: the server's own, while the six are read, in thread CPU time (no waiting for a core);\na burst is CPU spent between two turns of a 1 ms timer: what a request arriving then waits behind;\nGC in bursts: the main thread's GC pauses that began within one.`,
  );
}

runMain(main);
