import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, type UploadFile, upload } from "../support/upload";

/** Duplicates (docs/duplicates.md): the same image again, the same receipt again, and what the user does about it. */

const SHOT = "en-payment-light";
let app: AppServer;
let original: string;
/** The first copy, flagged and left so: its merchant is still the one read. */
let firstCopy: string;

const jobUrl = (base: string, id: string, rest = "") => `${base}/api/jobs/${id}${rest}`;
const snapshot = async (id: string, headers: Record<string, string> = {}) =>
  jobSnapshotSchema.parse(await (await fetch(jobUrl(app.url, id), { headers })).json());
const post = (base: string, id: string, action: string, headers: Record<string, string> = {}) =>
  fetch(jobUrl(base, id, `/duplicate/${action}`), { method: "POST", headers: { Origin: base, ...headers } });

/**
 * Uploads one file, waits for its job to finish, and answers its id and flag. The same-image
 * flag is set by the job's check step, after the 202 (docs/fast-upload.md): the 202 has none.
 */
async function uploaded(base: string, file: UploadFile, headers: Record<string, string> = {}) {
  const { status, body } = await upload(base, [file], {}, headers);
  expect(status).toBe(202);
  expect(body.jobs[0].duplicateOf).toBeNull();
  await recordStream(base + body.jobs[0].links.events, { headers });
  const job = jobSnapshotSchema.parse(await (await fetch(jobUrl(base, body.jobs[0].id), { headers })).json());
  return { id: job.id, duplicateOf: job.duplicateOf };
}

const asJpeg = async () => ({
  name: "again.jpg",
  type: "image/jpeg",
  bytes: await sharp(fixture(SHOT)).jpeg({ quality: 80 }).toBuffer(),
});

beforeAll(async () => {
  app = await startApp();
  original = (await uploaded(app.url, { name: `${SHOT}.png`, bytes: fixture(SHOT) })).id;
});
afterAll(async () => {
  await app?.stop();
});

describe("the same image uploaded again", () => {
  it("is flagged by its check step, re-encoded as JPEG, in the job, the history and not on the original", async () => {
    const again = await uploaded(app.url, await asJpeg());
    firstCopy = again.id;
    const expected = { jobId: original, reason: "same_image", fileName: `${SHOT}.png` };
    expect(again.duplicateOf).toMatchObject(expected);
    expect((await snapshot(again.id)).duplicateOf).toMatchObject(expected);
    expect((await snapshot(original)).duplicateOf).toBeNull();
    const history = await (await fetch(`${app.url}/api/jobs`)).json();
    const row = history.jobs.find((job: { id: string }) => job.id === again.id);
    expect(row.duplicateOf).toMatchObject(expected);
  });

  it("keep both: the flag goes and stays gone; a second dismissal is a 409, an unknown job a 404", async () => {
    const again = await uploaded(app.url, await asJpeg());
    const response = await post(app.url, again.id, "dismiss");
    expect(response.status).toBe(200);
    expect(jobSnapshotSchema.parse(await response.json()).duplicateOf).toBeNull();
    expect((await snapshot(again.id)).duplicateOf).toBeNull();
    const twice = await post(app.url, again.id, "dismiss");
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.code).toBe("not_a_duplicate");
    expect((await post(app.url, "00000000-0000-4000-8000-000000000000", "dismiss")).status).toBe(404);
  });

  it("merge: the original takes the duplicate's correction and acceptance, the duplicate is gone", async () => {
    const again = await uploaded(app.url, {
      name: "third.webp",
      type: "image/webp",
      bytes: await sharp(fixture(SHOT)).webp().toBuffer(),
    });
    expect(again.duplicateOf).toMatchObject({ jobId: original });
    const corrected = await fetch(jobUrl(app.url, again.id, "/corrections"), {
      method: "PUT",
      headers: { "Content-Type": "application/json", Origin: app.url },
      body: JSON.stringify({ path: "merchant", value: "Blue Bottle (Hayes Valley)" }),
    });
    expect(corrected.status).toBe(200);
    expect(
      (await fetch(jobUrl(app.url, again.id, "/accept"), { method: "POST", headers: { Origin: app.url } })).status,
    ).toBe(200);

    const merged = await post(app.url, again.id, "merge");
    expect(merged.status).toBe(200);
    const body = jobSnapshotSchema.parse(await merged.json());
    expect(body.id).toBe(original);
    expect(body.corrections.merchant?.value).toBe("Blue Bottle (Hayes Valley)");
    expect(body.acceptedAt).not.toBeNull();
    expect((await fetch(jobUrl(app.url, again.id))).status).toBe(404);
    expect((await post(app.url, original, "merge")).status).toBe(409);
  });

  it("delete this one: the existing DELETE removes the duplicate and leaves the original", async () => {
    const again = await uploaded(app.url, await asJpeg());
    expect(again.duplicateOf).toMatchObject({ jobId: original });
    expect((await fetch(jobUrl(app.url, again.id), { method: "DELETE", headers: { Origin: app.url } })).status).toBe(
      204,
    );
    expect((await fetch(jobUrl(app.url, again.id))).status).toBe(404);
    expect((await snapshot(original)).status).toBe("succeeded");
  });

  it("a different screenshot is not flagged", async () => {
    const other = await uploaded(app.url, { name: "dark.png", bytes: fixture("en-payment-dark") });
    expect(other.duplicateOf).toBeNull();
    expect((await snapshot(other.id)).duplicateOf).toBeNull();
  });
});

describe("the same receipt from another image", () => {
  it("is flagged once its result is in: same date, total, currency and merchant (as corrected)", async () => {
    // The status bar cut off: another image to the hash, the same payment to the extractor.
    const source = fixture(SHOT);
    const { width = 0, height = 0 } = await sharp(source).metadata();
    const bytes = await sharp(source)
      .extract({ left: 0, top: 150, width, height: height - 150 })
      .png()
      .toBuffer();
    const cropped = await uploaded(app.url, { name: "cropped.png", bytes });
    // Not the same image: the flag comes from the result, not from the check.
    expect(cropped.duplicateOf?.reason).toBe("same_transaction");
    const after = await snapshot(cropped.id);
    expect(after.summary).toMatchObject({ total: 12.45, currency: "USD", date: "2026-10-03" });
    // The original's merchant was corrected (merge, above) to a name the crop does not read alike;
    // the first copy still has the name as read, and is the earliest match.
    expect((await snapshot(original)).summary.merchant).toBe("Blue Bottle (Hayes Valley)");
    expect(after.duplicateOf).toMatchObject({ jobId: firstCopy, reason: "same_transaction" });
  });
});

describe("with accounts", () => {
  let accounts: AppServer;
  beforeAll(async () => {
    accounts = await startApp({ env: { AUTH: "accounts" } });
  });
  afterAll(async () => {
    await accounts?.stop();
  });

  it("never flags another user's identical upload, nor lets them resolve it", async () => {
    const json = (body: unknown, headers: Record<string, string> = {}) => ({
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: accounts.url, ...headers },
      body: JSON.stringify(body),
    });
    const cookieOf = (response: Response) => ({
      Cookie: response.headers
        .getSetCookie()
        .map((cookie) => cookie.split(";")[0])
        .join("; "),
    });
    const setup = await fetch(
      `${accounts.url}/api/account/setup`,
      json({ name: "Hana", email: "hana@example.com", password: "owner pass 1" }),
    );
    expect(setup.status).toBe(201);
    const owner = cookieOf(setup);
    const { token } = await (await fetch(`${accounts.url}/api/invitations`, json({}, owner))).json();
    const accepted = await fetch(
      `${accounts.url}/api/invitations/accept`,
      json({ token, name: "Ken", email: "ken@example.com", password: "member pass 1" }),
    );
    expect(accepted.status).toBe(201);
    const member = cookieOf(accepted);

    const file = { name: `${SHOT}.png`, bytes: fixture(SHOT) };
    const owners = await uploaded(accounts.url, file, owner);
    const members = await uploaded(accounts.url, file, member);
    expect(members.duplicateOf).toBeNull();
    const ownersAgain = await uploaded(accounts.url, await asJpeg(), owner);
    expect(ownersAgain.duplicateOf).toMatchObject({ jobId: owners.id, reason: "same_image" });
    expect((await post(accounts.url, ownersAgain.id, "dismiss", member)).status).toBe(404);
    expect((await post(accounts.url, ownersAgain.id, "merge", member)).status).toBe(404);
  });
});
