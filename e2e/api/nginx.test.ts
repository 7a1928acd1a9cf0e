import http from "node:http";
import http2 from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { assertCompleteStream, recordStream, type StreamRecording } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { type DnsServer, startDnsServer } from "../support/dns-server";
import { freePort } from "../support/free-port";
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

describe("nginx for real deployments: names looked up again", () => {
  const NAME = "app.sukusho.test";

  /** A stand-in instance that says which one it is. */
  async function instance(host: string, port: number, label: string): Promise<http.Server> {
    const server = http.createServer((_request, response) => response.end(label));
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    return server;
  }
  const close = (server: http.Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  async function proxyFor(dns: DnsServer, port: number) {
    return startNginx({
      upstreamName: `${NAME}:${port}`,
      resolver: dns.address,
      // The shipped 10 s would make the test wait 10 s; what is tested is that nginx looks again.
      transform: (conf) => conf.replace("valid=10s", "valid=1s"),
    });
  }

  /** What the proxy answers within `ms`, polled, until `until` holds. */
  async function answersUntil(url: string, until: (text: string) => boolean, ms = 8000): Promise<string> {
    const deadline = Date.now() + ms;
    let text = "";
    while (Date.now() < deadline) {
      const response = await fetch(url).catch(() => null);
      text = response ? await response.text() : "";
      if (response?.ok && until(text)) return text;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return text;
  }

  it("finds an instance restarted at a new address without a reload", async () => {
    const dns = await startDnsServer();
    const port = await freePort();
    dns.answer(NAME, ["127.0.0.1"]);
    let first: http.Server | null = await instance("127.0.0.1", port, "first");
    const proxy = await proxyFor(dns, port);
    let second: http.Server | null = null;
    try {
      expect(await (await fetch(`${proxy.url}/api/health`)).text()).toBe("first");
      await close(first);
      first = null;
      second = await instance("127.0.0.2", port, "second");
      dns.answer(NAME, ["127.0.0.2"]);
      expect(await answersUntil(`${proxy.url}/api/health`, (text) => text === "second")).toBe("second");
      expect(dns.lookups(NAME)).toBeGreaterThan(1);
    } finally {
      await proxy.stop();
      if (first) await close(first);
      if (second) await close(second);
      await dns.stop();
    }
  });

  it("balances across every address the name has, and skips one that went away", async () => {
    const dns = await startDnsServer();
    const port = await freePort();
    const one = await instance("127.0.0.1", port, "one");
    const two = await instance("127.0.0.3", port, "two");
    dns.answer(NAME, ["127.0.0.1", "127.0.0.3"]);
    const proxy = await proxyFor(dns, port);
    try {
      const seen = new Set<string>();
      for (let i = 0; i < 10; i++) seen.add(await (await fetch(`${proxy.url}/api/health`)).text());
      expect([...seen].sort()).toEqual(["one", "two"]);
      // One instance stops; the name still lists it: nginx tries the other, nobody sees an error.
      await close(two);
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`${proxy.url}/api/health`);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe("one");
      }
    } finally {
      await proxy.stop();
      await close(one);
      await dns.stop();
    }
  });
});

describe("nginx for real deployments: HTTPS with HTTP/2 (nginx/tls.conf)", () => {
  let secure: NginxServer;
  beforeAll(async () => {
    secure = await startNginx({ upstreamPort: app.port, tls: true });
  });
  afterAll(async () => {
    await secure?.stop();
  });

  /** One HTTP/2 request on `session`: the status, the headers, and the body's chunks as they came. */
  function request(session: http2.ClientHttp2Session, path: string) {
    return new Promise<{ status: number; headers: http2.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const stream = session.request({ ":path": path });
      let headers: http2.IncomingHttpHeaders = {};
      let body = "";
      stream.setEncoding("utf8");
      stream.on("response", (received) => {
        headers = received;
      });
      stream.on("data", (chunk: string) => {
        body += chunk;
        // An event stream stays open after its last event; the job's end is enough here.
        if (body.includes("event: job.done")) stream.close();
      });
      stream.on("close", () => resolve({ status: Number(headers[":status"]), headers, body }));
      stream.on("error", reject);
    });
  }

  it("negotiates HTTP/2 and carries many event streams at once on one connection", async () => {
    const { body } = await upload(nginx.url, [{ name: "card.png", bytes: fixture("en-payment-small") }]);
    const job = body.jobs[0];
    await recordStream(nginx.url + job.links.events);

    const session = http2.connect(secure.httpsUrl as string, { ca: secure.certificate });
    try {
      const health = await request(session, "/api/health");
      expect(health.status).toBe(200);
      expect(session.alpnProtocol).toBe("h2");
      // The app knows the page came over TLS (X-Forwarded-Proto from nginx) and pins HTTPS.
      const page = await request(session, "/");
      expect(page.status).toBe(200);
      expect(page.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
      // Ten streams, more than the six connections a browser opens per host over HTTP/1.1,
      // all open together on this one connection, each replayed to the end.
      const streams = await Promise.all(Array.from({ length: 10 }, () => request(session, job.links.events)));
      for (const stream of streams) {
        expect(stream.status).toBe(200);
        expect(stream.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
        expect(stream.body).toContain("event: job.done");
      }
    } finally {
      session.close();
    }
  });

  it("sends plain HTTP to HTTPS, except the health check", async () => {
    const page = await fetch(`${secure.url}/history?q=1`, { redirect: "manual" });
    expect(page.status).toBe(308);
    expect(page.headers.get("location")).toBe(`${secure.httpsUrl}/history?q=1`);
    expect((await fetch(`${secure.url}/api/health`)).status).toBe(200);
  });
});
