import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allDone, assertCompleteJobs, byJob, recordBoard } from "@/lib/testing/board-recorder";
import { recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { fixture, upload } from "../support/upload";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The job's own stream, replayed to the end: what the board must have carried for it. */
async function ownStream(jobId: string) {
  const recording = await recordStream(`${app.url}/api/jobs/${jobId}/events`);
  return recording.events.map((event) => ({ seq: event.id, type: event.type, data: event.data }));
}

describe("one stream for the board (GET /api/events)", () => {
  it("carries jobs uploaded while it is open, every event of each exactly once", async () => {
    let opened: () => void = () => {};
    const open = new Promise<void>((resolve) => {
      opened = resolve;
    });
    const ids: string[] = [];
    const recording = recordBoard(`${app.url}/api/events`, {
      onOpen: () => opened(),
      until: (events) => ids.length === 2 && allDone(events, ids),
    });
    await open;
    const { body } = await upload(app.url, [
      { name: "a.png", bytes: fixture("en-payment-small") },
      { name: "b.png", bytes: fixture("ja-payment-light") },
    ]);
    ids.push(...body.jobs.map((job: { id: string }) => job.id));
    const { events, headers } = await recording;
    expect(headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    assertCompleteJobs(events, ids);
    for (const id of ids) {
      const carried = (byJob(events).get(id) ?? []).map(({ seq, type, data }) => ({ seq, type, data }));
      expect(carried).toEqual(await ownStream(id));
    }
  });

  it("resumes every job from the combined id of the last event, without a gap or a repeat", async () => {
    const { body } = await upload(app.url, [
      { name: "long.png", bytes: fixture("ja-bank-statement-long") },
      { name: "small.png", bytes: fixture("en-payment-small") },
    ]);
    const ids: string[] = body.jobs.map((job: { id: string }) => job.id);
    const jobs = `?jobs=${ids.join(",")}`;
    // Leave in the middle: once both jobs have sent a few events.
    const first = await recordBoard(`${app.url}/api/events${jobs}`, {
      until: (events) => ids.every((id) => events.filter((event) => event.jobId === id).length >= 3),
    });
    const cursor = first.events.at(-1)?.cursor;
    expect(cursor).toMatch(/^b1\.\d+\./);
    const second = await recordBoard(`${app.url}/api/events${jobs}`, { lastEventId: cursor });
    // A chosen set ends by itself once every job in it is done.
    expect(second.closedByServer).toBe(true);
    assertCompleteJobs([...first.events, ...second.events], ids);
  });

  it("answers a finished set with nothing more, and refuses a foreign id or a cursor it never wrote", async () => {
    const { body } = await upload(app.url, [{ name: "c.png", bytes: fixture("en-payment-small") }]);
    const id = body.jobs[0].id;
    const whole = await recordBoard(`${app.url}/api/events?jobs=${id}`);
    assertCompleteJobs(whole.events, [id]);
    const again = await recordBoard(`${app.url}/api/events?jobs=${id}`, { lastEventId: whole.events.at(-1)?.cursor });
    expect(again.closedByServer).toBe(true);
    expect(again.events).toEqual([]);

    const unknown = await fetch(`${app.url}/api/events?jobs=${id},no-such-job`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("job_not_found");
    const badCursor = await fetch(`${app.url}/api/events`, { headers: { "Last-Event-ID": "12" } });
    expect(badCursor.status).toBe(400);
    expect((await badCursor.json()).error.code).toBe("invalid_last_event_id");
  });
});
