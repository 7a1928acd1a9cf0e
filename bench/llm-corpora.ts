import { sloppy, startFakeOpenAI, truthResponder } from "@/e2e/support/fake-openai";
import { env } from "@/lib/env";
import type { Extractor } from "@/lib/extract/extractor";
import { scoreDocument } from "@/lib/extract/local/score";
import type { ExtractedDocument } from "@/lib/extract/schema";
import { OcrFeed } from "@/lib/ocr/ocr-feed";
import type { OcrResult } from "@/lib/ocr/types";
import { verifyAgainstImage } from "@/lib/verify/verify-against-image";
import type { TruthDocument } from "@/scripts/fixtures/truth-schema";
import { benchLlmExtractor } from "./support/llm-extractor";
import { runMain } from "./support/main";
import { provenanceOf } from "./support/provenance";
import { loadScreenCorpus } from "./support/screen-corpus";
import {
  asStoredPng,
  cachedOcr,
  fieldMatches,
  labelDateIso,
  labelTotal,
  loadSroie,
  predictedFields,
  SROIE_FIELDS,
  type SroieReceipt,
} from "./support/sroie";
import { pct } from "./support/stats";
import { formatTable } from "./support/table";

const config = env();

/** A SROIE receipt's labels as the truth a perfect model answers with. */
function sroieTruth(receipt: SroieReceipt): TruthDocument {
  return {
    kind: "receipt",
    merchant: receipt.labels.company,
    address: receipt.labels.address,
    date: labelDateIso(receipt.labels.date) ?? "1970-01-01",
    time: null,
    subtotal: null,
    tax: null,
    rounding: null,
    total: labelTotal(receipt.labels.total) ?? 0,
    currency: "MYR",
    paymentMethod: null,
    reference: null,
    items: [],
  };
}

interface Outcome {
  correct: number;
  fields: number;
  /** Misses by field (`rows.*.amount`, `merchant`), tune part only: the report part is not looked into. */
  misses: Map<string, number>;
  /** Wrong values the document shows as seen. */
  wrongSeen: number;
  failed: number;
}

/**
 * One extraction as the app runs it. With `image` (the uploader allowed the model to see it),
 * the way the pipeline starts it beside OCR (`extractAsRead`: a screen-sized page goes to the
 * model at once, a taller one as text chunks); OCR has finished here, so the feed is whole.
 */
async function readWithModel(
  extractor: Extractor,
  ocr: OcrResult,
  now: Date,
  image?: Buffer,
): Promise<ExtractedDocument | null> {
  try {
    const common = { now, signal: AbortSignal.timeout(config.EXTRACT_TIMEOUT_MS), onProgress: () => {} };
    let document: ExtractedDocument;
    if (image && extractor.extractAsRead) {
      const feed = new OcrFeed();
      feed.finish(ocr);
      document = await extractor.extractAsRead({ ...common, feed, image });
    } else {
      document = await extractor.extract({ ...common, ocr });
    }
    return verifyAgainstImage(document, ocr, "llm", now).document;
  } catch (error) {
    process.stderr.write(`  extraction failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}

async function screens(
  extractor: Extractor,
  setTruth: (truth: TruthDocument) => void,
  part: "tune" | "report",
  withImage: boolean,
) {
  const outcome: Outcome = { correct: 0, fields: 0, misses: new Map(), wrongSeen: 0, failed: 0 };
  let missingOcr = 0;
  for (const item of loadScreenCorpus(part)) {
    const ocr = await item.ocr().catch(() => null);
    if (!ocr) {
      missingOcr++;
      continue;
    }
    setTruth(item.truth);
    const document = await readWithModel(extractor, ocr, item.wallClock, withImage ? item.png : undefined);
    const score = document
      ? scoreDocument(item.truth, document)
      : { ...scoreDocument(item.truth, { kind: "custom", fields: [] }), correct: 0 };
    outcome.correct += score.correct;
    outcome.fields += score.fields;
    if (part === "tune") {
      for (const miss of score.misses) {
        const field = miss.replace(/:.*/, "").replace(/\.\d+\./g, ".*.");
        outcome.misses.set(field, (outcome.misses.get(field) ?? 0) + 1);
      }
    }
    if (!document) outcome.failed++;
    else outcome.wrongSeen += provenanceOf(item.truth, document).filter((v) => v.seen && !v.correct).length;
  }
  if (missingOcr > 0)
    console.log(`(${missingOcr} ${part} screenshots have no up-to-date OCR: run \`npm run corpus:ocr\`.)`);
  return outcome;
}

async function sroie(
  extractor: Extractor,
  setTruth: (truth: TruthDocument) => void,
  part: "tune" | "report",
  withImage: boolean,
) {
  const outcome: Outcome = { correct: 0, fields: 0, misses: new Map(), wrongSeen: 0, failed: 0 };
  let missingOcr = 0;
  for (const receipt of loadSroie(part)) {
    const ocr = cachedOcr(receipt);
    if (!ocr) {
      missingOcr++;
      continue;
    }
    setTruth(sroieTruth(receipt));
    const document = await readWithModel(
      extractor,
      ocr,
      new Date(),
      withImage ? await asStoredPng(receipt.imagePath) : undefined,
    );
    outcome.fields += SROIE_FIELDS.length;
    if (document?.kind !== "receipt") {
      outcome.failed++;
      continue;
    }
    const predicted = predictedFields(document);
    for (const field of SROIE_FIELDS) {
      if (fieldMatches(field, predicted[field], receipt.labels[field])) outcome.correct++;
    }
  }
  if (missingOcr > 0)
    console.log(`(${missingOcr} ${part} receipts have no cached OCR yet: run \`npm run bench:receipts\`.)`);
  return outcome;
}

/**
 * How the model is asked: the OCR text alone, with the image as the uploader may allow, or the
 * text to a model without structured output (Ollama, vLLM, llama.cpp: `LLM_RESPONSE_FORMAT=text`),
 * which writes its JSON in a fence between sentences, with dates, times and amounts as it likes.
 */
const MODES = [
  { label: "text", vision: false, responseFormat: "json_schema", free: false },
  { label: "image", vision: true, responseFormat: "json_schema", free: false },
  { label: "text, free JSON", vision: false, responseFormat: "text", free: true },
] as const;

async function main(): Promise<void> {
  console.log("## The LLM path with a perfect model, on the development corpora\n");
  let current: TruthDocument | null = null;
  const fake = await startFakeOpenAI({ responder: truthResponder(() => current) });
  const setTruth = (truth: TruthDocument) => {
    current = truth;
  };
  const rows: string[][] = [];
  const tuneMisses = new Map<string, Map<string, number>>();
  try {
    for (const mode of MODES) {
      const perfect = truthResponder(() => current);
      fake.setResponder(mode.free ? sloppy(perfect) : perfect);
      const extractor = benchLlmExtractor(fake, config.LLM_CHUNK_LINES, {
        vision: mode.vision,
        responseFormat: mode.responseFormat,
      });
      for (const part of ["tune", "report"] as const) {
        const s = await screens(extractor, setTruth, part, mode.vision);
        if (part === "tune") tuneMisses.set(mode.label, s.misses);
        rows.push([
          `screens ${part}`,
          mode.label,
          `${s.correct}/${s.fields}`,
          pct(s.correct / s.fields),
          String(s.wrongSeen),
          String(s.failed),
        ]);
        const r = await sroie(extractor, setTruth, part, mode.vision);
        rows.push([
          `SROIE ${part}`,
          mode.label,
          `${r.correct}/${r.fields}`,
          pct(r.correct / Math.max(1, r.fields)),
          "–",
          String(r.failed),
        ]);
      }
    }
  } finally {
    await fake.close();
  }
  console.log(
    formatTable(
      [
        { header: "corpus" },
        { header: "model sees" },
        { header: "fields", align: "right" },
        { header: "%", align: "right" },
        { header: "wrong but seen", align: "right" },
        { header: "failed or wrong kind", align: "right" },
      ],
      rows,
    ),
  );
  for (const [mode, misses] of tuneMisses) {
    console.log(
      `\nScreens, tune part, ${mode}, misses by field: ${[...misses].map(([field, n]) => `${field} ${n}`).join(", ") || "none"}.`,
    );
  }
  console.log(
    "\nScreens: scoreDocument over every field of the truth (the kind included). SROIE: company, date, address" +
      "\nand total under the dataset README's normalisation. The model is perfect. Reading text, it can only give" +
      "\nthe list rows whose amounts the OCR text shows (rows.*): those misses are OCR's. With the image (the" +
      "\nuploader's consent, LLM_VISION), a screen-sized page goes to the model at once and it sees every row; a" +
      "\npage taller than a screen still goes as text chunks. Free JSON: the same answers, written as a model" +
      "\nwithout structured output writes them (`sloppy` in e2e/support/fake-openai). Any other miss is the pipeline's.",
  );
}

runMain(main);
