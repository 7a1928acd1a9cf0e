/**
 * The PostgreSQL schema is derived from prisma/schema.prisma (the one source of truth): same
 * models, another provider and client output. Prisma's generated client is specific to its
 * provider, so the app carries one client per database (docs/migrations.md).
 * Run directly to rewrite prisma/postgresql/schema.prisma; setup runs it before generating.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma", "postgresql", "schema.prisma");

export function derivePostgresSchema(sqliteSchema) {
  const derived = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/generated/prisma"', 'output       = "../../lib/generated/prisma-postgresql"');
  return `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: edit that file instead.\n${derived}`;
}

export function writePostgresSchema() {
  const want = derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (current !== want) {
    fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
    fs.writeFileSync(POSTGRES_SCHEMA, want);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) writePostgresSchema();
