import fs from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module without types, run by setup before TypeScript exists.
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./postgres-schema.mjs";

describe("prisma/postgresql/schema.prisma", () => {
  it("is the SQLite schema with PostgreSQL's provider and client path, and nothing else", () => {
    const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");
    const derived = derivePostgresSchema(sqlite) as string;
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('provider = "sqlite"');
    const models = (schema: string) => schema.slice(schema.indexOf("/// One uploaded screenshot"));
    expect(models(derived)).toBe(models(sqlite));
  });
});
