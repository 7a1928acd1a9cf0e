import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { assertCompleteStream, recordStream, type StreamRecording } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { type NginxServer, startNginx } from "../support/nginx";
import { fixture, upload } from "../support/upload";

let app: AppServer;
let nginx: NginxServer;

beforeAll(async () => {
  app = await startApp();
  nginx = await startNginx({ upstreamPort: app.port });
});
afterAll(async () => {
  await nginx?.stop();
  await app?.stop();
});

/**
 * How much of the job's server-side duration (OCR start → verify end, from the stored step
 * times) the client also saw pass between the two events. ~1 when events arrive as emitted,
 * ~0 when a proxy held them back and delivered them in one batch.
 */
async function deliverySpread(recording: StreamRecording, jobUrl: string) {
  const snapshot = jobSnapshotSchema.parse(await (await fetch(jobUrl)).json());
  const ocr = snapshot.steps.find((step) => step.name === "ocr");
  const verify = snapshot.steps.find((step) => step.name === "verify");
  const serverMs = Date.parse(verify?.finishedAt ?? "") - Date.parse(ocr?.startedAt ?? "");
  const arrival = (type: string, step: string) =>
    recording.events.find((event) => event.type === type && (event.data as { step?: string }).step === step)
      ?.receivedAt ?? NaN;
  const clientMs = arrival("step.completed", "verify") - arrival("step.started", "ocr");
  return { serverMs, clientMs, ratio: clientMs / serverMs };
}

describe("the stream through nginx (nginx/nginx.conf)", () => {
  it("arrives event by event as emitted, not in one batch at the end", async () => {
    const { status, body } = await upload(nginx.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    expect(status).toBe(202);
    const job = body.jobs[0];
    const recording = await recordStream(nginx.url + job.links.events);
    expect(recording.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(recording.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(recording.headers.get("content-encoding")).toBeNull();
    assertCompleteStream(recording);
    const spread = await deliverySpread(recording, nginx.url + job.links.self);
    // OCR of the tall statement takes hundreds of milliseconds; the client must see that time pass.
    expect(spread.serverMs).toBeGreaterThan(200);
    expect(spread.ratio).toBeGreaterThan(0.5);
  });

  it("is caught batching when the proxy buffers (the same check against a misconfigured nginx)", async () => {
    const buffering = await startNginx({
      upstreamPort: app.port,
      transform: (conf) =>
        conf
          .replace("proxy_buffering off;", "proxy_buffering on; proxy_ignore_headers X-Accel-Buffering;")
          .replace("proxy_http_version 1.1;", "proxy_http_version 1.0;"),
    });
    try {
      const { body } = await upload(buffering.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
      const job = body.jobs[0];
      const recording = await recordStream(buffering.url + job.links.events);
      const spread = await deliverySpread(recording, buffering.url + job.links.self);
      expect(spread.serverMs).toBeGreaterThan(200);
      expect(spread.ratio).toBeLessThan(0.5);
    } finally {
      await buffering.stop();
    }
  });

  it("answers an upload over the body limit with nginx's own 413 in JSON", async () => {
    const response = await fetch(`${nginx.url}/api/jobs`, {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      body: Buffer.alloc(51 * 1024 * 1024, 0x61),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("request_too_large");
  });

  it("serves the page and the API", async () => {
    const page = await fetch(`${nginx.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Sukusho");
    const health = await fetch(`${nginx.url}/api/health`);
    expect((await health.json()).status).toBe("ok");
  });
});
