import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertCompleteStream, recordStream } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { waitFor } from "../support/free-port";
import { fixture, upload } from "../support/upload";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

const strip = (events: { id: number; type: string; data: unknown }[]) =>
  events.map(({ id, type, data }) => ({ id, type, data }));

describe("resuming with Last-Event-ID", () => {
  it("gives a client that drops mid-job exactly what it missed, with no gap or duplicate", async () => {
    // The tall statement is cut into strips: its OCR runs long enough to drop in the middle.
    const { body } = await upload(app.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    const events = app.url + body.jobs[0].links.events;

    const before = await recordStream(events, {
      until: (event) => event.type === "step.progress" || event.type === "ocr.region",
    });
    expect(before.closedByServer).toBe(false);
    const lastSeen = before.events.at(-1)?.id ?? 0;
    expect(lastSeen).toBeGreaterThan(0);

    const after = await recordStream(events, { lastEventId: lastSeen });
    assertCompleteStream(after, lastSeen);
    expect(after.events[0]?.id).toBe(lastSeen + 1);

    const full = await recordStream(events);
    assertCompleteStream(full);
    expect(strip([...before.events, ...after.events])).toEqual(strip(full.events));
    // The job went on while nobody listened: the resumed part holds the OCR and the result.
    expect(after.events.some((event) => event.type === "ocr.region")).toBe(true);
  });

  it("accepts the position as ?lastEventId= for a first connection", async () => {
    const { body } = await upload(app.url, [{ name: "pay.png", bytes: fixture("en-payment-light") }]);
    const events = app.url + body.jobs[0].links.events;
    const full = await recordStream(events);
    const tail = await recordStream(`${events}?lastEventId=3`);
    expect(strip(tail.events)).toEqual(strip(full.events.slice(3)));
  });

  it("prefers the Last-Event-ID header over the query parameter", async () => {
    const { body } = await upload(app.url, [{ name: "pay.png", bytes: fixture("en-payment-dark") }]);
    const events = app.url + body.jobs[0].links.events;
    const full = await recordStream(events);
    const tail = await recordStream(`${events}?lastEventId=1`, { lastEventId: 5 });
    expect(tail.events[0]?.id).toBe(6);
    expect(tail.events).toHaveLength(full.events.length - 5);
  });

  it("rejects a Last-Event-ID that is not decimal digits, in the header and in the query", async () => {
    const { body } = await upload(app.url, [{ name: "pay.png", bytes: fixture("en-payment-small") }]);
    const events = app.url + body.jobs[0].links.events;
    for (const bad of ["abc", "0x10", "1e3", "-1", "2.0"]) {
      for (const response of [
        await fetch(events, { headers: { "Last-Event-ID": bad } }),
        await fetch(`${events}?lastEventId=${encodeURIComponent(bad)}`),
      ]) {
        expect(response.status, bad).toBe(400);
        expect((await response.json()).error.code, bad).toBe("invalid_last_event_id");
      }
    }
    await recordStream(events);
  });

  it("takes a Last-Event-ID beyond a running job's log as up to date: follows, then closes at job.done", async () => {
    const { body } = await upload(app.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    const events = app.url + body.jobs[0].links.events;
    await recordStream(events, { until: (event) => event.type === "step.started" });
    const beyond = await recordStream(events, { lastEventId: 1_000_000, timeoutMs: 120_000 });
    const first = beyond.events[0]?.id ?? 0;
    expect(first).toBeGreaterThan(1);
    assertCompleteStream(beyond, first - 1);
    const full = await recordStream(events);
    expect(strip(beyond.events)).toEqual(strip(full.events.slice(first - 1)));
  });

  it("releases a stream's subscription when the client leaves", async () => {
    const { body } = await upload(app.url, [{ name: "long.png", bytes: fixture("ja-bank-statement-long") }]);
    const events = app.url + body.jobs[0].links.events;
    // Several clients come and go mid-job; each one's stream is torn down at once, the job
    // still finishes, and a new client sees it all.
    for (let i = 0; i < 5; i++) await recordStream(events, { until: () => true });
    const health = async () => (await (await fetch(`${app.url}/api/health`)).json()).streams as number;
    await waitFor(async () => (await health()) === 0, 5_000, "the dropped streams to be released");
    const full = await recordStream(events);
    assertCompleteStream(full);
    expect(await health()).toBe(0);
  });
});
