import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { spendingSummarySchema } from "@/lib/spending/schema";
import { recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

let app: AppServer;
let receiptId: string;
let listId: string;

async function finished(name: string): Promise<string> {
  const { body } = await upload(app.url, [{ name: `${name}.png`, bytes: fixture(name) }]);
  await recordStream(app.url + body.jobs[0].links.events);
  return body.jobs[0].id;
}

const jobUrl = (id: string, rest = "") => `${app.url}/api/jobs/${id}${rest}`;
const put = (id: string, body: unknown) =>
  fetch(jobUrl(id, "/corrections"), {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  app = await startApp();
  receiptId = await finished("ja-payment-light");
  listId = await finished("en-card-history-light");
});
afterAll(async () => {
  await app?.stop();
});

describe("review: corrections beside the originals", () => {
  it("stores a correction without touching the value as read, and reverts it", async () => {
    const response = await put(receiptId, { path: "total", value: 1300 });
    expect(response.status).toBe(200);
    const snapshot = jobSnapshotSchema.parse(await response.json());
    expect(snapshot.corrections.total?.value).toBe(1300);
    expect(snapshot.result?.document.kind === "receipt" && snapshot.result.document.total.value).toBe(1280);
    expect(snapshot.summary.total).toBe(1300);

    const reverted = jobSnapshotSchema.parse(
      await (await fetch(jobUrl(receiptId, "/corrections?path=total"), { method: "DELETE" })).json(),
    );
    expect(reverted.corrections).toEqual({});
    expect(reverted.summary.total).toBe(1280);
  });

  it("refuses an unknown field, a wrong type, and a job without a result", async () => {
    for (const body of [
      { path: "rows.0.amount", value: 1 },
      { path: "total", value: "lots" },
      { path: "date", value: "2026-13-01" },
    ]) {
      const response = await put(receiptId, body);
      expect(response.status).toBe(422);
      expect((await response.json()).error.code).toBe("invalid_correction");
    }
    const malformed = await fetch(jobUrl(receiptId, "/corrections"), {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: "not json",
    });
    expect(malformed.status).toBe(422);
    const missing = await put("no-such-job", { path: "total", value: 1 });
    expect(missing.status).toBe(404);
  });

  it("corrects a receipt's tax and address, which a payment screen does not print, and refuses a worded rounding", async () => {
    const tax = jobSnapshotSchema.parse(await (await put(receiptId, { path: "tax", value: 116 })).json());
    expect(tax.corrections.tax?.value).toBe(116);
    expect(tax.result?.document.kind === "receipt" && tax.result.document.tax.value).toBeNull();
    const address = await put(receiptId, { path: "address", value: "東京都渋谷区道玄坂2-1-1" });
    expect(address.status).toBe(200);
    const rounding = await put(receiptId, { path: "rounding", value: "minus two" });
    expect(rounding.status).toBe(422);
    expect((await rounding.json()).error.message).toMatch(/rounding.*a number/);
  });

  it("accepts a result", async () => {
    const snapshot = jobSnapshotSchema.parse(
      await (await fetch(jobUrl(receiptId, "/accept"), { method: "POST" })).json(),
    );
    expect(snapshot.acceptedAt).not.toBeNull();
  });
});

describe("export", () => {
  it("downloads one job as CSV with a BOM and the corrected value", async () => {
    await put(receiptId, { path: "merchant", value: "ローソン 渋谷店" });
    const response = await fetch(jobUrl(receiptId, "/export?format=csv"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sukusho-.*\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("ローソン 渋谷店,1280,JPY");
    const [header, row] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toMatch(/,corrected,address,subtotal,tax,rounding$/);
    // The corrected tax and address in their columns; subtotal and rounding were not read.
    expect(row).toMatch(/,東京都渋谷区道玄坂2-1-1,,116,$/);
  });

  it("downloads several jobs together, one row per transaction, and JSON with originals", async () => {
    const csv = await (await fetch(`${app.url}/api/export?ids=${receiptId},${listId}&format=csv`)).text();
    const lines = csv.trim().split("\r\n");
    expect(lines.filter((line) => line.includes(listId)).length).toBe(10);
    expect(lines.filter((line) => line.includes(receiptId)).length).toBe(1);
    const json = await (await fetch(`${app.url}/api/export?ids=${receiptId},${listId}&format=json`)).json();
    expect(json.jobs.map((job: { id: string }) => job.id)).toEqual([receiptId, listId]);
    expect(json.jobs[0].values.merchant).toMatchObject({ value: "ローソン 渋谷店", corrected: true });
    expect(json.jobs[0].values.merchant.original).toContain("ファミリーマート");
    expect(json.jobs[0].values.tax).toMatchObject({ value: 116, original: null, corrected: true });
    expect(json.jobs[0].values.subtotal).toMatchObject({ value: null, corrected: false });
    const bad = await fetch(`${app.url}/api/export?format=csv`);
    expect(bad.status).toBe(422);
  });
  it("downloads OFX and QIF for budgeting programs: the corrected payee, money out negative, stable ids", async () => {
    const both = `${app.url}/api/export?ids=${receiptId},${listId}`;
    const ofxResponse = await fetch(`${both}&format=ofx`);
    expect(ofxResponse.headers.get("content-type")).toBe("application/x-ofx; charset=utf-8");
    expect(ofxResponse.headers.get("content-disposition")).toMatch(/\.ofx"$/);
    const ofx = await ofxResponse.text();
    expect(ofx.match(/<STMTTRN>/g)).toHaveLength(11);
    expect(ofx).toContain(`<TRNAMT>-1280</TRNAMT><FITID>${receiptId}-0</FITID><NAME>ローソン 渋谷店</NAME>`);
    expect(ofx).toContain("<CURDEF>JPY</CURDEF>");
    // The same jobs downloaded again carry the same FITIDs: an importer adds nothing twice.
    expect(await (await fetch(`${both}&format=ofx`)).text()).toEqual(
      expect.stringContaining(`<FITID>${listId}-9</FITID>`),
    );
    const qif = await (await fetch(jobUrl(receiptId, "/export?format=qif"))).text();
    expect(qif).toMatch(/^!Type:Bank\nD\d{4}-\d\d-\d\d\nT-1280\nPローソン 渋谷店\n/);
  });
});

describe("spending", () => {
  const spending = async (query = "period=month") => {
    const response = await fetch(`${app.url}/api/spending?${query}`);
    expect(response.status).toBe(200);
    return spendingSummarySchema.parse(await response.json());
  };

  /** The sums worked out here from the jobs themselves, corrections applied by hand. */
  async function sumsFromJobs(): Promise<Map<string | null, { in: number; out: number; count: number }>> {
    const sums = new Map<string | null, { in: number; out: number; count: number }>();
    for (const id of [receiptId, listId]) {
      const job = jobSnapshotSchema.parse(await (await fetch(jobUrl(id))).json());
      const document = job.result?.document;
      if (!document || document.kind === "custom") continue;
      const currency = job.corrections.currency?.value ?? document.currency.value;
      const sum = sums.get(currency as string | null) ?? { in: 0, out: 0, count: 0 };
      if (document.kind === "receipt") {
        sum.out += Number(job.corrections.total?.value ?? document.total.value);
        sum.count++;
      } else {
        for (const [index, row] of document.rows.entries()) {
          const amount = Number(job.corrections[`rows.${index}.amount`]?.value ?? row.amount.value);
          if (row.direction === "in") sum.in += amount;
          else sum.out += amount;
          sum.count++;
        }
      }
      sums.set(currency as string | null, sum);
    }
    return sums;
  }

  it("adds up money in and out per currency as the jobs hold it, and follows a correction", async () => {
    const expected = await sumsFromJobs();
    const summary = await spending();
    expect(summary.jobs).toBe(2);
    for (const [currency, sum] of expected) {
      const totals = summary.currencies.find((entry) => entry.currency === currency)?.totals;
      expect(totals?.count).toBe(sum.count);
      expect(totals?.out).toBeCloseTo(sum.out, 6);
      expect(totals?.in).toBeCloseTo(sum.in, 6);
    }

    const jpyOut = (figures: typeof summary) =>
      figures.currencies.find((entry) => entry.currency === "JPY")?.totals.out;
    const before = jpyOut(summary) ?? 0;
    const receipt = jobSnapshotSchema.parse(await (await fetch(jobUrl(receiptId))).json());
    const readTotal = Number(receipt.result?.document.kind === "receipt" && receipt.result.document.total.value);
    await put(receiptId, { path: "total", value: 5000 });
    expect(jpyOut(await spending())).toBeCloseTo(before - readTotal + 5000, 6);
    await fetch(jobUrl(receiptId, "/corrections?path=total"), { method: "DELETE" });
    expect(jpyOut(await spending())).toBeCloseTo(before, 6);
  });

  it("puts every transaction in a week's bar, and narrows to the history search", async () => {
    const weekly = await spending("period=week");
    for (const currency of weekly.currencies) {
      const inBars = currency.periods.reduce((sum, bar) => sum + bar.count, 0) + currency.earlier.count;
      expect(inBars).toBe(currency.totals.count);
      for (const bar of currency.periods) expect(new Date(`${bar.start}T00:00:00Z`).getUTCDay()).toBe(1);
    }
    const searched = await spending(`period=month&q=${encodeURIComponent("ローソン")}`);
    expect(searched.jobs).toBe(1);
    expect(searched.currencies.map((entry) => entry.currency)).toEqual(["JPY"]);
  });

  it("refuses a period it does not know with a clear error", async () => {
    const response = await fetch(`${app.url}/api/spending?period=year`);
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe("invalid_request");
  });
});

describe("history", () => {
  it("finds jobs by merchant (any case), by amount, and shows a thumbnail", async () => {
    const byMerchant = await (await fetch(`${app.url}/api/jobs?q=${encodeURIComponent("ローソン")}`)).json();
    expect(byMerchant.jobs.map((job: { id: string }) => job.id)).toEqual([receiptId]);
    const byAmount = await (await fetch(`${app.url}/api/jobs?q=${encodeURIComponent("¥1,280")}`)).json();
    expect(byAmount.jobs.map((job: { id: string }) => job.id)).toEqual([receiptId]);
    const byFile = await (await fetch(`${app.url}/api/jobs?q=CARD-HISTORY`)).json();
    expect(byFile.jobs.map((job: { id: string }) => job.id)).toEqual([listId]);
    const thumbnail = await fetch(jobUrl(listId, "/thumbnail"));
    expect(thumbnail.headers.get("content-type")).toBe("image/webp");
    expect((await thumbnail.arrayBuffer()).byteLength).toBeGreaterThan(500);
  });

  it("deletes a job with everything it had", async () => {
    const id = await finished("en-payment-small");
    await put(id, { path: "total", value: 9 });
    expect((await fetch(jobUrl(id), { method: "DELETE" })).status).toBe(204);
    for (const rest of ["", "/image", "/thumbnail", "/export", "/events"]) {
      expect((await fetch(jobUrl(id, rest))).status).toBe(404);
    }
  });
});
