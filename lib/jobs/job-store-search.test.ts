import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { JobStore } from "@/lib/jobs/job-store";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { openTestSqlite, type TestSqlite } from "@/lib/testing/sqlite";

const FILES = ["100%.png", "a_b.png", "axb.png", "back\\slash.png", "plain.png", "Receipt.PNG"];

async function seed(store: JobStore, db: PrismaClient) {
  // Two users: the first half of the files is Alice's, the rest Bob's.
  for (const id of ["alice", "bob"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  for (const [index, fileName] of FILES.entries()) {
    await store.create(
      {
        id: `job-${index}`,
        userId: index < FILES.length / 2 ? "alice" : "bob",
        fileName,
        mimeType: "image/png",
        width: 1,
        height: 1,
        byteSize: 1,
        imageKey: `key-${index}`,
        extractor: "local",
        kind: null,
        allowImage: false,
        customFields: null,
      },
      { startedAt: new Date(), finishedAt: new Date(), summary: "" },
    );
  }
}

const names = async (store: JobStore, query: string) => (await store.list(50, query)).map((job) => job.fileName).sort();

/** The same search contract on both databases. */
function searchContract(open: () => { store: JobStore; db: PrismaClient }) {
  it("takes % and _ literally, not as LIKE wildcards", async () => {
    const { store } = open();
    expect(await names(store, "%")).toEqual(["100%.png"]);
    expect(await names(store, "_")).toEqual(["a_b.png"]);
    expect(await names(store, "a_b")).toEqual(["a_b.png"]);
  });

  it("takes a backslash literally too", async () => {
    const { store } = open();
    expect(await names(store, "\\")).toEqual(["back\\slash.png"]);
    expect(await names(store, "\\%")).toEqual([]);
  });

  it("still finds parts of names, ignoring case", async () => {
    const { store } = open();
    expect(await names(store, "receipt")).toEqual(["Receipt.PNG"]);
    expect(await names(store, ".png")).toHaveLength(FILES.length);
  });

  it("still finds an amount equal to the total, and honours the limit", async () => {
    const { store, db } = open();
    await db.job.update({ where: { id: "job-4" }, data: { total: 1280 } });
    expect(await names(store, "¥1,280")).toEqual(["plain.png"]);
    expect(await store.list(2, "png")).toHaveLength(2);
  });

  it("lists and searches only the given user's jobs", async () => {
    const { store } = open();
    const of = async (userId: string, query?: string) =>
      (await store.list(50, query, userId)).map((job) => job.fileName).sort();
    expect(await of("alice")).toEqual(["100%.png", "a_b.png", "axb.png"]);
    expect(await of("bob", "png")).toEqual(["Receipt.PNG", "back\\slash.png", "plain.png"].sort());
    expect(await of("alice", "receipt")).toEqual([]);
    expect(await store.ownerOf("job-5")).toBe("bob");
    expect(await store.ownerOf("missing")).toBeUndefined();
  });
}

describe("JobStore.list search on SQLite", () => {
  let sqlite: TestSqlite;
  let db: PrismaClient;
  let store: JobStore;
  beforeAll(async () => {
    sqlite = openTestSqlite("search");
    db = sqlite.db;
    store = new JobStore(db);
    await seed(store, db);
  });
  afterAll(() => sqlite?.close());
  searchContract(() => ({ store, db }));
});

describe("JobStore.list search on PostgreSQL", () => {
  let database: TestDatabase;
  let db: PrismaClient;
  let store: JobStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    await applyPostgresMigrations({ url: database.url, migrationsDir: "prisma/postgresql/migrations" });
    db = createClient(database.url);
    store = new JobStore(db, { insensitiveSearch: true });
    await seed(store, db);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });
  searchContract(() => ({ store, db }));
});
