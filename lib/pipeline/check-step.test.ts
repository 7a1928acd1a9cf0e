import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { ImageStore } from "@/lib/images/image-store";
import { beginRun } from "@/lib/jobs/begin-run";
import { claimCheck, readCheckState } from "@/lib/jobs/check-claim";
import { LocalEventBus } from "@/lib/jobs/event-bus";
import { EventLog } from "@/lib/jobs/event-log";
import { JobStore } from "@/lib/jobs/job-store";
import { recoverJobs } from "@/lib/jobs/recover-jobs";
import { submitJobs } from "@/lib/jobs/submit-jobs";
import { CHECK_STALE_MS, ensureChecked } from "@/lib/pipeline/check-step";
import type { Services } from "@/lib/services";
import { openTestSqlite } from "@/lib/testing/sqlite";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * A process's services on a fresh SQLite file and image folder, with a queue that opens a run
 * (as the real queues do) and leaves running it to the test: each test says who checks when.
 */
function freshServices(): { services: Services; imagesDir: string } {
  const { db, dir, close } = openTestSqlite("check");
  cleanups.push(close);
  const imagesDir = path.join(dir, "images");
  const services = {
    db,
    store: new JobStore(db),
    log: new EventLog(db, new LocalEventBus()),
    images: new ImageStore(imagesDir),
  } as unknown as Services;
  services.queue = {
    enqueue: async (jobId, options) => void (await beginRun(jobId, services, options?.resumedReason)),
    start: async () => {},
    stop: async () => {},
  };
  return { services, imagesDir };
}

/** A screenshot-like image: dark bars on white, placed by `seed`, so two seeds hash apart. */
function screenshot(seed: number): ReturnType<typeof sharp> {
  const bars = Array.from({ length: 12 }, (_, i) => {
    const width = 40 + ((seed * 37 + i * 53) % 180);
    return `<rect x="${10 + ((seed * 13 + i * 29) % 60)}" y="${20 + i * 38}" width="${width}" height="14" fill="#222"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="480"><rect width="300" height="480" fill="#fff"/>${bars}</svg>`;
  return sharp(Buffer.from(svg));
}

/** A phone photo as it arrives: JPEG, taken sideways (EXIF orientation 6), with its GPS position. */
async function photoWithGps(seed = 1): Promise<Buffer> {
  return screenshot(seed)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 2200/100" } })
    .toBuffer();
}

async function submit(services: Services, files: { name: string; bytes: Buffer }[]) {
  return submitJobs({
    userId: null,
    files: files.map(({ name, bytes }) => ({ fieldName: "file", fileName: name, declaredType: "", bytes })),
    extraction: { extractor: "local", kind: null, allowImage: false, customFields: null, timeZone: null },
    services,
  });
}

/**
 * An upload stored and queued as submitJobs does it, but with no process having taken its check
 * yet: the state a restart or another process finds.
 */
async function untakenUpload(services: Services, bytes: Buffer): Promise<string> {
  const id = crypto.randomUUID();
  const { width = 0, height = 0 } = await sharp(bytes).metadata();
  await services.store.create({
    id,
    userId: null,
    fileName: `${id}.png`,
    mimeType: "image/png",
    width,
    height,
    byteSize: bytes.length,
    imageKey: await services.images.saveUpload(bytes),
    extractor: "local",
    kind: null,
    allowImage: false,
    customFields: null,
  });
  await services.log.append(id, { type: "step.started", data: { step: "check" } });
  await services.queue.enqueue(id);
  return id;
}

/** Waits for the check the upload started in the background (the test's "process" runs it). */
async function settled(services: Services, jobId: string): Promise<boolean> {
  return ensureChecked(jobId, services);
}

const eventsOf = async (services: Services, jobId: string) =>
  (await services.log.read(jobId)).map((event) => ({ type: event.type, data: event.data as Record<string, unknown> }));

const stepEvents = async (services: Services, jobId: string) =>
  (await eventsOf(services, jobId))
    .filter((event) => event.type.startsWith("step.") || event.type === "job.done")
    .map((event) => `${event.type} ${String(event.data.step ?? event.data.status)}`);

describe("the upload", () => {
  it("answers from the header: a queued job, its sides as shown, its check started", async () => {
    const { services } = freshServices();
    const [job] = await submit(services, [{ name: "photo.jpg", bytes: await photoWithGps() }]);
    if (!job) throw new Error("no job");
    expect(job).toMatchObject({ status: "queued", duplicateOf: null });
    const stored = await services.store.find(job.id);
    // Orientation 6: the 300×480 pixels are shown (and read) as 480×300.
    expect(stored).toMatchObject({ mimeType: "image/jpeg", width: 480, height: 300, status: "queued" });
    const received = (await eventsOf(services, job.id)).slice(0, 2);
    expect(received.map((event) => event.type)).toEqual(["job.received", "step.started"]);
    expect(received[0]?.data).toMatchObject({ width: 480, height: 300, mimeType: "image/jpeg" });
    await settled(services, job.id);
  });

  it("refuses the whole request when one file fails a header check, and stores nothing", async () => {
    const { services, imagesDir } = freshServices();
    const good = await screenshot(1).png().toBuffer();
    await expect(
      submit(services, [
        { name: "good.png", bytes: good },
        { name: "notes.png", bytes: Buffer.from("not an image") },
      ]),
    ).rejects.toMatchObject({ code: "unsupported_type", status: 415 });
    expect(await services.db.job.count()).toBe(0);
    expect(fs.existsSync(imagesDir) ? fs.readdirSync(imagesDir) : []).toEqual([]);
  });
});

describe("the check step", () => {
  it("replaces the upload with a clean PNG: orientation applied, EXIF and GPS gone", async () => {
    const { services, imagesDir } = freshServices();
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const [job] = await submit(services, [{ name: "photo.jpg", bytes: photo }]);
    if (!job) throw new Error("no job");
    expect(await settled(services, job.id)).toBe(true);

    const stored = await services.store.find(job.id);
    expect(stored?.imageKey).toMatch(/^[0-9a-f]{32}\.png$/);
    expect(stored?.imageHash).toMatch(/^[0-9a-f]+$/);
    // The upload as received is gone from the disk: only the clean copy is left.
    expect(fs.readdirSync(imagesDir)).toEqual([stored?.imageKey]);
    const clean = await services.images.read(stored?.imageKey ?? "");
    const metadata = await sharp(clean).metadata();
    expect(metadata).toMatchObject({ format: "png", width: 480, height: 300 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();

    expect(await stepEvents(services, job.id)).toEqual([
      "step.started check",
      "step.progress check",
      "step.completed check",
      "step.started queue",
    ]);
    const completed = (await eventsOf(services, job.id)).find((event) => event.type === "step.completed");
    expect(completed?.data.summary).toBe("JPEG 480×300, orientation applied, metadata removed");
    expect((await services.store.snapshot(job.id))?.steps[0]).toMatchObject({ name: "check", status: "succeeded" });
  });

  it("fails only the damaged file's job, with the same error as a refused upload had", async () => {
    const { services, imagesDir } = freshServices();
    const png = await screenshot(2).png().toBuffer();
    const [cut, whole] = await submit(services, [
      { name: "cut.png", bytes: png.subarray(0, Math.floor(png.length * 0.6)) },
      { name: "whole.png", bytes: png },
    ]);
    if (!cut || !whole) throw new Error("no jobs");
    expect(await settled(services, cut.id)).toBe(false);
    expect(await settled(services, whole.id)).toBe(true);

    const error = {
      code: "corrupt_image",
      message: '"cut.png" could not be read as an image: the file is damaged or incomplete.',
    };
    const failed = await services.store.snapshot(cut.id);
    expect(failed).toMatchObject({ status: "failed", error });
    expect(failed?.steps[0]).toMatchObject({ name: "check", status: "failed", error });
    expect(await stepEvents(services, cut.id)).toEqual(["step.started check", "step.failed check", "job.done failed"]);
    const done = (await eventsOf(services, cut.id)).at(-1);
    expect(done?.data).toEqual({ status: "failed", error });
    // The unreadable bytes are not kept; the other job's clean PNG is.
    expect(fs.readdirSync(imagesDir)).toEqual([(await services.store.find(whole.id))?.imageKey]);
    expect((await services.store.find(whole.id))?.status).toBe("queued");
  });

  it("marks the same image uploaded again (as a JPEG) as a duplicate, and not a different one", async () => {
    const { services } = freshServices();
    const [first] = await submit(services, [{ name: "first.png", bytes: await screenshot(3).png().toBuffer() }]);
    if (!first) throw new Error("no job");
    await settled(services, first.id);
    const [again, other] = await submit(services, [
      { name: "again.jpg", bytes: await screenshot(3).jpeg({ quality: 80 }).toBuffer() },
      { name: "other.png", bytes: await screenshot(4).png().toBuffer() },
    ]);
    if (!again || !other) throw new Error("no jobs");
    await settled(services, again.id);
    await settled(services, other.id);
    expect(await services.store.duplicates.of(again.id)).toMatchObject({ jobId: first.id, reason: "same_image" });
    expect(await services.store.duplicates.of(other.id)).toBeNull();
  });

  it("runs once when two callers of one process ask at once", async () => {
    const { services } = freshServices();
    const [job] = await submit(services, [{ name: "a.png", bytes: await screenshot(5).png().toBuffer() }]);
    if (!job) throw new Error("no job");
    expect(await Promise.all([settled(services, job.id), settled(services, job.id)])).toEqual([true, true]);
    const completed = (await stepEvents(services, job.id)).filter((line) => line === "step.completed check");
    expect(completed).toHaveLength(1);
  });

  it("leaves a check another process holds to it, and takes it over once that claim is stale", async () => {
    const { services } = freshServices();
    const job = { id: await untakenUpload(services, await screenshot(6).png().toBuffer()) };
    // Another process got there first.
    expect(await claimCheck(services.db, job.id)).toBe(true);
    expect(await ensureChecked(job.id, services, { wait: false })).toBe(false);
    expect((await readCheckState(services.db, job.id))?.status).toBe("running");

    // That process died long ago.
    const longAgo = new Date(Date.now() - CHECK_STALE_MS - 1000);
    await services.db.step.update({
      where: { jobId_name: { jobId: job.id, name: "check" } },
      data: { startedAt: longAgo },
    });
    expect(await ensureChecked(job.id, services)).toBe(true);
    expect(await stepEvents(services, job.id)).toEqual([
      "step.started check",
      "step.started check",
      "step.progress check",
      "step.completed check",
      "step.started queue",
    ]);
  });
});

describe("runs again", () => {
  it("do not redo a finished check", async () => {
    const { services } = freshServices();
    const [job] = await submit(services, [{ name: "a.png", bytes: await screenshot(7).png().toBuffer() }]);
    if (!job) throw new Error("no job");
    await settled(services, job.id);
    const key = (await services.store.find(job.id))?.imageKey;
    const before = (await stepEvents(services, job.id)).length;
    await services.store.setStatus(job.id, "running");
    await beginRun(job.id, services, "again");
    expect(await ensureChecked(job.id, services)).toBe(true);
    expect((await stepEvents(services, job.id)).slice(before)).toEqual(["step.started queue"]);
    expect((await services.store.find(job.id))?.imageKey).toBe(key);
  });

  it("after a restart mid-check start the check again, and give up on one that keeps stopping the process (the first interruption free)", async () => {
    const { services } = freshServices();
    const job = { id: await untakenUpload(services, await screenshot(8).png().toBuffer()) };
    const max = env().JOB_MAX_ATTEMPTS;
    for (let start = 1; start <= max; start++) {
      // The process holds the check, then dies: at start-up it is freed and started again.
      expect(await claimCheck(services.db, job.id)).toBe(true);
      expect(await recoverJobs(services)).toEqual({ resumed: 1, failed: 0 });
      expect((await readCheckState(services.db, job.id))?.status).toBe("pending");
    }
    const restarts = (await eventsOf(services, job.id)).filter((event) => event.type === "job.resumed");
    expect(restarts).toHaveLength(max);

    expect(await claimCheck(services.db, job.id)).toBe(true);
    expect(await recoverJobs(services)).toEqual({ resumed: 0, failed: 1 });
    expect(await services.store.snapshot(job.id)).toMatchObject({ status: "failed", error: { code: "interrupted" } });
  });

  it("after a restart finish a check that was waiting, without counting it as tried", async () => {
    const { services } = freshServices();
    const job = { id: await untakenUpload(services, await screenshot(9).png().toBuffer()) };
    // Never claimed (the process stopped first), however often: the check still runs.
    for (let restart = 0; restart < env().JOB_MAX_ATTEMPTS + 1; restart++) {
      expect(await recoverJobs(services)).toEqual({ resumed: 1, failed: 0 });
    }
    expect(await ensureChecked(job.id, services)).toBe(true);
  });
});

describe("the image store", () => {
  it("never gives out an upload as received: 409 until the check has written the clean PNG", async () => {
    const { services } = freshServices();
    const key = await services.images.saveUpload(await photoWithGps());
    await expect(services.images.read(key)).rejects.toMatchObject({ code: "image_not_checked", status: 409 });
    expect((await sharp(await services.images.readUpload(key)).metadata()).exif).toBeDefined();
  });
});
