import { defineConfig } from "prisma/config";

// One config for both databases: DATABASE_URL picks the schema and its migrations folder, so
// `prisma migrate deploy` on a machine with Prisma's engines applies the same migrations that
// scripts/migrate.ts applies offline here (docs/migrations.md).
const url = process.env.DATABASE_URL ?? "file:./data/sukusho.db";
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url },
});
