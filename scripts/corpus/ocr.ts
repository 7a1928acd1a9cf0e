/**
 * OCRs every corpus screenshot once with the app's own OCR (the bench's pool: 2 workers,
 * jpn+eng, strips) and caches each result in corpus/ocr/<name>.json (ocr-cache.ts). Only
 * missing or stale entries are recomputed, so a re-run after regenerating a few samples is quick.
 *
 *   npm run corpus:ocr              # missing and stale entries
 *   npm run corpus:ocr -- --force   # every image again (after changing lib/ocr)
 */
import fs from "node:fs";
import path from "node:path";
import { createPool, runOurs, warmPool } from "@/bench/support/ocr";
import { CORPUS_ROOT, OCR_DIR, ocrSourceHash, readOcrCacheEntry, writeOcrCache } from "./ocr-cache";

async function main(): Promise<void> {
  const screens = path.join(CORPUS_ROOT, "screens");
  if (!fs.existsSync(screens)) throw new Error("corpus/screens is missing: run `npm run corpus` first.");
  const names = fs
    .readdirSync(screens)
    .filter((f) => f.endsWith(".png"))
    .map((f) => f.slice(0, -4))
    .sort();
  const force = process.argv.includes("--force");
  const entries = names.map((name) => readOcrCacheEntry(name, fs.readFileSync(path.join(screens, `${name}.png`))));
  const stale = force ? names : names.filter((_, i) => entries[i] === null);
  const otherCode = entries.filter((e) => e !== null && e.source !== ocrSourceHash()).length;
  console.log(`${names.length} screenshots, ${stale.length} to OCR`);
  if (!force && otherCode > 0) {
    console.log(`${otherCode} cached results were made by other lib/ocr code: --force redoes them`);
  }
  if (stale.length === 0) return;

  const pool = createPool();
  const started = performance.now();
  try {
    await warmPool(pool);
    let done = 0;
    for (const name of stale) {
      const png = fs.readFileSync(path.join(screens, `${name}.png`));
      const run = await runOurs(pool, png);
      writeOcrCache(name, png, run.result);
      done++;
      if (done % 10 === 0 || done === stale.length) {
        const elapsed = (performance.now() - started) / 1000;
        console.log(`${done}/${stale.length} (${name}: ${Math.round(run.ms)} ms; ${elapsed.toFixed(0)} s so far)`);
      }
    }
  } finally {
    await pool.close();
  }
  // Entries of samples that no longer exist.
  const keep = new Set(names);
  for (const file of fs.readdirSync(OCR_DIR))
    if (!keep.has(file.replace(/\.json$/, ""))) fs.rmSync(path.join(OCR_DIR, file));
  console.log(`OCR done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
