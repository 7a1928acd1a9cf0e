/**
 * OCR benchmark: character error rate per script (Latin, Japanese, Korean, Traditional Chinese)
 * and time per image, for our OCR before and after choosing languages per image, beside Debian's
 * native tesseract CLI on the same PNG files with the same data.
 *
 *   npx tsx bench/ocr.ts                 # 1 run per image, up to 3 corpus samples per locale
 *   npx tsx bench/ocr.ts --runs 3 --corpus 5 --no-native
 *
 * - **before**: the pool as it was, `jpn+eng` for every image, no stretched re-read.
 * - **after**: the app now: a sample of lines read with every allowed language
 *   (`eng+jpn+kor+chi_tra`), the page read with the set its scripts call for, Japanese pages'
 *   uncertain runs re-read stretched (docs/ocr.md).
 * - **native psm 4 / psm 6**: `OMP_THREAD_LIMIT=1 tesseract <png> stdout -l <after's set> --oem 1
 *   --psm N`, one process per image (it loads its models every time; that is part of its time).
 *
 * Images: fixtures/screens, fixtures/ocr-scripts (rendered by bench/render-script-pages.ts) and,
 * when `npm run corpus` has run, the corpus's report part. CER = Levenshtein distance / reference
 * length after NFKC and removing whitespace (bench/support/cer.ts); per script, total edits /
 * total reference characters. Wall time depends on the machine's load (printed first); CPU time
 * (all threads of the process) much less so.
 *
 * It prints figures and asserts nothing about them.
 */
import { characterErrorRate } from "./support/cer";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import {
  BEFORE_SETTINGS,
  createPool,
  nativeVersion,
  OCR_SETTINGS,
  type OcrRun,
  runNative,
  runOurs,
  warmPool,
} from "./support/ocr";
import { type OcrSample, ocrSamples, SCRIPTS } from "./support/ocr-samples";
import { median, ms, pct } from "./support/stats";
import { type Column, formatTable } from "./support/table";

const ENGINES = ["before", "after", "native psm 4", "native psm 6"] as const;
type Engine = (typeof ENGINES)[number];

interface Measured {
  ms: number;
  cpuMs: number;
  distance: number;
  length: number;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isFinite(value) ? value : fallback;
}

function measure(reference: string, runs: OcrRun[]): Measured {
  const first = runs[0];
  if (!first) throw new Error("no run");
  const cer = characterErrorRate(reference, first.text);
  return {
    ms: median(runs.map((run) => run.ms)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    distance: cer.distance,
    length: cer.length,
  };
}

async function main(): Promise<void> {
  const runs = option("--runs", 1);
  const perLocale = option("--corpus", 3);
  const withNative = !process.argv.includes("--no-native") && nativeVersion() !== null;
  const engines = ENGINES.filter((engine) => withNative || !engine.startsWith("native"));
  console.log("## OCR per script: before (jpn+eng always) vs. after (languages chosen per image)\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `Pools of ${OCR_SETTINGS.workers} workers, ${OCR_SETTINGS.langPath}; before: ${BEFORE_SETTINGS.langs}, ` +
      `after: chosen among ${OCR_SETTINGS.langs}. Native: ${nativeVersion() ?? "not installed"}. Median of ${runs} run(s).\n`,
  );

  const samples = ocrSamples(perLocale);
  const before = createPool(BEFORE_SETTINGS.langs);
  const after = createPool();
  const results = new Map<string, Partial<Record<Engine, Measured>> & { langs?: string }>();
  try {
    const warm = performance.now();
    await warmPool(before, BEFORE_SETTINGS);
    await warmPool(after);
    // The Korean and Chinese sets start on first use; start them here, untimed, as a running app would have.
    for (const sample of samples.filter((s) => s.source === "script pages").slice(0, 6)) {
      await runOurs(after, sample.png);
    }
    console.log(`(pools started and warmed in ${ms(performance.now() - warm)} ms, not counted)\n`);

    for (const sample of samples) {
      const row: Partial<Record<Engine, Measured>> & { langs?: string } = {};
      const collected: Record<Engine, OcrRun[]> = {
        before: [],
        after: [],
        "native psm 4": [],
        "native psm 6": [],
      };
      try {
        for (let i = 0; i < runs; i++) {
          collected.before.push(await runOurs(before, sample.png, BEFORE_SETTINGS));
          const ours = await runOurs(after, sample.png);
          row.langs = ours.result.languages;
          collected.after.push(ours);
          if (withNative) {
            const langs = row.langs ?? OCR_SETTINGS.langs;
            collected["native psm 4"].push(await runNative(sample.pngPath, 4, langs));
            collected["native psm 6"].push(await runNative(sample.pngPath, 6, langs));
          }
        }
      } catch (error) {
        process.stderr.write(`  ${sample.name}: skipped, ${(error as Error).message}\n`);
        continue;
      }
      for (const engine of engines) row[engine] = measure(sample.reference, collected[engine]);
      results.set(sample.name, row);
      process.stderr.write(
        `  ${sample.name} (${row.langs}): ${engines.map((e) => `${e} ${pct(cerOf(row[e]))}`).join(", ")}\n`,
      );
    }
  } finally {
    await Promise.allSettled([before.close(), after.close()]);
  }

  printPerImage(samples, results, engines);
  printPerScript(samples, results, engines);
}

function cerOf(measured: Measured | undefined): number {
  return measured ? measured.distance / measured.length : Number.NaN;
}

function printPerImage(
  samples: OcrSample[],
  results: Map<string, Partial<Record<Engine, Measured>> & { langs?: string }>,
  engines: readonly Engine[],
): void {
  const columns: Column[] = [
    { header: "image" },
    { header: "script" },
    { header: "chosen" },
    ...engines.map((engine) => ({ header: `${engine} CER`, align: "right" as const })),
    { header: "before ms", align: "right" },
    { header: "after ms", align: "right" },
    { header: "before CPU", align: "right" },
    { header: "after CPU", align: "right" },
  ];
  const rows = samples
    .filter((sample) => results.has(sample.name))
    .map((sample) => {
      const row = results.get(sample.name) ?? {};
      return [
        sample.name,
        sample.script,
        row.langs ?? "–",
        ...engines.map((engine) => pct(cerOf(row[engine]))),
        ms(row.before?.ms ?? Number.NaN),
        ms(row.after?.ms ?? Number.NaN),
        ms(row.before?.cpuMs ?? Number.NaN),
        ms(row.after?.cpuMs ?? Number.NaN),
      ];
    });
  console.log(formatTable(columns, rows));
  console.log();
}

function printPerScript(
  samples: OcrSample[],
  results: Map<string, Partial<Record<Engine, Measured>> & { langs?: string }>,
  engines: readonly Engine[],
): void {
  const columns: Column[] = [
    { header: "script" },
    { header: "images", align: "right" },
    ...engines.map((engine) => ({ header: `${engine} CER`, align: "right" as const })),
    ...engines.map((engine) => ({ header: `${engine} ms/image`, align: "right" as const })),
    { header: "before CPU ms/image", align: "right" },
    { header: "after CPU ms/image", align: "right" },
  ];
  const rows = SCRIPTS.map((script) => {
    const measured = samples
      .filter((s) => s.script === script && results.has(s.name))
      .map((s) => results.get(s.name) ?? {});
    const total = (engine: Engine, pick: (m: Measured) => number) =>
      measured.reduce((sum, row) => sum + (row[engine] ? pick(row[engine]) : 0), 0);
    const n = measured.length;
    return [
      script,
      String(n),
      ...engines.map((engine) => pct(total(engine, (m) => m.distance) / total(engine, (m) => m.length))),
      ...engines.map((engine) => ms(total(engine, (m) => m.ms) / n)),
      ms(total("before", (m) => m.cpuMs) / n),
      ms(total("after", (m) => m.cpuMs) / n),
    ];
  });
  console.log(formatTable(columns, rows));
  console.log(
    "\nCER per script = total edits / total reference characters over its images. Times are per image" +
      "\n(wall: median of the runs, mean over the images; CPU: user + system of every thread of the" +
      "\nprocess for ours, of the tesseract process for native).",
  );
}

runMain(main);
