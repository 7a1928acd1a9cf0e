import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@/lib/db/client";
import { applySqliteMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface TestSqlite {
  db: PrismaClient;
  /** The temporary folder holding the database file; free for a test's other files (images). */
  dir: string;
  /** Disconnects and deletes the folder. */
  close: () => Promise<void>;
}

/** A migrated SQLite database in a fresh temporary folder, for tests that need a real store. */
export function openTestSqlite(prefix: string): TestSqlite {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sukusho-${prefix}-`));
  const file = path.join(dir, "db.sqlite");
  applySqliteMigrations({ file, migrationsDir: "prisma/migrations" });
  const db = createClient(`file:${file}`);
  return {
    db,
    dir,
    close: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
