import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actualAccountsSchema,
  actualSendResultSchema,
  actualSettingsSchema,
  actualTestResultSchema,
} from "@/lib/actual/schema";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { recordStream } from "@/lib/testing/sse-recorder";
import { type ActualServer, readTransactions, startActualServer } from "../support/actual-server";
import { type AppServer, startApp } from "../support/app-server";
import { freePort } from "../support/free-port";
import { fixture, upload } from "../support/upload";

let app: AppServer;
/** A second app with accounts, for the per-user test; started with the others to save time. */
let accounts: AppServer;
let actual: ActualServer;
const token = "actual-test-token-0123456789";
let receiptId: string;
let listId: string;

const json = (method: string, body: unknown) => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});
const call = (path: string, init?: RequestInit) => fetch(`${app.url}${path}`, init);
const job = async (id: string) => jobSnapshotSchema.parse(await (await call(`/api/jobs/${id}`)).json());
async function accept(id: string): Promise<void> {
  const response = await call(`/api/jobs/${id}/accept`, { method: "POST" });
  expect([response.status, await response.text()]).toEqual([200, expect.any(String)]);
}
const send = (jobIds: string[], accountId = actual.accountId) =>
  call("/api/actual/send", json("POST", { jobIds, accountId }));
const saveSettings = (settings: Record<string, unknown>) => call("/api/actual/settings", json("PUT", settings));

async function finished(name: string): Promise<string> {
  const { body } = await upload(app.url, [{ name: `${name}.png`, bytes: fixture(name) }]);
  await recordStream(app.url + body.jobs[0].links.events);
  const done = await job(body.jobs[0].id);
  expect([name, done.status, done.error]).toEqual([name, "succeeded", null]);
  return done.id;
}

beforeAll(async () => {
  [app, actual, accounts] = await Promise.all([
    startApp(),
    startActualServer(),
    startApp({ env: { AUTH: "accounts", SUKUSHO_API_TOKEN: token } }),
  ]);
  [receiptId, listId] = await Promise.all([finished("en-receipt-items"), finished("en-card-history-light")]);
}, 180_000);
afterAll(async () => {
  await Promise.all([app?.stop(), actual?.stop(), accounts?.stop()]);
});

describe("Actual Budget: settings", () => {
  it("stores the connection and never answers the password", async () => {
    expect(actualSettingsSchema.parse(await (await call("/api/actual/settings")).json())).toEqual({
      serverUrl: null,
      passwordSet: false,
      syncId: null,
      accountId: null,
    });
    const saved = await saveSettings({ serverUrl: actual.url, password: actual.password, syncId: actual.syncId });
    expect(saved.status).toBe(200);
    const text = await (await call("/api/actual/settings")).text();
    expect(text).not.toContain(actual.password);
    expect(actualSettingsSchema.parse(JSON.parse(text))).toMatchObject({ serverUrl: actual.url, passwordSet: true });
    // Saving without a password keeps the stored one.
    expect((await saveSettings({ serverUrl: actual.url, syncId: actual.syncId })).status).toBe(200);
    const bad = await saveSettings({ serverUrl: "ftp://example.com" });
    expect(bad.status).toBe(422);
  });

  it("tests the connection and offers the server's budgets, then lists the budget's accounts", async () => {
    const tested = await call("/api/actual/test", json("POST", {}));
    expect(tested.status).toBe(200);
    const result = actualTestResultSchema.parse(await tested.json());
    expect(result.budgets).toEqual([{ syncId: actual.syncId, name: "Sukusho test budget" }]);
    expect(result.budgetFound).toBe(true);

    const accounts = actualAccountsSchema.parse(await (await call("/api/actual/accounts")).json());
    expect(accounts.accounts).toEqual([{ id: actual.accountId, name: "Wallet", offBudget: false }]);
  });
});

describe("Actual Budget: sending accepted results", () => {
  it("sends only accepted results, each transaction once, and a correction as an update", async () => {
    await accept(listId);
    const first = await send([receiptId, listId]);
    expect(first.status).toBe(200);
    const sentList = actualSendResultSchema.parse(await first.json());
    const list = await job(listId);
    const rows = list.result?.document.kind === "transaction_list" ? list.result.document.rows : [];
    const listRows = rows.filter((row) => row.amount.value !== null).length;
    expect(listRows).toBeGreaterThan(2);
    expect(sentList).toEqual({ added: listRows, updated: 0, alreadyThere: 0, skipped: 0, notAccepted: 1 });

    await accept(receiptId);
    const both = actualSendResultSchema.parse(await (await send([receiptId, listId])).json());
    expect(both).toMatchObject({ added: 1, updated: 0, alreadyThere: listRows, notAccepted: 0 });
    const again = actualSendResultSchema.parse(await (await send([receiptId, listId])).json());
    expect(again).toMatchObject({ added: 0, updated: 0, alreadyThere: listRows + 1 });

    const landed = await readTransactions(actual);
    expect(landed).toHaveLength(listRows + 1);
    const receipt = await job(receiptId);
    const total = receipt.summary.total ?? 0;
    const fromReceipt = landed.find((row) => row.imported_id === `sukusho:${receiptId}:0`);
    expect(fromReceipt?.amount).toBe(-Math.round(total * 100));
    expect(fromReceipt?.date).toBe(receipt.summary.date);
    expect(fromReceipt?.notes).toContain("en-receipt-items.png");
    // Actual title-cases imported payee names (its default for imports: "GREENLEAF" → "Greenleaf").
    expect(fromReceipt?.payee?.toLowerCase()).toBe(receipt.summary.merchant?.toLowerCase());
    expect(new Set(landed.map((row) => row.imported_id)).size).toBe(landed.length);

    const corrected = await call(`/api/jobs/${receiptId}/corrections`, json("PUT", { path: "total", value: 31.5 }));
    expect(corrected.status).toBe(200);
    await accept(receiptId);
    const update = actualSendResultSchema.parse(await (await send([receiptId])).json());
    expect(update).toMatchObject({ added: 0, updated: 1, alreadyThere: 0 });
    const after = await readTransactions(actual);
    expect(after).toHaveLength(listRows + 1);
    expect(after.find((row) => row.imported_id === `sukusho:${receiptId}:0`)?.amount).toBe(-3150);
    // The original stays in Sukusho beside the correction.
    const kept = await job(receiptId);
    expect(kept.result?.document.kind === "receipt" && kept.result.document.total.value).toBe(total);
    expect(kept.corrections.total?.value).toBe(31.5);
  }, 120_000);

  it("says in plain words what is wrong, and loses nothing", async () => {
    const before = await readTransactions(actual);
    const missingAccount = await send([receiptId], "no-such-account");
    expect(missingAccount.status).toBe(422);
    expect((await missingAccount.json()).error.code).toBe("actual_account_missing");

    await saveSettings({ serverUrl: actual.url, password: "wrong password", syncId: actual.syncId });
    const wrong = await send([receiptId]);
    expect(wrong.status).toBe(422);
    const wrongBody = await wrong.json();
    expect(wrongBody.error.code).toBe("actual_wrong_password");
    expect(wrongBody.error.message).toMatch(/refused the password/);

    await saveSettings({ serverUrl: `http://127.0.0.1:${await freePort()}`, password: actual.password });
    const unreachable = await send([receiptId]);
    expect(unreachable.status).toBe(502);
    expect((await unreachable.json()).error.code).toBe("actual_unreachable");

    await saveSettings({ serverUrl: actual.url, password: actual.password, syncId: "no-such-budget" });
    const noBudget = await send([receiptId]);
    expect(noBudget.status).toBe(422);
    expect((await noBudget.json()).error.code).toBe("actual_budget_not_found");

    expect(await readTransactions(actual)).toEqual(before);
    const kept = await job(receiptId);
    expect(kept.acceptedAt).not.toBeNull();
    expect(kept.corrections.total?.value).toBe(31.5);

    const unaccepted = await send([`no-such-job`]);
    expect(unaccepted.status).toBe(404);
  }, 120_000);
});

describe("Actual Budget: per user", () => {
  const owner = { Authorization: `Bearer ${token}` };

  it("keeps each user's connection apart, and never sends another user's job", async () => {
    const at = (path: string) => `${accounts.url}${path}`;
    expect((await fetch(at("/api/actual/settings"))).status).toBe(401);
    const saved = await fetch(at("/api/actual/settings"), {
      method: "PUT",
      headers: { ...owner, "Content-Type": "application/json" },
      body: JSON.stringify({ serverUrl: actual.url, password: actual.password, syncId: actual.syncId }),
    });
    expect(saved.status).toBe(200);
    const uploaded = await upload(accounts.url, [{ name: "owner.png", bytes: fixture("en-payment-light") }], {}, owner);
    const ownerJob: string = uploaded.body.jobs[0].id;

    const invitation = await fetch(at("/api/invitations"), { method: "POST", headers: owner });
    const { token: invite } = (await invitation.json()) as { token: string };
    const accepted = await fetch(at("/api/invitations/accept"), {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: accounts.url },
      body: JSON.stringify({ token: invite, name: "Ken", email: "ken@example.com", password: "member pass 1" }),
    });
    expect(accepted.status).toBe(201);
    const member = {
      Cookie: accepted.headers
        .getSetCookie()
        .map((cookie) => cookie.split(";")[0])
        .join("; "),
      Origin: accounts.url,
    };

    const theirs = actualSettingsSchema.parse(
      await (await fetch(at("/api/actual/settings"), { headers: member })).json(),
    );
    expect(theirs).toEqual({ serverUrl: null, passwordSet: false, syncId: null, accountId: null });
    const sent = await fetch(at("/api/actual/send"), {
      method: "POST",
      headers: { ...member, "Content-Type": "application/json" },
      body: JSON.stringify({ jobIds: [ownerJob], accountId: actual.accountId }),
    });
    expect(sent.status).toBe(404);
    expect((await sent.json()).error.code).toBe("job_not_found");
    const mine = actualSettingsSchema.parse(await (await fetch(at("/api/actual/settings"), { headers: owner })).json());
    expect(mine).toMatchObject({ serverUrl: actual.url, passwordSet: true });
  }, 60_000);
});
