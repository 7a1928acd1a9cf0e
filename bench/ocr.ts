/**
 * OCR benchmark: how long reading each fixture takes and how well it is read, ours against
 * Debian's native tesseract on the same PNG files.
 *
 *   npx tsx bench/ocr.ts            # psm 4 for the native CLI
 *   npx tsx bench/ocr.ts --psm3     # also the native CLI with --psm 3 (fully automatic layout)
 *
 * Ours: the app's OcrPool (2 tesseract.js workers, jpn+eng, Debian's tessdata), warmed first,
 * and recognizeScreenshot with stripMinHeight 1000: image preparation (sharp), strips of tall
 * screenshots read in parallel on both workers. Native: `OMP_THREAD_LIMIT=1 tesseract <png>
 * stdout -l jpn+eng --oem 1 --psm 4`, one process per image, which loads the models each time.
 * Each is run 3 times per fixture, interleaved, and the median wall time is reported; CPU time (all threads)
 * is reported too, because ours may use both cores on one image and the native CLI only one.
 *
 * Accuracy is the character error rate against fixtures/screens/<name>.text.txt (the page's
 * innerText, written by scripts/fixtures/generate.ts): Levenshtein distance / reference length,
 * both NFKC-normalised with all whitespace removed.
 *
 * It prints figures and asserts nothing about them.
 */
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { characterErrorRate } from "./support/cer";
import { allFixtures, describeSize, loadFixture, referenceText } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { createPool, nativeVersion, OCR_SETTINGS, type OcrRun, runNative, runOurs, warmPool } from "./support/ocr";
import { median, ms, pct, times } from "./support/stats";
import { type Column, formatTable } from "./support/table";

const RUNS = 3;

interface Measured {
  ms: number;
  cpuMs: number;
  cer: number;
  distance: number;
  length: number;
}

/** Median wall and CPU time over the runs, CER of the first run's text (OCR is deterministic). */
function summariseRuns(reference: string, runs: OcrRun[]): Measured {
  const first = runs[0];
  if (!first) throw new Error("no run");
  const cer = characterErrorRate(reference, first.text);
  return {
    ms: median(runs.map((run) => run.ms)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    cer: cer.rate,
    distance: cer.distance,
    length: cer.length,
  };
}

/**
 * Runs every engine RUNS times, interleaved (ours, native, ours, native, …) so that a burst of
 * load from elsewhere on the machine hits both alike, and summarises each.
 */
async function measureInterleaved(reference: string, engines: Array<() => Promise<OcrRun>>): Promise<Measured[]> {
  const runs = engines.map(() => [] as OcrRun[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [index, engine] of engines.entries()) runs[index]?.push(await engine());
  }
  return runs.map((engineRuns) => summariseRuns(reference, engineRuns));
}

/** Native CLI start-up: loading jpn+eng and reading a blank 64×32 image, median of RUNS. */
async function nativeStartupMs(): Promise<number> {
  const blank = path.join(os.tmpdir(), `sukusho-bench-blank-${process.pid}.pgm`);
  writeFileSync(blank, Buffer.concat([Buffer.from("P5\n64 32\n255\n", "ascii"), Buffer.alloc(64 * 32, 255)]));
  try {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push((await runNative(blank, 4)).ms);
    return median(runs);
  } finally {
    rmSync(blank, { force: true });
  }
}

async function main(): Promise<void> {
  const withPsm3 = process.argv.includes("--psm3");
  if (!nativeVersion()) throw new Error("The native tesseract CLI is not installed (apt-get install tesseract-ocr).");
  console.log("## OCR: ours (tesseract.js pool) vs. native tesseract CLI\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `Ours: OcrPool of ${OCR_SETTINGS.workers} workers, ${OCR_SETTINGS.langs}, ${OCR_SETTINGS.langPath}, stripMinHeight ${OCR_SETTINGS.stripMinHeight}, warmed; ` +
      `native: OMP_THREAD_LIMIT=1 tesseract <png> stdout -l ${OCR_SETTINGS.langs} --oem 1 --psm 4. Median of ${RUNS} runs each.\n`,
  );

  const pool = createPool();
  const rows: string[][] = [];
  const cpuRows: string[][] = [];
  const totals = { ours: 0, native: 0, oursCpu: 0, nativeCpu: 0, psm3: 0, length: 0 };
  const edits = { ours: 0, native: 0, psm3: 0 };
  try {
    const warmStarted = performance.now();
    await warmPool(pool);
    console.log(`(pool start + warm-up: ${ms(performance.now() - warmStarted)} ms, not counted)`);
    await runNative(loadFixture("en-payment-small").pngPath, 4); // page cache for the models
    const startup = await nativeStartupMs();
    console.log(
      `(native CLI start-up, loading ${OCR_SETTINGS.langs} for a blank image: ${ms(startup)} ms, paid on every call)\n`,
    );

    for (const name of allFixtures()) {
      const fixture = loadFixture(name);
      const reference = referenceText(name);
      const [ours, native, psm3] = await measureInterleaved(reference, [
        () => runOurs(pool, fixture.png),
        () => runNative(fixture.pngPath, 4),
        ...(withPsm3 ? [() => runNative(fixture.pngPath, 3)] : []),
      ]);
      if (!ours || !native) throw new Error("missing measurement");
      rows.push([
        name,
        describeSize(fixture),
        ms(ours.ms),
        ms(native.ms),
        times(ours.ms / native.ms),
        pct(ours.cer),
        pct(native.cer),
      ]);
      cpuRows.push([
        name,
        ms(ours.cpuMs),
        ms(native.cpuMs),
        times(ours.cpuMs / native.cpuMs),
        ...(psm3 ? [ms(psm3.ms), pct(psm3.cer)] : []),
      ]);
      totals.ours += ours.ms;
      totals.native += native.ms;
      totals.oursCpu += ours.cpuMs;
      totals.nativeCpu += native.cpuMs;
      totals.psm3 += psm3?.ms ?? 0;
      totals.length += ours.length;
      edits.ours += ours.distance;
      edits.native += native.distance;
      edits.psm3 += psm3?.distance ?? 0;
      process.stderr.write(`  ${name}: ours ${ms(ours.ms)} ms, native ${ms(native.ms)} ms\n`);
    }
  } finally {
    await pool.close();
  }

  const columns: Column[] = [
    { header: "fixture" },
    { header: "size" },
    { header: "ours ms", align: "right" },
    { header: "native ms", align: "right" },
    { header: "ours/native", align: "right" },
    { header: "ours CER", align: "right" },
    { header: "native CER", align: "right" },
  ];
  rows.push([
    "**total**",
    `${rows.length} images`,
    ms(totals.ours),
    ms(totals.native),
    `**${times(totals.ours / totals.native)}**`,
    pct(edits.ours / totals.length),
    pct(edits.native / totals.length),
  ]);
  console.log(formatTable(columns, rows));
  console.log(
    "\nWall time, median of 3. CER = Levenshtein distance / reference length, over the text and the" +
      "\nreference (fixtures/screens/<name>.text.txt) after NFKC normalisation and removing all whitespace;" +
      "\nthe total CER is total edits / total reference characters.\n",
  );

  const cpuColumns: Column[] = [
    { header: "fixture" },
    { header: "ours CPU ms", align: "right" },
    { header: "native CPU ms", align: "right" },
    { header: "ours/native CPU", align: "right" },
    ...(withPsm3
      ? [
          { header: "native psm 3 ms", align: "right" as const },
          { header: "native psm 3 CER", align: "right" as const },
        ]
      : []),
  ];
  cpuRows.push([
    "**total**",
    ms(totals.oursCpu),
    ms(totals.nativeCpu),
    times(totals.oursCpu / totals.nativeCpu),
    ...(withPsm3 ? [ms(totals.psm3), pct(edits.psm3 / totals.length)] : []),
  ]);
  console.log(formatTable(cpuColumns, cpuRows));
  console.log(
    "\nCPU time = user + system of all threads (ours: the whole process, i.e. both tesseract.js workers" +
      "\nand sharp; native: the tesseract process), median of 3. Ours reads tall images as strips on both" +
      "\nworkers at once, so its wall time can be below its CPU time; the native CLI runs on one core.",
  );
}

runMain(main);
