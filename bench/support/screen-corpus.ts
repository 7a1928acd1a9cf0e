/**
 * The randomized screenshot corpus (corpus/, written by `npm run corpus`, see docs/corpus.md) as
 * benchmarks and tuning scripts read it. Tune on `loadScreenCorpus("tune")`; report figures on
 * `loadScreenCorpus("report")` only.
 */
import fs from "node:fs";
import path from "node:path";
import type { OcrResult } from "@/lib/ocr/types";
import { corpusTruthSchema, manifestSchema, type Part } from "@/scripts/corpus/corpus-truth";
import type { LocaleId } from "@/scripts/corpus/locales";
import { CORPUS_ROOT, readOcrCache } from "@/scripts/corpus/ocr-cache";
import type { TruthDocument } from "@/scripts/fixtures/truth-schema";

export interface ScreenCorpusItem {
  name: string;
  design: string;
  locale: LocaleId;
  part: Part;
  /** The upload time to hand the extractor: relative and year-less dates resolve against it. */
  capturedAt: Date;
  /**
   * The capture's wall-clock time in the phone's own time zone, as a Date whose UTC fields hold
   * it. The server resolves relative dates (`Yesterday`, `9h ago`) in UTC; the corpus's truth is
   * the user's local calendar, which the server would only know if the page sent its time zone.
   * The bench hands this to the extractor to measure the rules, not the missing time zone.
   */
  wallClock: Date;
  pngPath: string;
  /** Read on first access. */
  readonly png: Buffer;
  truth: TruthDocument;
  /** The cached OCR of the PNG (`npm run corpus:ocr`); throws when it is missing or stale. */
  ocr(): Promise<OcrResult>;
}

const SCREENS = path.join(CORPUS_ROOT, "screens");
const MANIFEST = path.join(CORPUS_ROOT, "manifest.json");

/** Every sample of the corpus, or those of one part, in manifest order. */
export function loadScreenCorpus(part?: Part): ScreenCorpusItem[] {
  if (!fs.existsSync(MANIFEST)) {
    throw new Error(
      `The screenshot corpus is missing (${path.relative(process.cwd(), MANIFEST)}): run \`npm run corpus\`.`,
    );
  }
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(MANIFEST, "utf8")));
  return manifest.samples
    .filter((s) => part === undefined || s.part === part)
    .map((s) => {
      const base = path.join(SCREENS, s.name);
      if (!fs.existsSync(`${base}.truth.json`)) {
        throw new Error(`${s.name} is in the manifest but not in corpus/screens: run \`npm run corpus\` again.`);
      }
      const truth = corpusTruthSchema.parse(JSON.parse(fs.readFileSync(`${base}.truth.json`, "utf8")));
      let png: Buffer | undefined;
      const item: ScreenCorpusItem = {
        name: s.name,
        design: s.design,
        locale: s.locale,
        part: s.part,
        capturedAt: new Date(s.capturedAt),
        wallClock: new Date(`${s.capturedAt.slice(0, 19)}Z`),
        pngPath: `${base}.png`,
        get png() {
          png ??= fs.readFileSync(`${base}.png`);
          return png;
        },
        truth: truth.document,
        async ocr() {
          const result = readOcrCache(s.name, item.png);
          if (!result) throw new Error(`No up-to-date OCR for ${s.name}: run \`npm run corpus:ocr\`.`);
          return result;
        },
      };
      return item;
    });
}

/**
 * Up to `perLocale` screenshots per locale of the tuning part that have their text truth
 * (`<name>.text.txt`), for OCR benches; none when the corpus has not been generated.
 */
export function tuneScreensWithText(perLocale: number): Array<{ name: string; png: Buffer; reference: string }> {
  let items: ReturnType<typeof loadScreenCorpus>;
  try {
    items = loadScreenCorpus("tune");
  } catch {
    return [];
  }
  const taken = new Map<string, number>();
  const out: Array<{ name: string; png: Buffer; reference: string }> = [];
  for (const item of items) {
    const textPath = item.pngPath.replace(/\.png$/, ".text.txt");
    if ((taken.get(item.locale) ?? 0) >= perLocale || !fs.existsSync(textPath) || !fs.existsSync(item.pngPath))
      continue;
    taken.set(item.locale, (taken.get(item.locale) ?? 0) + 1);
    out.push({ name: item.name, png: item.png, reference: fs.readFileSync(textPath, "utf8") });
  }
  return out;
}
