import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { stitchedListSchema } from "@/lib/stitch/schema";
import { scoreStitch, type TruthRow } from "@/lib/stitch/score-stitch";
import { recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { upload } from "../support/upload";

// A tall list capture cut into 3 overlapping screenshots (scripts/stitch/write-fixtures.ts).
const CASE = path.resolve(import.meta.dirname, "../../fixtures/stitch/long-scroll-002-en-gb");
const truth = JSON.parse(fs.readFileSync(path.join(CASE, "truth.json"), "utf8")) as { rows: TruthRow[] };
const page = (n: number) => ({ name: `scroll-${n}.png`, bytes: fs.readFileSync(path.join(CASE, `page-${n}.png`)) });
const LOCAL = { extractor: "local", kind: "transaction_list" };

let app: AppServer;

async function finish(jobs: Array<{ links: { events: string } }>): Promise<void> {
  for (const job of jobs) await recordStream(app.url + job.links.events);
}

async function list(id: string) {
  const response = await fetch(`${app.url}/api/lists/${id}`);
  expect(response.status).toBe(200);
  return stitchedListSchema.parse(await response.json());
}

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("stitched lists", () => {
  let listId: string;

  it("makes three overlapping screenshots uploaded with stitch=true one list without repeats", async () => {
    const { status, body } = await upload(app.url, [page(1), page(2), page(3)], { ...LOCAL, stitch: "true" });
    expect(status).toBe(202);
    expect(body.jobs).toHaveLength(3);
    listId = body.jobs[0].id;
    expect(body.jobs.map((job: { list: { id: string; page: number } }) => job.list)).toEqual(
      [0, 1, 2].map((n) => ({ id: listId, page: n, links: { self: `/api/lists/${listId}` } })),
    );
    await finish(body.jobs);

    const merged = await list(listId);
    expect(merged.complete).toBe(true);
    expect(merged.pages.map((p) => p.jobId)).toEqual(body.jobs.map((job: { id: string }) => job.id));
    expect(merged.seams.every((seam) => seam.overlapFound)).toBe(true);
    expect(merged.repeatsRemoved).toBeGreaterThanOrEqual(2);
    const score = scoreStitch(merged.rows, truth.rows);
    expect(score.repeated).toBe(0);
    expect(score.right).toBeGreaterThanOrEqual(truth.rows.length - 2);
    // Every row says which screenshot and box it was read from.
    for (const row of merged.rows) {
      expect(merged.pages.map((p) => p.jobId)).toContain(row.source.jobId);
      expect(row.source.box).not.toBeNull();
    }
    const out = merged.rows
      .filter((row) => row.direction === "out")
      .reduce((sum, row) => sum + (row.amount.value ?? 0), 0);
    expect(merged.totals.out).toBeCloseTo(out, 2);

    const snapshot = jobSnapshotSchema.parse(await (await fetch(`${app.url}/api/jobs/${body.jobs[1].id}`)).json());
    expect(snapshot.list).toEqual({ id: listId, page: 1, links: { self: `/api/lists/${listId}` } });
  });

  it("exports the merged rows, once each", async () => {
    const merged = await list(listId);
    const csv = await (await fetch(`${app.url}/api/lists/${listId}/export?format=csv`)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(merged.rows.length);
    const json = await (await fetch(`${app.url}/api/lists/${listId}/export?format=json`)).json();
    expect(json.jobs).toHaveLength(1);
    const amounts = Object.keys(json.jobs[0].values).filter((key) => /^rows\.\d+\.amount$/.test(key));
    expect(amounts).toHaveLength(merged.rows.length);
    const ofx = await fetch(`${app.url}/api/lists/${listId}/export?format=ofx`);
    expect(ofx.status).toBe(200);
    expect((await ofx.text()).match(/<STMTTRN>/g)?.length).toBe(merged.rows.filter((r) => r.amount.value).length);
  });

  it("follows a correction made on a page", async () => {
    const merged = await list(listId);
    const first = merged.rows[0]!;
    const response = await fetch(`${app.url}/api/jobs/${first.source.jobId}/corrections`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ path: `rows.${first.source.index}.description`, value: "Corrected shop" }),
    });
    expect(response.status).toBe(200);
    expect((await list(listId)).rows[0]?.description.value).toBe("Corrected shop");
  });

  it("adds a screenshot to a list afterwards and merges it", async () => {
    const { body } = await upload(app.url, [page(1), page(2)], { ...LOCAL, stitch: "true" });
    await finish(body.jobs);
    const before = await list(body.jobs[0].id);

    const form = new FormData();
    const third = page(3);
    form.append("file", new Blob([new Uint8Array(third.bytes)], { type: "image/png" }), third.name);
    const added = await fetch(`${app.url}/api/jobs/${body.jobs[1].id}/pages`, { method: "POST", body: form });
    expect(added.status).toBe(202);
    const answer = await added.json();
    expect(answer.list.id).toBe(body.jobs[0].id);
    expect(answer.jobs[0].list.page).toBe(2);
    await finish(answer.jobs);

    const after = await list(body.jobs[0].id);
    expect(after.pages).toHaveLength(3);
    expect(after.rows.length).toBeGreaterThan(before.rows.length);
    expect(scoreStitch(after.rows, truth.rows).repeated).toBe(0);
  });

  it("makes a job on its own the first page of a new list", async () => {
    const { body } = await upload(app.url, [page(2)], LOCAL);
    await finish(body.jobs);
    expect(body.jobs[0].list).toBeNull();
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(page(3).bytes)], { type: "image/png" }), "scroll-3.png");
    const added = await (
      await fetch(`${app.url}/api/jobs/${body.jobs[0].id}/pages`, { method: "POST", body: form })
    ).json();
    await finish(added.jobs);
    const merged = await list(body.jobs[0].id);
    expect(merged.pages.map((p) => p.jobId)).toEqual([body.jobs[0].id, added.jobs[0].id]);
    expect(merged.repeatsRemoved).toBeGreaterThanOrEqual(1);
  });

  it("answers 404 for a list that does not exist", async () => {
    expect((await fetch(`${app.url}/api/lists/no-such-list`)).status).toBe(404);
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(page(1).bytes)], { type: "image/png" }), "x.png");
    expect((await fetch(`${app.url}/api/jobs/no-such-job/pages`, { method: "POST", body: form })).status).toBe(404);
  });
});
