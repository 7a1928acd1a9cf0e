/**
 * Writes a few stitch cases to fixtures/stitch/<name>/ (page-1.png … and truth.json) for the API
 * and browser tests. From the corpus's TUNE part only (docs/corpus.md): the report part stays
 * unseen.
 *
 *   npx tsx scripts/stitch/write-fixtures.ts            # 2 cases
 *   npx tsx scripts/stitch/write-fixtures.ts --count 4
 */
import fs from "node:fs";
import path from "node:path";
import { loadScreenCorpus } from "@/bench/support/screen-corpus";
import { cutCase, SCROLLED_DESIGNS } from "@/scripts/stitch/cut-list";

const OUT = path.join(process.cwd(), "fixtures", "stitch");

async function main(): Promise<void> {
  const at = process.argv.indexOf("--count");
  const count = at > 0 ? Number(process.argv[at + 1]) : 2;
  const items = loadScreenCorpus("tune")
    .filter((item) => (SCROLLED_DESIGNS as readonly string[]).includes(item.design))
    .filter((item) => item.locale.startsWith("en") || item.locale.startsWith("ja"))
    .slice(0, count);
  for (const item of items) {
    const stitchCase = await cutCase(item);
    const dir = path.join(OUT, item.name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [index, page] of stitchCase.pages.entries())
      fs.writeFileSync(path.join(dir, `page-${index + 1}.png`), page);
    const truth = {
      source: item.name,
      capturedAt: stitchCase.capturedAt.toISOString(),
      windows: stitchCase.windows,
      ...stitchCase.truth,
    };
    fs.writeFileSync(path.join(dir, "truth.json"), `${JSON.stringify(truth, null, 2)}\n`);
    console.log(`${dir}: ${stitchCase.pages.length} pages, ${truth.rows.length} rows`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
