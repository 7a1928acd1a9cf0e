/**
 * The local extractor on the generated screenshot corpus (docs/corpus.md), per part, per design
 * and per locale, from the cached OCR of each screenshot (`npm run corpus && npm run corpus:ocr`).
 *
 *   npx tsx bench/screens.ts            # figures for both parts, misses for the tune part
 *   npx tsx bench/screens.ts --misses=0 # figures only
 *
 * Misses are printed for the TUNE part only: the report part is what the rules were never fitted
 * to, and looking at its misses would make it a second tuning set. Field accounting is
 * lib/extract/local/score.ts's scoreDocument (the kind counts as a field; a wrong kind loses
 * every field of the truth). Extraction runs as the app runs it: the upload time (the sample's
 * capture time) is the reference for relative and year-less dates.
 */
import { extractDocument } from "@/lib/extract/local/local-extractor";
import { type DocumentScore, scoreDocument } from "@/lib/extract/local/score";
import { runMain } from "./support/main";
import { loadScreenCorpus, type ScreenCorpusItem } from "./support/screen-corpus";
import { pct } from "./support/stats";
import { formatTable } from "./support/table";

interface Scored {
  item: ScreenCorpusItem;
  score: DocumentScore;
}

/** Correct over total fields of a set of scores. */
function accuracy(scores: Scored[]): { correct: number; fields: number } {
  return scores.reduce(
    (sum, { score }) => ({ correct: sum.correct + score.correct, fields: sum.fields + score.fields }),
    { correct: 0, fields: 0 },
  );
}

function groupBy(scores: Scored[], key: (item: ScreenCorpusItem) => string): Map<string, Scored[]> {
  const groups = new Map<string, Scored[]>();
  for (const scored of scores) {
    const name = key(scored.item);
    groups.set(name, [...(groups.get(name) ?? []), scored]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

function table(title: string, groups: Map<string, Scored[]>): string {
  const rows = [...groups].map(([name, scores]) => {
    const { correct, fields } = accuracy(scores);
    return [name, String(scores.length), `${correct}/${fields}`, pct(correct / fields)];
  });
  return formatTable(
    [
      { header: title },
      { header: "samples", align: "right" },
      { header: "fields", align: "right" },
      { header: "%", align: "right" },
    ],
    rows,
  );
}

/** Every sample of a part, extracted and scored. */
async function scoreScreens(part: "tune" | "report"): Promise<Scored[]> {
  const scored: Scored[] = [];
  let missingOcr = 0;
  for (const item of loadScreenCorpus(part)) {
    const ocr = await item.ocr().catch(() => null);
    if (!ocr) {
      missingOcr++;
      continue;
    }
    const document = extractDocument(ocr, { now: item.wallClock });
    scored.push({ item, score: scoreDocument(item.truth, document) });
  }
  if (missingOcr > 0)
    console.log(`(${missingOcr} ${part} screenshots skipped: no up-to-date OCR; run \`npm run corpus:ocr\`.)\n`);
  return scored;
}

async function main(): Promise<void> {
  const showMisses = !process.argv.includes("--misses=0");
  console.log("## Local extractor on the generated screenshot corpus\n");
  for (const part of ["tune", "report"] as const) {
    const scores = await scoreScreens(part);
    const { correct, fields } = accuracy(scores);
    console.log(
      `### ${part} part: ${scores.length} screenshots, ${correct}/${fields} fields = **${pct(correct / fields)}**\n`,
    );
    console.log(
      table(
        "design",
        groupBy(scores, (item) => item.design),
      ),
    );
    console.log();
    console.log(
      table(
        "locale",
        groupBy(scores, (item) => item.locale),
      ),
    );
    console.log();
    if (part === "tune" && showMisses) {
      console.log("#### Misses (tune part only)\n");
      for (const { item, score } of scores) {
        if (score.misses.length === 0) continue;
        console.log(`- ${item.name} (${score.correct}/${score.fields})`);
        for (const miss of score.misses) console.log(`  - ${miss}`);
      }
      console.log();
    }
  }
}

runMain(main);
