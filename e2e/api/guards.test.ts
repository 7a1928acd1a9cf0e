import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { type NginxServer, startNginx } from "../support/nginx";
import { fixture } from "../support/upload";

/**
 * The request guards against the built app: cross-site requests refused, JSON only as JSON,
 * a nonce-based CSP on the pages, and X-Forwarded-* believed only from trusted proxies.
 * `app` trusts loopback (the default), so these tests' own requests count as from a proxy;
 * `untrusting` trusts an address nothing here has, so they count as from the internet.
 */
let app: AppServer;
let untrusting: AppServer;
let nginx: NginxServer;

beforeAll(async () => {
  [app, untrusting] = await Promise.all([startApp(), startApp({ env: { TRUSTED_PROXIES: "192.0.2.1" } })]);
  nginx = await startNginx({ upstreamPort: app.port });
});
afterAll(async () => {
  await nginx?.stop();
  await Promise.all([app?.stop(), untrusting?.stop()]);
});

const EVIL = "https://evil.example";

/** A multipart upload of one screenshot, as a form on some page would post it. */
function formPost(baseUrl: string, headers: Record<string, string>): Promise<Response> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(fixture("en-payment-dark"))], { type: "image/png" }), "pay.png");
  return fetch(`${baseUrl}/api/jobs`, { method: "POST", body: form, headers });
}

async function jobCount(baseUrl: string): Promise<number> {
  const body = (await (await fetch(`${baseUrl}/api/jobs`)).json()) as { jobs: unknown[] };
  return body.jobs.length;
}

async function expectCrossSiteRefusal(response: Response): Promise<void> {
  expect(response.status).toBe(403);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("cross_site_request");
  expect(body.error.message).toBeTruthy();
}

/** The nonces on every `<script>` of a page, and how many scripts it has. */
function scriptNonces(html: string): { scripts: number; nonces: Set<string | undefined> } {
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  return { scripts: tags.length, nonces: new Set(tags.map((tag) => /\snonce="([^"]+)"/.exec(tag)?.[1])) };
}

function policyNonce(policy: string | null): string | undefined {
  return /script-src [^;]*'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

describe("state-changing requests from other sites", () => {
  it("refuses another site's form post to /api/jobs, and stores nothing", async () => {
    const before = await jobCount(app.url);
    await expectCrossSiteRefusal(await formPost(app.url, { Origin: EVIL, "Sec-Fetch-Site": "cross-site" }));
    // A browser too old for Sec-Fetch-Site still sends Origin on a form post.
    await expectCrossSiteRefusal(await formPost(app.url, { Origin: EVIL }));
    await expectCrossSiteRefusal(await formPost(app.url, { Origin: "null" }));
    expect(await jobCount(app.url)).toBe(before);
  });

  it("accepts the page's own upload, and one from a program that is no browser", async () => {
    const sameOrigin = await formPost(app.url, { Origin: app.url, "Sec-Fetch-Site": "same-origin" });
    expect(sameOrigin.status).toBe(202);
    const originOnly = await formPost(app.url, { Origin: app.url });
    expect(originOnly.status).toBe(202);
    const noBrowser = await formPost(app.url, {});
    expect(noBrowser.status).toBe(202);
  });

  it("refuses cross-site corrections, acceptance and deletion of a finished job", async () => {
    const job = await finishedJob();
    const foreign = { Origin: EVIL, "Sec-Fetch-Site": "cross-site" };
    await expectCrossSiteRefusal(
      await fetch(`${app.url}/api/jobs/${job}/corrections`, {
        method: "PUT",
        headers: { ...foreign, "Content-Type": "application/json" },
        body: JSON.stringify({ path: "total", value: 1 }),
      }),
    );
    await expectCrossSiteRefusal(
      await fetch(`${app.url}/api/jobs/${job}/accept`, { method: "POST", headers: foreign }),
    );
    await expectCrossSiteRefusal(await fetch(`${app.url}/api/jobs/${job}`, { method: "DELETE", headers: foreign }));
    expect((await fetch(`${app.url}/api/jobs/${job}`)).status).toBe(200);
    // Reads stay open to any page's links and images.
    expect((await fetch(`${app.url}/api/jobs/${job}`, { headers: foreign })).status).toBe(200);
  });

  it("refuses a JSON body sent as text/plain (what a form or a simple request can send) with 415", async () => {
    const job = await finishedJob();
    const response = await fetch(`${app.url}/api/jobs/${job}/corrections`, {
      method: "PUT",
      headers: { Origin: app.url, "Sec-Fetch-Site": "same-origin", "Content-Type": "text/plain;charset=UTF-8" },
      body: JSON.stringify({ path: "total", value: 1 }),
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    const json = await fetch(`${app.url}/api/jobs/${job}/corrections`, {
      method: "PUT",
      headers: { Origin: app.url, "Sec-Fetch-Site": "same-origin", "Content-Type": "application/json" },
      body: JSON.stringify({ path: "total", value: 1 }),
    });
    expect(json.status).toBe(200);
  });
});

let finished: string | undefined;
/** One finished job, made once for the tests that need one. */
async function finishedJob(): Promise<string> {
  if (finished) return finished;
  const response = await formPost(app.url, {});
  const body = (await response.json()) as { jobs: { id: string; links: { events: string } }[] };
  const job = body.jobs[0];
  if (!job) throw new Error(`upload failed: ${JSON.stringify(body)}`);
  await recordStream(app.url + job.links.events);
  const snapshot = (await (await fetch(`${app.url}/api/jobs/${job.id}`)).json()) as { status: string; error?: unknown };
  if (snapshot.status !== "succeeded") throw new Error(`the job did not succeed: ${JSON.stringify(snapshot)}`);
  finished = job.id;
  return job.id;
}

describe("headers", () => {
  it("gives / and /history a nonce-based CSP, whose nonce is on every script Next renders", async () => {
    const seen = new Set<string>();
    for (const path of ["/", "/history", "/"]) {
      const response = await fetch(app.url + path);
      expect(response.status).toBe(200);
      const policy = response.headers.get("content-security-policy");
      const nonce = policyNonce(policy);
      expect(nonce, `${path}: ${policy}`).toBeTruthy();
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-eval'/);
      expect(policy).toMatch(/img-src 'self' blob: data:/);
      expect(policy).toMatch(/connect-src 'self'/);
      const { scripts, nonces } = scriptNonces(await response.text());
      expect(scripts).toBeGreaterThan(0);
      expect([...nonces]).toEqual([nonce]);
      seen.add(nonce ?? "");
      expect(response.headers.get("permissions-policy")).toMatch(/camera=\(\)/);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      // Plain http here: no HSTS and no upgrading.
      expect(response.headers.get("strict-transport-security")).toBeNull();
      expect(policy).not.toMatch(/upgrade-insecure-requests/);
    }
    expect(seen.size).toBe(3);
  });

  it("puts no CSP on the API's JSON, but the static headers", async () => {
    const response = await fetch(`${app.url}/api/health`);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("permissions-policy")).toMatch(/microphone=\(\)/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sends HSTS and upgrades requests when a trusted proxy says the page came over TLS", async () => {
    const response = await fetch(`${app.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(response.headers.get("content-security-policy")).toMatch(/upgrade-insecure-requests/);
  });
});

describe("X-Forwarded-* from a peer that is no trusted proxy", () => {
  const spoofed = {
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-For": "198.51.100.1",
    // Our own stamp of the peer, as a client might try to forge it.
    "X-Sukusho-Peer-Address": "127.0.0.1",
  };

  it("is ignored for the app's own origin", async () => {
    await expectCrossSiteRefusal(await formPost(untrusting.url, { ...spoofed, Origin: "https://evil.example" }));
    expect((await formPost(untrusting.url, { ...spoofed, Origin: untrusting.url })).status).toBe(202);
    // The same forwarded host from a trusted proxy is believed.
    expect((await formPost(app.url, { ...spoofed, Origin: "https://evil.example" })).status).toBe(202);
  });

  it("is ignored for TLS: no HSTS", async () => {
    const response = await fetch(`${untrusting.url}/`, { headers: spoofed });
    expect(response.status).toBe(200);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-security-policy")).not.toMatch(/upgrade-insecure-requests/);
  });
});

describe("behind nginx (nginx/nginx.conf)", () => {
  it("knows the browser's origin, port included, and still refuses other sites", async () => {
    expect((await formPost(nginx.url, { Origin: nginx.url })).status).toBe(202);
    await expectCrossSiteRefusal(await formPost(nginx.url, { Origin: app.url }));
  });

  it("says plain http whatever the client claims, so no HSTS", async () => {
    const response = await fetch(`${nginx.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(policyNonce(response.headers.get("content-security-policy"))).toBeTruthy();
  });
});
