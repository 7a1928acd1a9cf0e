import fs from "node:fs";
import path from "node:path";
import { type Truth, truthSchema } from "../../../scripts/fixtures/truth-schema";

/** The repository's `fixtures/` directory. */
export const fixturesDir = path.resolve(import.meta.dirname, "..", "..", "..", "fixtures");

let cached: Truth[] | undefined;

/** Every `fixtures/screens/<name>.truth.json`, validated, sorted by name (read once). */
export function fixtureTruths(): Truth[] {
  cached ??= fs
    .readdirSync(path.join(fixturesDir, "screens"))
    .filter((file) => file.endsWith(".truth.json"))
    .sort()
    .map((file) => truthSchema.parse(JSON.parse(fs.readFileSync(path.join(fixturesDir, "screens", file), "utf8"))));
  return cached;
}

/** The truth of one fixture by name, e.g. `en-payment-light`. */
export function fixtureTruth(name: string): Truth {
  const truth = fixtureTruths().find((t) => t.name === name);
  if (!truth) throw new Error(`no fixture truth named ${name}`);
  return truth;
}

/** The recorded OCR text of one fixture (`fixtures/ocr/<name>.json`, field `text`). */
export function fixtureOcrText(name: string): string {
  const json: unknown = JSON.parse(fs.readFileSync(path.join(fixturesDir, "ocr", `${name}.json`), "utf8"));
  const text = typeof json === "object" && json !== null && "text" in json ? json.text : undefined;
  if (typeof text !== "string") throw new Error(`fixtures/ocr/${name}.json has no text`);
  return text;
}
