/** The screenshot fixtures (fixtures/screens) as the benchmarks read them. */
import fs from "node:fs";
import path from "node:path";
import { type FixtureName, fixtureNames } from "@/scripts/fixtures/names";
import { type Truth, truthSchema } from "@/scripts/fixtures/truth-schema";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const screensDir = path.join(root, "fixtures/screens");

export interface BenchFixture {
  name: FixtureName;
  pngPath: string;
  png: Buffer;
  truth: Truth;
}

/** Every fixture, in the order of scripts/fixtures/names.ts. */
export function allFixtures(): FixtureName[] {
  return [...fixtureNames];
}

export function loadFixture(name: FixtureName): BenchFixture {
  const pngPath = path.join(screensDir, `${name}.png`);
  const truth = truthSchema.parse(JSON.parse(fs.readFileSync(path.join(screensDir, `${name}.truth.json`), "utf8")));
  return { name, pngPath, png: fs.readFileSync(pngPath), truth };
}

/**
 * The reference transcription `<name>.text.txt` written by scripts/fixtures/generate.ts (the
 * page's innerText). Throws with the fix when it is missing.
 */
export function referenceText(name: FixtureName): string {
  const file = path.join(screensDir, `${name}.text.txt`);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(root, file)} is missing: run \`npx tsx scripts/fixtures/generate.ts\` to write it.`,
    );
  }
  return fs.readFileSync(file, "utf8");
}

/** "1170×2532, 164 KB" */
export function describeSize(fixture: BenchFixture): string {
  return `${fixture.truth.width}×${fixture.truth.height}, ${Math.round(fixture.png.length / 1024)} KB`;
}
