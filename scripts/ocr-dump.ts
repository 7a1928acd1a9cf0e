/**
 * Writes the OCR result of each fixture screenshot to fixtures/ocr/<name>.json, the input of
 * the local extractor's fixture tests. Run after changing the OCR or the fixtures:
 *   npx tsx scripts/ocr-dump.ts [fixtures/screens/*.png]
 */
import fs from "node:fs";
import path from "node:path";
import { recognizeScreenshot } from "@/lib/ocr/recognize";
import { OcrPool } from "@/lib/ocr/worker-pool";

const screensDir = "fixtures/screens";
const outDir = "fixtures/ocr";

async function main() {
  const files = process.argv.slice(2);
  const images =
    files.length > 0
      ? files
      : fs
          .readdirSync(screensDir)
          .filter((f) => f.endsWith(".png"))
          .map((f) => path.join(screensDir, f));
  const pool = new OcrPool({
    size: 2,
    langs: process.env.OCR_LANGS ?? "jpn+eng",
    langPath: process.env.OCR_LANG_PATH ?? "/usr/share/tesseract-ocr/5/tessdata",
    timeoutMs: 120_000,
  });
  fs.mkdirSync(outDir, { recursive: true });
  try {
    for (const file of images) {
      const started = performance.now();
      const result = await recognizeScreenshot({ pool, image: fs.readFileSync(file), stripMinHeight: 1000 });
      const name = path.basename(file, ".png");
      fs.writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(result, null, 1)}\n`);
      console.log(`${name}: ${result.lines.length} lines, ${Math.round(performance.now() - started)} ms`);
    }
  } finally {
    await pool.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
