/**
 * The local extractor's field accuracy on the two corpora, per part: the randomized screenshot
 * corpus (bench/support/screen-corpus.ts, scored with lib/extract/local/score.ts like the
 * fixtures) and the SROIE receipts (bench/support/sroie.ts, its four labelled fields). Only
 * cached OCR is used: documents whose OCR is missing or stale are counted and left out (run
 * `npm run corpus:ocr` and `npm run bench:receipts` to read them).
 */
import { extractDocument } from "@/lib/extract/local/local-extractor";
import { scoreDocument } from "@/lib/extract/local/score";
import { loadScreenCorpus } from "./screen-corpus";
import {
  cachedOcr,
  loadSroie,
  ocrFingerprint,
  SROIE_FIELDS,
  SROIE_REFERENCE_DATE,
  type SroiePart,
  scoreSroie,
} from "./sroie";
import { pct } from "./stats";
import { type Column, formatTable } from "./table";

interface PartFigures {
  corpus: string;
  part: SroiePart;
  documents: number;
  withOcr: number;
  fields: number;
  correct: number;
  /** Per field name, right of scored. */
  perField: string;
}

async function screenFigures(part: SroiePart): Promise<PartFigures> {
  const items = loadScreenCorpus(part);
  let withOcr = 0;
  let fields = 0;
  let correct = 0;
  const kinds = new Map<string, [number, number]>();
  for (const item of items) {
    const ocr = await item.ocr().catch(() => null);
    if (!ocr) continue;
    withOcr++;
    const score = scoreDocument(item.truth, extractDocument(ocr, { now: item.capturedAt }));
    fields += score.fields;
    correct += score.correct;
    const entry = kinds.get(item.truth.kind) ?? [0, 0];
    kinds.set(item.truth.kind, [entry[0] + score.correct, entry[1] + score.fields]);
  }
  const perField = [...kinds].map(([kind, [c, f]]) => `${kind} ${c}/${f}`).join(", ");
  return { corpus: "screens", part, documents: items.length, withOcr, fields, correct, perField };
}

function sroieFigures(part: SroiePart): PartFigures {
  const receipts = loadSroie(part);
  const fingerprint = ocrFingerprint();
  const right = new Map<string, number>(SROIE_FIELDS.map((f) => [f, 0]));
  let withOcr = 0;
  for (const receipt of receipts) {
    const ocr = cachedOcr(receipt, fingerprint);
    if (!ocr) continue;
    withOcr++;
    const score = scoreSroie(receipt, ocr, SROIE_REFERENCE_DATE);
    for (const field of SROIE_FIELDS) if (score.right[field]) right.set(field, (right.get(field) ?? 0) + 1);
  }
  const correct = [...right.values()].reduce((a, b) => a + b, 0);
  const perField = SROIE_FIELDS.map((f) => `${f} ${right.get(f)}/${withOcr}`).join(", ");
  return { corpus: "SROIE", part, documents: receipts.length, withOcr, fields: withOcr * 4, correct, perField };
}

/** Prints the local extractor's accuracy on both corpora and both parts (our cached OCR). */
export async function printCorpusFieldAccuracy(): Promise<void> {
  const figures: PartFigures[] = [];
  for (const part of ["tune", "report"] as const) {
    try {
      figures.push(await screenFigures(part));
    } catch (error) {
      console.log(`(screens corpus, ${part}: ${error instanceof Error ? error.message : String(error)})`);
    }
    try {
      figures.push(sroieFigures(part));
    } catch (error) {
      console.log(`(SROIE, ${part}: ${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const columns: Column[] = [
    { header: "corpus" },
    { header: "part" },
    { header: "documents with OCR", align: "right" },
    { header: "local: fields right", align: "right" },
    { header: "by kind / field" },
  ];
  const rows = figures.map((f) => [
    f.corpus,
    f.part,
    `${f.withOcr}/${f.documents}`,
    f.fields === 0 ? "–" : `${pct(f.correct / f.fields)} (${f.correct}/${f.fields})`,
    f.perField,
  ]);
  console.log("\n### Local extractor on the corpora (our cached OCR; tune part tuned on, report part not)\n");
  console.log(formatTable(columns, rows));
}
