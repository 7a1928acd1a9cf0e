import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import { applyPostgresMigrations } from "@/lib/db/migrate-postgres";
import { receipt } from "@/lib/export/export-samples.testing";
import type { JobResult } from "@/lib/extract/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HASH_HEX_LENGTH } from "@/lib/images/perceptual-hash";
import { dismissDuplicate, mergeDuplicate } from "@/lib/jobs/duplicates-resolve";
import { JobStore } from "@/lib/jobs/job-store";
import { createTestDatabase } from "@/lib/testing/postgres";
import { openTestSqlite } from "@/lib/testing/sqlite";

const HASH = "0".repeat(HASH_HEX_LENGTH);
/** 8 bits away from HASH: a re-encoded copy. */
const NEAR = `ff${"0".repeat(HASH_HEX_LENGTH - 2)}`;
/** 120 bits away: another screenshot. */
const FAR = `${"f".repeat(30)}${"0".repeat(HASH_HEX_LENGTH - 30)}`;

/** A fresh migrated database per test, and how to throw it away. */
interface Opened {
  db: PrismaClient;
  store: JobStore;
  close: () => Promise<void>;
}

async function openSqlite(): Promise<Opened> {
  const { db, close } = openTestSqlite("dupes");
  return { db, store: new JobStore(db), close };
}

async function openPostgres(): Promise<Opened> {
  const database = await createTestDatabase();
  await applyPostgresMigrations({ url: database.url, migrationsDir: "prisma/postgresql/migrations" });
  const db = createClient(database.url);
  return {
    db,
    store: new JobStore(db, { insensitiveSearch: true }),
    close: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}

describe.each([
  ["SQLite", openSqlite],
  ["PostgreSQL", openPostgres],
])("duplicates in the job store (%s)", (_name, open) => {
  let opened: Opened;
  let db: PrismaClient;
  let store: JobStore;
  const removed: string[] = [];
  const images = { remove: async (key: string) => void removed.push(key) };

  beforeEach(async () => {
    opened = await open();
    ({ db, store } = opened);
    for (const id of ["alice", "bob"]) await db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
    removed.length = 0;
  });
  afterEach(async () => {
    await opened?.close();
  });

  const upload = async (id: string, userId: string, imageHash: string | null) => {
    await store.create(
      {
        id,
        userId,
        fileName: `${id}.png`,
        mimeType: "image/png",
        width: 1,
        height: 1,
        byteSize: 1,
        imageKey: `key-${id}`,
        extractor: "local",
        kind: null,
        allowImage: false,
        customFields: null,
        imageHash,
      },
      { startedAt: new Date(), finishedAt: new Date(), summary: "" },
    );
    return store.duplicates.markSameImage(id);
  };

  it("flags the same image of the same user, pointing at the first upload", async () => {
    expect(await upload("first", "alice", HASH)).toBeNull();
    expect(await upload("other", "alice", FAR)).toBeNull();
    const second = await upload("second", "alice", NEAR);
    expect(second).toMatchObject({ jobId: "first", reason: "same_image", fileName: "first.png" });
    expect(await upload("third", "alice", HASH)).toMatchObject({ jobId: "first" });
    expect((await store.snapshot("second"))?.duplicateOf).toEqual(second);
    expect((await store.snapshot("first"))?.duplicateOf).toBeNull();
    const listed = await store.list(10, undefined, "alice");
    expect(listed.find((job) => job.id === "third")?.duplicateOf?.jobId).toBe("first");
  });

  it("never flags another user's identical image, nor a job without a hash", async () => {
    await upload("alices", "alice", HASH);
    expect(await upload("bobs", "bob", HASH)).toBeNull();
    expect(await upload("unhashed", "alice", null)).toBeNull();
  });

  it("keeps a dismissed job unflagged, also after it succeeds with the same payment", async () => {
    await upload("first", "alice", HASH);
    await upload("second", "alice", NEAR);
    const kept = await dismissDuplicate({ store, images }, "second");
    expect(kept.duplicateOf).toBeNull();
    await store.succeed("first", receipt);
    await store.succeed("second", receipt);
    expect(await store.duplicates.markSameImage("second")).toBeNull();
    expect((await store.snapshot("second"))?.duplicateOf).toBeNull();
    await expect(dismissDuplicate({ store, images }, "second")).rejects.toMatchObject({ status: 409 });
  });

  it("flags the same receipt read from two different images once the second succeeds", async () => {
    await upload("paper", "alice", HASH);
    await upload("app", "alice", FAR);
    await upload("bobs", "bob", FAR);
    await store.succeed("paper", receipt);
    await store.succeed("bobs", receipt);
    expect((await store.snapshot("bobs"))?.duplicateOf).toBeNull();
    const renamed = withMerchant(receipt, "CAFE BLUE TOKYO");
    await store.succeed("app", renamed);
    expect((await store.snapshot("app"))?.duplicateOf).toMatchObject({ jobId: "paper", reason: "same_transaction" });
    expect((await store.snapshot("paper"))?.duplicateOf).toBeNull();
  });

  it("does not flag a receipt of another shop with the same total and date", async () => {
    await upload("one", "alice", HASH);
    await upload("two", "alice", FAR);
    await store.succeed("one", receipt);
    await store.succeed("two", withMerchant(receipt, "Lawson"));
    expect((await store.snapshot("two"))?.duplicateOf).toBeNull();
  });

  it("merges: the original takes the repeat's corrections and acceptance, the repeat is gone", async () => {
    await upload("first", "alice", HASH);
    await upload("second", "alice", NEAR);
    await store.succeed("first", receipt);
    await store.succeed("second", receipt);
    await store.correct("first", "total", 1300, receipt);
    await store.correct("second", "total", 1999, receipt);
    await store.correct("second", "merchant", "Cafe Blue", receipt);
    await store.accept("second");
    const merged = await mergeDuplicate({ store, images }, "second");
    expect(merged.id).toBe("first");
    expect(merged.corrections.total?.value).toBe(1300);
    expect(merged.corrections.merchant?.value).toBe("Cafe Blue");
    expect(merged.acceptedAt).not.toBeNull();
    expect(merged.summary.merchant).toBe("Cafe Blue");
    expect(await store.exists("second")).toBe(false);
    expect(removed).toEqual(["key-second"]);
    await expect(mergeDuplicate({ store, images }, "first")).rejects.toMatchObject({ status: 409 });
    await expect(mergeDuplicate({ store, images }, "second")).rejects.toMatchObject({ status: 404 });
  });

  it("refuses to merge a repeat that is still running", async () => {
    await upload("first", "alice", HASH);
    await upload("second", "alice", NEAR);
    await expect(mergeDuplicate({ store, images }, "second")).rejects.toMatchObject({ code: "job_running" });
  });

  it("lets a repeat stand alone when its original is deleted", async () => {
    await upload("first", "alice", HASH);
    await upload("second", "alice", NEAR);
    await store.succeed("first", receipt);
    await store.delete("first");
    expect((await store.snapshot("second"))?.duplicateOf).toBeNull();
  });
});

function withMerchant(result: JobResult, merchant: string): JobResult {
  if (result.document.kind !== "receipt") throw new Error("a receipt expected");
  return {
    ...result,
    document: { ...result.document, merchant: { ...result.document.merchant, value: merchant, text: merchant } },
  };
}
