/**
 * The images the OCR benchmark reads, each with its reference text and the script its page is
 * written in: the screenshot fixtures (English, Japanese), the rendered script pages (Korean,
 * Traditional Chinese, half-width katakana; bench/render-script-pages.ts) and, when it has been
 * generated, a sample of the corpus's report part per locale.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { allFixtures, loadFixture, referenceText, root } from "./fixtures";
import { loadScreenCorpus } from "./screen-corpus";
import { type PageScript, SCRIPT_PAGES } from "./script-pages";

export interface OcrSample {
  name: string;
  source: "fixtures" | "script pages" | "corpus";
  script: PageScript;
  pngPath: string;
  png: Buffer;
  reference: string;
}

export const SCRIPTS: PageScript[] = ["latin", "japanese", "korean", "chinese"];

const SCRIPT_OF_LOCALE: Record<string, PageScript> = { "ja-JP": "japanese", "ko-KR": "korean", "zh-TW": "chinese" };

function fixtureSamples(): OcrSample[] {
  return allFixtures().map((name) => {
    const fixture = loadFixture(name);
    return {
      name,
      source: "fixtures",
      script: name.startsWith("ja-") ? "japanese" : "latin",
      pngPath: fixture.pngPath,
      png: fixture.png,
      reference: referenceText(name),
    };
  });
}

function scriptPageSamples(): OcrSample[] {
  const dir = path.join(root, "fixtures/ocr-scripts");
  return SCRIPT_PAGES.map((page) => {
    const pngPath = path.join(dir, `${page.name}.png`);
    if (!fs.existsSync(pngPath))
      throw new Error(`${pngPath} is missing: run \`npx tsx bench/render-script-pages.ts\`.`);
    return {
      name: page.name,
      source: "script pages",
      script: page.script,
      pngPath,
      png: fs.readFileSync(pngPath),
      reference: fs.readFileSync(path.join(dir, `${page.name}.text.txt`), "utf8"),
    };
  });
}

/** Up to `perLocale` samples of each locale from the corpus's report part; none when it is absent. */
function corpusSamples(perLocale: number): OcrSample[] {
  let items: ReturnType<typeof loadScreenCorpus>;
  try {
    items = loadScreenCorpus("report");
  } catch (error) {
    console.error(`(corpus skipped: ${(error as Error).message})`);
    return [];
  }
  const taken = new Map<string, number>();
  const samples: OcrSample[] = [];
  for (const item of items) {
    const count = taken.get(item.locale) ?? 0;
    const textPath = item.pngPath.replace(/\.png$/, ".text.txt");
    if (count >= perLocale || !fs.existsSync(textPath)) continue;
    taken.set(item.locale, count + 1);
    // A copy, because the corpus may be regenerated while the benchmark runs.
    const copy = path.join(os.tmpdir(), `sukusho-bench-ocr-${item.name}.png`);
    fs.writeFileSync(copy, item.png);
    samples.push({
      name: item.name,
      source: "corpus",
      script: SCRIPT_OF_LOCALE[item.locale] ?? "latin",
      pngPath: copy,
      png: item.png,
      reference: fs.readFileSync(textPath, "utf8"),
    });
  }
  return samples;
}

export function ocrSamples(corpusPerLocale: number): OcrSample[] {
  return [...fixtureSamples(), ...scriptPageSamples(), ...corpusSamples(corpusPerLocale)];
}
