import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStream, type StreamRecording } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { pixelBombPng, polyglot, svgImage } from "../support/crafted-images";
import { fixture, upload } from "../support/upload";

let app: AppServer;
const MB = 1024 * 1024;

beforeAll(async () => {
  app = await startApp({
    env: { MAX_UPLOAD_BYTES: String(MB), MAX_REQUEST_BYTES: String(3 * MB), MAX_FILES_PER_UPLOAD: "2" },
  });
});
afterAll(async () => {
  await app?.stop();
});

async function jobCount(): Promise<number> {
  return (await (await fetch(`${app.url}/api/jobs?limit=200`)).json()).jobs.length;
}

function expectError(
  result: { status: number; body: { error?: { code?: string; message?: string } } },
  status: number,
  code: string,
) {
  expect(result.status).toBe(status);
  expect(result.body.error?.code).toBe(code);
  expect(result.body.error?.message).toEqual(expect.any(String));
  expect(JSON.stringify(result.body)).not.toMatch(/\bat .*\.(js|ts):\d+/);
}

describe("bad uploads get a clear 4xx and store nothing", () => {
  it("refuses a file that is not an image, whatever its name says", async () => {
    const result = await upload(app.url, [{ name: "notes.png", bytes: Buffer.from("just some text, not a PNG") }]);
    expectError(result, 415, "unsupported_type");
  });

  it("refuses an SVG", async () => {
    expectError(
      await upload(app.url, [{ name: "x.svg", bytes: svgImage, type: "image/svg+xml" }]),
      415,
      "unsupported_type",
    );
  });

  it("refuses a decompression bomb from its header, without decoding it", async () => {
    const result = await upload(app.url, [{ name: "bomb.png", bytes: pixelBombPng(60_000, 60_000) }]);
    expectError(result, 422, "image_too_large");
    expect(result.body.error.message).toContain("60000×60000");
  });

  it("refuses a shape the OCR cannot read, within the pixel limit, at upload", async () => {
    const line = await sharp({ create: { width: 40_000, height: 1, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    const result = await upload(app.url, [{ name: "line.png", bytes: line }]);
    expectError(result, 422, "image_shape");
    expect(result.body.error.message).toContain("40000×1");
  });

  it("refuses a file over the per-file limit", async () => {
    const big = Buffer.concat([fixture("en-payment-light"), Buffer.alloc(MB)]);
    expectError(await upload(app.url, [{ name: "big.png", bytes: big }]), 413, "file_too_large");
  });

  it("refuses a body over the request limit from its Content-Length, before reading it", async () => {
    const boundary = "----sukusho";
    const response = await fetch(`${app.url}/api/jobs`, {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body: Buffer.alloc(4 * MB, 0x61),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("request_too_large");
  });

  it("refuses a chunked body that grows past the request limit", async () => {
    const boundary = "----sukusho";
    const part = Buffer.alloc(256 * 1024, 0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0)
          controller.enqueue(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n`));
        if (sent >= 5 * MB) return controller.close();
        sent += part.length;
        controller.enqueue(part);
      },
    });
    const response = await fetch(`${app.url}/api/jobs`, {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("request_too_large");
  });

  it("refuses a body that ends inside a file with a JSON 400, and the server carries on", async () => {
    const before = await jobCount();
    const boundary = "----sukusho";
    const png = fixture("en-payment-small");
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.png"\r\nContent-Type: image/png\r\n\r\n`;
    const body = Buffer.concat([Buffer.from(head), png.subarray(0, Math.floor(png.length / 2))]);
    const response = await fetch(`${app.url}/api/jobs`, {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("truncated_body");
    expect(await jobCount()).toBe(before);
    expect(app.output()).not.toMatch(/Unexpected end of form|uncaught/i);
  });

  it("stores a Japanese file name as sent, without the bidi controls that disguise it", async () => {
    const png = fixture("en-payment-small");
    const { status, body } = await upload(app.url, [
      { name: "レシート.png", bytes: png },
      { name: "invoice\u202Egnp.exe.png", bytes: png },
    ]);
    expect(status).toBe(202);
    expect(body.jobs.map((job: { fileName: string }) => job.fileName)).toEqual(["レシート.png", "invoicegnp.exe.png"]);
    const stored = await (await fetch(app.url + body.jobs[0].links.self)).json();
    expect(stored.fileName).toBe("レシート.png");
    for (const job of body.jobs) await recordStream(app.url + job.links.events);
  });

  it("refuses more files than allowed at once", async () => {
    const png = fixture("en-payment-small");
    const files = [1, 2, 3].map((i) => ({ name: `${i}.png`, bytes: png }));
    expectError(await upload(app.url, files), 413, "too_many_files");
  });

  it("refuses an empty form and a body that is not a form", async () => {
    expectError(await upload(app.url, []), 400, "no_files");
    const response = await fetch(`${app.url}/api/jobs`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ image: "x" }),
    });
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe("invalid_form");
  });

  it("refuses an unknown extractor with a validation error", async () => {
    const result = await upload(app.url, [{ name: "a.png", bytes: fixture("en-payment-small") }], {
      extractor: "magic",
    });
    expectError(result, 422, "invalid_request");
  });

  it("refuses the whole request when one of its files is bad, and stores nothing", async () => {
    const before = await jobCount();
    const result = await upload(app.url, [
      { name: "good.png", bytes: fixture("en-payment-small") },
      { name: "bad.png", bytes: svgImage },
    ]);
    expectError(result, 415, "unsupported_type");
    expect(result.body.error.message).toContain("bad.png");
    expect(await jobCount()).toBe(before);
  });

  it("re-encodes a polyglot so nothing but pixels is served back", async () => {
    const png = fixture("en-payment-small");
    const { status, body } = await upload(app.url, [{ name: "poly.png", bytes: polyglot(png) }]);
    expect(status).toBe(202);
    // The clean PNG is written by the job's check step (docs/fast-upload.md).
    await recordStream(app.url + body.jobs[0].links.events);
    const response = await fetch(app.url + body.jobs[0].links.image);
    expect(response.status).toBe(200);
    const served = Buffer.from(await response.arrayBuffer());
    expect((await sharp(served).metadata()).format).toBe("png");
    expect(served.includes(Buffer.from("<script>"))).toBe(false);
  });
});

describe("a file whose header passes but whose body is damaged", () => {
  it("fails its own job at the check step with a clear error; the other file of the upload goes on", async () => {
    const png = fixture("en-payment-light");
    const { status, body } = await upload(app.url, [
      { name: "cut.png", bytes: png.subarray(0, Math.floor(png.length / 2)) },
      { name: "whole.png", bytes: fixture("en-payment-small") },
    ]);
    expect(status).toBe(202);
    const [cut, whole]: StreamRecording[] = await Promise.all(
      body.jobs.map((job: { links: { events: string } }) => recordStream(app.url + job.links.events)),
    );
    const error = {
      code: "corrupt_image",
      message: '"cut.png" could not be read as an image: the file is damaged or incomplete.',
    };
    expect(cut?.events.at(-1)).toMatchObject({ type: "job.done", data: { status: "failed", error } });
    expect(cut?.events.find((event) => event.type === "step.failed")?.data).toMatchObject({ step: "check", error });
    expect(
      cut?.events.some((event) => event.type === "step.started" && (event.data as { step: string }).step === "ocr"),
    ).toBe(false);
    expect(whole?.events.at(-1)).toMatchObject({ type: "job.done", data: { status: "succeeded" } });
    const snapshot = await (await fetch(app.url + body.jobs[0].links.self)).json();
    expect(snapshot).toMatchObject({ status: "failed", error });
    // Nothing was read, so there is no image to show.
    const image = await fetch(app.url + body.jobs[0].links.image);
    expect(image.status).toBe(409);
    expect((await image.json()).error.code).toBe("image_not_checked");
  });
});

describe("JSON bodies are capped", () => {
  it("refuses a correction body over the cap with a JSON 413, declared or streamed", async () => {
    const { body } = await upload(app.url, [{ name: "pay.png", bytes: fixture("ja-payment-light") }]);
    await recordStream(app.url + body.jobs[0].links.events);
    const corrections = `${app.url + body.jobs[0].links.self}/corrections`;
    // Under the drain limit (MAX_REQUEST_BYTES), so the connection stays usable for the tests
    // after this one; past it the server cuts the connection once it has answered.
    const huge = JSON.stringify({ path: "total", value: "9".repeat(2 * MB) });
    const declared = await fetch(corrections, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: huge,
    });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe("request_too_large");

    const chunk = new TextEncoder().encode("9".repeat(64 * 1024));
    let sent = 0;
    const streamed = await fetch(corrections, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 2 * MB) return controller.close();
          controller.enqueue(sent === 0 ? new TextEncoder().encode('{"path":"total","value":"') : chunk);
          sent += chunk.length;
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("request_too_large");

    const fine = await fetch(corrections, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ path: "total", value: 1280 }),
    });
    expect(fine.status).toBe(200);
  });
});

describe("unknown jobs and bad queries", () => {
  it("answers 404 in JSON before any stream starts", async () => {
    for (const path of ["", "/events", "/image"]) {
      const response = await fetch(`${app.url}/api/jobs/no-such-job${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect((await response.json()).error.code).toBe("job_not_found");
    }
  });

  it("answers a JSON 404 for a job id that is not valid percent-encoding", async () => {
    for (const path of ["/api/jobs/%ff", "/api/jobs/%ff/events", "/api/jobs/%E0%A4%A/image"]) {
      const response = await fetch(app.url + path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toContain("application/json");
      expect((await response.json()).error.code, path).toBe("job_not_found");
    }
    const put = await fetch(`${app.url}/api/jobs/%ff/corrections`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ path: "total", value: 1 }),
    });
    expect(put.status).toBe(404);
    expect(app.output()).not.toMatch(/failed to decode param/i);
  });

  it("validates the list query", async () => {
    const response = await fetch(`${app.url}/api/jobs?limit=lots`);
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe("invalid_request");
  });
});
