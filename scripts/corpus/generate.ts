/**
 * Renders the randomized screenshot corpus with headless Chromium: for each planned sample,
 * `corpus/screens/<name>.png`, `<name>.truth.json` (corpus-truth.ts), `<name>.text.txt` (the
 * visible text in reading order, the OCR reference) and `<name>.html` (the page), then
 * `corpus/manifest.json`. Samples whose files exist from the same HTML are not rendered again.
 *
 *   npm run corpus                                  # seed 1, 306 samples (18 per design)
 *   npm run corpus -- --seed 7 --count 400
 *   npm run corpus -- --design qr-payment           # only that design's samples of the same corpus
 *
 * Deterministic for a seed: all randomness comes from prng.ts, system fonts only, no network.
 */
import { access, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/support/chromium";
import { readPngSize } from "../fixtures/png";
import { charBoxesToText, collectCharBoxes } from "../fixtures/visible-text";
import { type CorpusTruth, corpusTruthSchema, type Manifest, manifestSchema } from "./corpus-truth";
import { DEFAULT_COUNT, DEFAULT_SEED, planCorpus, type SamplePlan } from "./plan";
import { HELD_OUT_DESIGNS } from "./split";

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../corpus");
const SCREENS_DIR = path.join(CORPUS_DIR, "screens");
/** Two pages at a time: one per core. */
const CONCURRENCY = 2;

interface Args {
  seed: number;
  count: number;
  designs: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { seed: DEFAULT_SEED, count: DEFAULT_COUNT, designs: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === "--seed" || flag === "--count") {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} wants a non-negative integer, got ${value}`);
      if (flag === "--seed") args.seed = n;
      else args.count = n;
      i++;
    } else if (flag === "--design" && value) {
      args.designs.push(value);
      i++;
    } else {
      throw new Error(`unknown argument ${flag}; usage: generate.ts [--seed N] [--count N] [--design ID]...`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const plans = planCorpus(args.seed, args.count);
  const wanted = args.designs.length === 0 ? plans : plans.filter((s) => args.designs.includes(s.design.id));
  if (wanted.length === 0) throw new Error(`no samples of ${args.designs.join(", ")} among ${args.count}`);
  await mkdir(SCREENS_DIR, { recursive: true });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const truths = new Map<string, CorpusTruth>();
  try {
    let next = 0;
    const worker = async () => {
      // A browser context costs ~0.5 s to create and only its scale matters (designs set their own
      // colours and lang), so each worker keeps one page per device scale and resizes it.
      const pages = new Map<number, Page>();
      for (let i = next++; i < wanted.length; i = next++) {
        const plan = wanted[i] as SamplePlan;
        const done = await upToDate(plan);
        if (done) {
          truths.set(plan.name, done);
          continue;
        }
        let page = pages.get(plan.truth.scale);
        if (!page) {
          const context = await browser.newContext({
            viewport: plan.viewport,
            deviceScaleFactor: plan.truth.scale,
            timezoneId: "UTC",
            offline: true,
          });
          page = await context.newPage();
          pages.set(plan.truth.scale, page);
        }
        truths.set(plan.name, await render(page, plan));
        if (truths.size % 20 === 0) console.log(`${truths.size}/${wanted.length}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
  }

  if (args.designs.length === 0) {
    await removeStale(new Set(plans.map((p) => p.name)));
    const manifest: Manifest = manifestSchema.parse({
      seed: args.seed,
      count: args.count,
      heldOutDesigns: [...HELD_OUT_DESIGNS],
      samples: plans.map((p) => {
        const t = truths.get(p.name);
        if (!t) throw new Error(`${p.name} was not rendered`);
        const { document: _document, viewport: _viewport, seed: _seed, ...meta } = t;
        return meta;
      }),
    });
    await writeFile(path.join(CORPUS_DIR, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
    console.log(summarize(manifest));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${wanted.length} samples in ${seconds} s → ${path.relative(process.cwd(), SCREENS_DIR)}`);
}

/** Samples per design and per locale, split into tune and report. */
function summarize(manifest: Manifest): string {
  const table = (key: "design" | "locale") => {
    const counts = new Map<string, { tune: number; report: number }>();
    for (const s of manifest.samples) {
      const c = counts.get(s[key]) ?? { tune: 0, report: 0 };
      c[s.part]++;
      counts.set(s[key], c);
    }
    const rows = [...counts].sort(([a], [b]) => a.localeCompare(b));
    return [
      `| ${key} | tune | report |`,
      "| --- | ---: | ---: |",
      ...rows.map(([k, c]) => `| ${k} | ${c.tune} | ${c.report} |`),
    ].join("\n");
  };
  const tune = manifest.samples.filter((s) => s.part === "tune").length;
  return `${table("design")}\n\n${table("locale")}\n\n${tune} tune, ${manifest.samples.length - tune} report`;
}

/**
 * The sample's truth when its files are already there from the same HTML (rendering is
 * deterministic, so the PNG would come out byte for byte the same): reruns only render what
 * changed, and the OCR cache of everything else stays valid.
 */
async function upToDate(plan: SamplePlan): Promise<CorpusTruth | null> {
  const base = path.join(SCREENS_DIR, plan.name);
  try {
    const [html, truthText] = await Promise.all([
      readFile(`${base}.html`, "utf8"),
      readFile(`${base}.truth.json`, "utf8"),
    ]);
    await Promise.all([access(`${base}.png`), access(`${base}.text.txt`)]);
    if (html !== plan.html) return null;
    const truth = corpusTruthSchema.parse(JSON.parse(truthText));
    const planned = corpusTruthSchema.parse({ ...plan.truth, width: truth.width, height: truth.height });
    return JSON.stringify(truth) === JSON.stringify(planned) ? truth : null;
  } catch {
    return null;
  }
}

async function render(page: Page, plan: SamplePlan): Promise<CorpusTruth> {
  await page.setViewportSize(plan.viewport);
  await page.setContent(plan.html, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const png = await page.screenshot({ fullPage: true, type: "png", animations: "disabled", caret: "hide" });
  // Read after the screenshot, so that it cannot influence the pixels.
  const text = charBoxesToText(await page.evaluate(collectCharBoxes));
  const truth = corpusTruthSchema.parse({ ...plan.truth, ...readPngSize(png) });
  const base = path.join(SCREENS_DIR, plan.name);
  await writeFile(`${base}.png`, png);
  await writeFile(`${base}.truth.json`, `${JSON.stringify(truth, null, 2)}\n`);
  await writeFile(`${base}.text.txt`, text);
  // Last: its presence says the other three are complete (see upToDate).
  await writeFile(`${base}.html`, plan.html);
  return truth;
}

/** Files of samples no longer planned (a smaller --count, a changed design list). */
async function removeStale(keep: ReadonlySet<string>): Promise<void> {
  for (const file of await readdir(SCREENS_DIR)) {
    const name = file.replace(/\.(png|truth\.json|text\.txt|html)$/, "");
    if (!keep.has(name)) await rm(path.join(SCREENS_DIR, file));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
