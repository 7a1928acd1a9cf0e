/**
 * Preloaded into a server by bench/event-loop.ts (`node --import`): how much CPU the main thread
 * spends between two turns of a 1 ms timer, i.e. the longest stretches of work a request waits
 * behind. Thread CPU time, not wall time, so it does not grow when other processes take the
 * cores: on a shared machine it says what the server itself blocks on. Also the main thread's GC
 * pauses, to tell which stretches were the collector's. Written to LOOP_TURNS_FILE when the
 * process exits as { turns: [[epoch ms, CPU ms, epoch ms of the turn before], …] (turns of 1 ms
 * CPU or more), gc: [[epoch ms at its start, ms, kind], …] }.
 * Plain JavaScript, because Node loads it before anything that could compile TypeScript.
 */
import fs from "node:fs";
import { PerformanceObserver, constants as perfConstants } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

const file = process.env.LOOP_TURNS_FILE;
if (isMainThread && file) {
  const turns = [];
  const gc = [];
  const kinds = {
    [perfConstants.NODE_PERFORMANCE_GC_MINOR]: "minor",
    [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: "major",
    [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
    [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: "weakcb",
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.push([
        Math.round(performance.timeOrigin + entry.startTime),
        Math.round(entry.duration * 10) / 10,
        kinds[entry.detail?.kind] ?? "other",
      ]);
    }
  }).observe({ entryTypes: ["gc"] });
  let last = process.threadCpuUsage();
  let lastAt = Date.now();
  const timer = setInterval(() => {
    const now = process.threadCpuUsage();
    const at = Date.now();
    const ms = (now.user + now.system - last.user - last.system) / 1000;
    if (ms >= 1) turns.push([at, Math.round(ms * 10) / 10, lastAt]);
    last = now;
    lastAt = at;
  }, 1);
  timer.unref();
  process.on("exit", () => fs.writeFileSync(file, JSON.stringify({ turns, gc })));
}
