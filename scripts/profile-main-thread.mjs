/**
 * What a server's main thread did, from a V8 CPU profile (docs/event-loop.md):
 *
 *   NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" … next start …   (the main thread's file has tid 0)
 *   node scripts/profile-main-thread.mjs /tmp/prof/CPU.….0.001.cpuprofile [fromSec] [toSec] [minMs]
 *
 * Each sample between fromSec and toSec (from the profile's start) is charged to the first frame
 * of our own code on its stack (lib/ or app/, mapped back through the build's source maps), or
 * else to Prisma, GC or the innermost Node/Next frames. A busy stretch is a run of samples with no
 * idle between them: what a request arriving meanwhile waits behind. Prints the time per owner
 * and per file, overall and within stretches of at least minMs, and the longest stretches.
 */
import fs from "node:fs";
import { SourceMap } from "node:module";

const [file, fromArg = "0", toArg = "1e9", minArg = "10"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/profile-main-thread.mjs <file.cpuprofile> [fromSec] [toSec] [minMs]");
  process.exit(2);
}
const from = Number(fromArg) * 1e6;
const to = Number(toArg) * 1e6;
const minMicros = Number(minArg) * 1000;
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const maps = new Map();
function sourceMapOf(url) {
  if (!url.startsWith("file://") || !url.includes("/.next")) return null;
  if (!maps.has(url)) {
    const mapFile = `${url.slice("file://".length)}.map`;
    maps.set(url, fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, "utf8"))) : null);
  }
  return maps.get(url);
}

const owners = new Map();
function ownerOf(id) {
  if (owners.has(id)) return owners.get(id);
  const stack = [];
  for (let at = id; at !== undefined; at = parents.get(at)) stack.push(nodes.get(at).callFrame);
  let own = null;
  let prisma = false;
  for (const frame of stack) {
    if (/@prisma|adapter-better-sqlite3|better-sqlite3/.test(frame.url)) prisma = true;
    const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    const source = entry?.originalSource ?? "";
    if (/@prisma|query_compiler|adapter-better/.test(source)) prisma = true;
    if (/(^|\/)(lib|app)\//.test(source) && !source.includes("node_modules")) {
      own = `${source.replace(/^.*?((lib|app)\/)/, "$1")}:${(entry.originalLine ?? 0) + 1} ${entry.name ?? frame.functionName}`;
      break;
    }
  }
  const leaf = stack[0]?.functionName ?? "";
  const owner = own
    ? `${own}${prisma ? " [prisma]" : ""}`
    : prisma
      ? "(prisma)"
      : leaf === "(garbage collector)"
        ? "(gc)"
        : leaf === "(program)"
          ? "(program)"
          : `(node/next) ${stack
              .slice(0, 4)
              .map((frame) => frame.functionName || "anonymous")
              .join(" < ")}`;
  owners.set(id, owner);
  return owner;
}

const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
const all = new Map();
const inLong = new Map();
const stretches = [];
let stretch = [];
let stretchAt = 0;
let busy = 0;
function endStretch() {
  const micros = stretch.reduce((sum, [, d]) => sum + d, 0);
  if (micros >= minMicros) {
    const local = new Map();
    for (const [owner, d] of stretch) {
      add(inLong, owner, d);
      add(local, owner, d);
    }
    stretches.push({ micros, at: stretchAt, local });
  }
  stretch = [];
}
let time = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  time += profile.timeDeltas[i] ?? 0;
  const at = time - profile.startTime;
  if (at < from || at > to) continue;
  const id = profile.samples[i];
  // A sample stands for the time until the next one.
  const micros = profile.timeDeltas[i + 1] ?? 0;
  if (nodes.get(id).callFrame.functionName === "(idle)") {
    endStretch();
    continue;
  }
  const owner = ownerOf(id);
  busy += micros;
  add(all, owner, micros);
  if (stretch.length === 0) stretchAt = at;
  stretch.push([owner, micros]);
}
endStretch();

const ms = (micros) => (micros / 1000).toFixed(0).padStart(6);
const top = (map, count) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => `${ms(micros)} ${key.slice(0, 150)}`)
    .join("\n");
const byFile = (map) => {
  const files = new Map();
  for (const [owner, micros] of map)
    add(files, owner.startsWith("(") ? `${owner.split(")")[0]})` : owner.split(":")[0], micros);
  return files;
};
const longTotal = stretches.reduce((sum, s) => sum + s.micros, 0);
console.log(
  `busy ${ms(busy).trim()} ms; ${stretches.length} stretches of ≥ ${minArg} ms, ${ms(longTotal).trim()} ms in all`,
);
console.log(`\nby file, all (ms)\n${top(byFile(all), 25)}`);
console.log(`\nby file, within long stretches (ms)\n${top(byFile(inLong), 25)}`);
console.log(`\nby owner, all (ms)\n${top(all, 30)}`);
console.log("\nlongest stretches");
for (const s of stretches.sort((a, b) => b.micros - a.micros).slice(0, 12)) {
  const parts = [...s.local]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([owner, micros]) => `${(micros / 1000).toFixed(0)} ${owner.slice(0, 60)}`);
  console.log(`${(s.micros / 1000).toFixed(1)} ms at ${(s.at / 1e6).toFixed(2)} s: ${parts.join(" | ")}`);
}
