import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

/** The 202 after the header checks, the decode as the job's check step (docs/fast-upload.md). */

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** A payment screenshot as a phone shares it: JPEG, with where it was taken in its EXIF. */
const withGps = () =>
  sharp(fixture("en-payment-small"))
    .jpeg({ quality: 90 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 2200/100", GPSLongitudeRef: "E" } })
    .toBuffer();

describe("an upload with EXIF GPS", () => {
  it("never has the bytes as sent served back: 409 until checked, then a clean PNG", async () => {
    const bytes = await withGps();
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
    const { status, body } = await upload(app.url, [{ name: "shared.jpg", type: "image/jpeg", bytes }]);
    expect(status).toBe(202);
    const job = body.jobs[0];
    expect(job.status).toBe("queued");

    // Asked at once: the check may or may not have finished, but the JPEG is never what comes back.
    const early = await fetch(app.url + job.links.image);
    if (early.status === 200) {
      expect((await sharp(Buffer.from(await early.arrayBuffer())).metadata()).format).toBe("png");
    } else {
      expect(early.status).toBe(409);
      expect((await early.json()).error.code).toBe("image_not_checked");
    }

    const recording = await recordStream(app.url + job.links.events);
    expect(recording.events[0]?.type).toBe("job.received");
    expect(recording.events.find((event) => event.type === "step.completed")?.data).toMatchObject({
      step: "check",
      summary: expect.stringContaining("metadata removed"),
    });
    expect(recording.events.at(-1)).toMatchObject({ type: "job.done", data: { status: "succeeded" } });

    const image = await fetch(app.url + job.links.image);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    const served = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect(served.format).toBe("png");
    expect(served.exif).toBeUndefined();
    const thumbnail = await fetch(app.url + job.links.thumbnail);
    expect(thumbnail.status).toBe(200);
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).exif).toBeUndefined();
  });

  it("knows its type and size from the header at once, sides as shown (EXIF orientation applied)", async () => {
    const sideways = await sharp(fixture("en-payment-small")).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const { width = 0, height = 0 } = await sharp(sideways).metadata();
    const { status, body } = await upload(app.url, [{ name: "sideways.jpg", type: "image/jpeg", bytes: sideways }]);
    expect(status).toBe(202);
    const snapshot = jobSnapshotSchema.parse(await (await fetch(app.url + body.jobs[0].links.self)).json());
    expect(snapshot).toMatchObject({ mimeType: "image/jpeg", width: height, height: width });
    await recordStream(app.url + body.jobs[0].links.events);
  });
});
