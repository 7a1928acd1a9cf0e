/**
 * Preloaded into a server by bench/event-loop.ts (`node --import`): how much CPU the main thread
 * spends between two turns of a 1 ms timer, i.e. the longest stretches of work a request waits
 * behind. Thread CPU time, not wall time, so it does not grow when other processes take the
 * cores: on a shared machine it says what the server itself blocks on. Written as
 * [[epoch ms, CPU ms], …] (turns of 1 ms CPU or more) to LOOP_TURNS_FILE when the process exits.
 * Plain JavaScript, because Node loads it before anything that could compile TypeScript.
 */
import fs from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.LOOP_TURNS_FILE;
if (isMainThread && file) {
  const turns = [];
  let last = process.threadCpuUsage();
  const timer = setInterval(() => {
    const now = process.threadCpuUsage();
    const ms = (now.user + now.system - last.user - last.system) / 1000;
    last = now;
    if (ms >= 1) turns.push([Date.now(), Math.round(ms * 10) / 10]);
  }, 1);
  timer.unref();
  process.on("exit", () => fs.writeFileSync(file, JSON.stringify(turns)));
}
