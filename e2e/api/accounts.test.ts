import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

/**
 * Private by default (docs/accounts.md): a server with accounts answers nobody without
 * credentials, shows each user only their own jobs, and takes API keys and the server token.
 */

let app: AppServer;
let owner: Record<string, string>;
let ownerJobId: string;

/** A JSON POST as the app's own page sends it (better-auth refuses cookie requests without an Origin). */
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "Content-Type": "application/json", Origin: app.url, ...headers },
  body: JSON.stringify(body),
});

/** The session cookie of a sign-in or sign-up answer, as a request header. */
function cookieOf(response: Response): Record<string, string> {
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  expect(cookies.some((cookie) => cookie?.startsWith("sukusho.session_token="))).toBe(true);
  return { Cookie: cookies.join("; ") };
}

async function signIn(email: string, password: string): Promise<Response> {
  return fetch(`${app.url}/api/auth/sign-in/email`, json({ email, password }));
}

async function invite(name: string, email: string): Promise<Record<string, string>> {
  const created = await fetch(`${app.url}/api/invitations`, json({}, owner));
  expect(created.status).toBe(201);
  const { token } = (await created.json()) as { token: string };
  const accepted = await fetch(
    `${app.url}/api/invitations/accept`,
    json({ token, name, email, password: "member pass 1" }),
  );
  expect(accepted.status).toBe(201);
  return cookieOf(accepted);
}

beforeAll(async () => {
  app = await startApp({ env: { AUTH: "accounts", RATE_LIMIT_SIGNINS_PER_ACCOUNT: "4" } });
});
afterAll(async () => {
  await app?.stop();
});

describe("a fresh server with accounts", () => {
  it("asks for its owner, and answers 401 on every route without credentials", async () => {
    const setup = await (await fetch(`${app.url}/api/account/setup`)).json();
    expect(setup).toEqual({ mode: "accounts", needsOwner: true });
    const id = "00000000-0000-4000-8000-000000000000";
    const routes: [string, string][] = [
      ["GET", "/api/jobs"],
      ["POST", "/api/jobs"],
      ["GET", `/api/jobs/${id}`],
      ["DELETE", `/api/jobs/${id}`],
      ["GET", `/api/jobs/${id}/events`],
      ["GET", `/api/jobs/${id}/image`],
      ["GET", `/api/jobs/${id}/thumbnail`],
      ["GET", `/api/jobs/${id}/export`],
      ["PUT", `/api/jobs/${id}/corrections`],
      ["DELETE", `/api/jobs/${id}/corrections?path=total`],
      ["POST", `/api/jobs/${id}/accept`],
      ["GET", `/api/export?ids=${id}`],
      ["GET", "/api/config"],
      ["GET", "/api/account"],
      ["GET", "/api/invitations"],
      ["POST", "/api/invitations"],
    ];
    for (const [method, path] of routes) {
      const response = await fetch(app.url + path, { method });
      expect([method, path, response.status]).toEqual([method, path, 401]);
      expect((await response.json()).error.code).toBe("unauthenticated");
    }
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${app.url}/api/openapi.json`)).status).toBe(200);
  });

  it("sends a browser to the first-run screen, not the page", async () => {
    const response = await fetch(`${app.url}/history`, { redirect: "manual" });
    expect([307, 303, 302]).toContain(response.status);
    expect(response.headers.get("location")).toMatch(/\/setup$/);
  });

  it("creates the owner once, signed in with an httpOnly SameSite cookie", async () => {
    const response = await fetch(
      `${app.url}/api/account/setup`,
      json({ name: "Hana", email: "hana@example.com", password: "owner pass 1" }),
    );
    expect(response.status).toBe(201);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("sukusho.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    owner = cookieOf(response);
    const again = await fetch(
      `${app.url}/api/account/setup`,
      json({ name: "Eve", email: "eve@example.com", password: "takeover 123" }),
    );
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("owner_exists");
    const me = await (await fetch(`${app.url}/api/account`, { headers: owner })).json();
    expect(me.user).toMatchObject({ email: "hana@example.com", role: "owner" });
  });

  it("refuses the public sign-up endpoint: accounts come from invitations", async () => {
    const response = await fetch(
      `${app.url}/api/auth/sign-up/email`,
      json({ name: "Eve", email: "eve@example.com", password: "takeover 123" }),
    );
    expect(response.status).toBe(403);
    expect((await signIn("eve@example.com", "takeover 123")).status).toBe(401);
  });
});

describe("each user sees only their own jobs", () => {
  let member: Record<string, string>;

  beforeAll(async () => {
    const uploaded = await upload(app.url, [{ name: "mine.png", bytes: fixture("ja-payment-light") }], {}, owner);
    expect(uploaded.status).toBe(202);
    ownerJobId = uploaded.body.jobs[0].id;
    member = await invite("Ken", "ken@example.com");
  });

  it("lists the owner's job for the owner and nothing for the member", async () => {
    const ownerList = await (await fetch(`${app.url}/api/jobs`, { headers: owner })).json();
    expect(ownerList.jobs.map((job: { id: string }) => job.id)).toEqual([ownerJobId]);
    const memberList = await (await fetch(`${app.url}/api/jobs?q=mine`, { headers: member })).json();
    expect(memberList.jobs).toEqual([]);
  });

  it("answers 404 (not 403) for another user's job, its stream, image and exports", async () => {
    for (const path of ["", "/events", "/image", "/thumbnail", "/export"]) {
      const response = await fetch(`${app.url}/api/jobs/${ownerJobId}${path}`, { headers: member });
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect((await fetch(`${app.url}/api/export?ids=${ownerJobId}`, { headers: member })).status).toBe(404);
    const deleted = await fetch(`${app.url}/api/jobs/${ownerJobId}`, { method: "DELETE", headers: member });
    expect(deleted.status).toBe(404);
    expect((await fetch(`${app.url}/api/jobs/${ownerJobId}`, { headers: owner })).status).toBe(200);
  });

  it("keeps invitations the owner's: a member cannot invite, and a used link does not work twice", async () => {
    expect((await fetch(`${app.url}/api/invitations`, json({}, member))).status).toBe(403);
    const created = await (await fetch(`${app.url}/api/invitations`, json({}, owner))).json();
    const body = { token: created.token, name: "A", email: "a@example.com", password: "first pass 1" };
    expect((await fetch(`${app.url}/api/invitations/accept`, json(body))).status).toBe(201);
    const reused = await fetch(`${app.url}/api/invitations/accept`, json({ ...body, email: "b@example.com" }));
    expect(reused.status).toBe(410);
    expect((await reused.json()).error.code).toBe("invitation_invalid");
  });
});

describe("API keys", () => {
  it("are created by a signed-in user, work as Bearer, and stop working once revoked", async () => {
    const created = await fetch(`${app.url}/api/auth/api-key/create`, json({ name: "script" }, owner));
    expect(created.status).toBe(200);
    const key = (await created.json()) as { id: string; key: string };
    expect(key.key).toMatch(/^sk_sukusho_/);
    const bearer = { Authorization: `Bearer ${key.key}` };
    const list = await (await fetch(`${app.url}/api/jobs`, { headers: bearer })).json();
    expect(list.jobs.map((job: { id: string }) => job.id)).toContain(ownerJobId);
    const uploaded = await upload(app.url, [{ name: "by-key.png", bytes: fixture("ja-payment-light") }], {}, bearer);
    expect(uploaded.status).toBe(202);
    const foreign = await fetch(
      `${app.url}/api/auth/api-key/create`,
      json({ name: "stolen" }, { ...owner, Origin: "https://evil.example" }),
    );
    expect(foreign.status).toBe(403);
    const revoked = await fetch(`${app.url}/api/auth/api-key/delete`, json({ keyId: key.id }, owner));
    expect(revoked.status).toBe(200);
    const after = await fetch(`${app.url}/api/jobs`, { headers: bearer });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("invalid_api_key");
  });
});

describe("sessions", () => {
  it("signs out everywhere: another browser's session ends too", async () => {
    const laptop = cookieOf(await signIn("hana@example.com", "owner pass 1"));
    const phone = cookieOf(await signIn("hana@example.com", "owner pass 1"));
    expect((await fetch(`${app.url}/api/jobs`, { headers: phone })).status).toBe(200);
    expect((await fetch(`${app.url}/api/auth/revoke-sessions`, json({}, laptop))).status).toBe(200);
    expect((await fetch(`${app.url}/api/jobs`, { headers: phone })).status).toBe(401);
    expect((await fetch(`${app.url}/api/jobs`, { headers: laptop })).status).toBe(401);
  });

  it("limits sign-in attempts per account with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      last = await signIn("ken@example.com", "wrong password");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("SUKUSHO_API_TOKEN", () => {
  let tokenApp: AppServer;
  const token = "automation-token-0123456789abcdef";

  beforeAll(async () => {
    tokenApp = await startApp({ env: { AUTH: "accounts", SUKUSHO_API_TOKEN: token } });
  });
  afterAll(async () => {
    await tokenApp?.stop();
  });

  it("lets a script upload and read as the owner, created on start, with that key and nothing else", async () => {
    const bearer = { Authorization: `Bearer ${token}` };
    const uploaded = await upload(tokenApp.url, [{ name: "auto.png", bytes: fixture("ja-payment-light") }], {}, bearer);
    expect(uploaded.status).toBe(202);
    const job = await fetch(`${tokenApp.url}/api/jobs/${uploaded.body.jobs[0].id}`, { headers: bearer });
    expect(job.status).toBe(200);
    const me = await (await fetch(`${tokenApp.url}/api/account`, { headers: bearer })).json();
    expect(me).toMatchObject({ mode: "accounts", via: "server_token", user: { role: "owner" } });
    const wrong = await fetch(`${tokenApp.url}/api/jobs`, { headers: { Authorization: `Bearer ${token}x` } });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${tokenApp.url}/api/jobs`)).status).toBe(401);
  });

  it("still lets a person take the owner account on the first-run screen, jobs included", async () => {
    expect((await (await fetch(`${tokenApp.url}/api/account/setup`)).json()).needsOwner).toBe(true);
    const response = await fetch(
      `${tokenApp.url}/api/account/setup`,
      json({ name: "Hana", email: "hana@example.com", password: "owner pass 1" }, { Origin: tokenApp.url }),
    );
    expect(response.status).toBe(201);
    const list = await (await fetch(`${tokenApp.url}/api/jobs`, { headers: cookieOf(response) })).json();
    expect(list.jobs.map((job: { fileName: string }) => job.fileName)).toEqual(["auto.png"]);
  });
});
