/**
 * Writes the committed OpenAPI document: `npx tsx lib/openapi/write-document.ts`.
 * With `--check` it writes nothing and exits 1 when `openapi/openapi.json` is out of date.
 * The JSON goes through Biome's formatter, so `npm run lint` accepts the file as written.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";

const root = path.resolve(import.meta.dirname, "..", "..");
export const documentPath = path.join(root, "openapi", "openapi.json");

function format(json: string): string {
  const biome = path.join(root, "node_modules", "@biomejs", "biome", "bin", "biome");
  const result = spawnSync(process.execPath, [biome, "format", `--stdin-file-path=${documentPath}`], {
    cwd: root,
    input: json,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

const text = format(`${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
const relative = path.relative(root, documentPath);
if (process.argv.includes("--check")) {
  const current = fs.existsSync(documentPath) ? fs.readFileSync(documentPath, "utf8") : "";
  if (current !== text) {
    console.error(`${relative} is out of date: run npx tsx lib/openapi/write-document.ts`);
    process.exit(1);
  }
  console.log(`${relative} is up to date`);
} else {
  fs.mkdirSync(path.dirname(documentPath), { recursive: true });
  fs.writeFileSync(documentPath, text);
  console.log(`wrote ${relative}`);
}
