import { defineConfig } from "prisma/config";

// The CLI is used here for `prisma generate` only; migrations are applied by
// scripts/migrate.ts offline (docs/migrations.md). `prisma migrate deploy` on a machine with
// internet access reads the same folder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/sukusho.db" },
});
