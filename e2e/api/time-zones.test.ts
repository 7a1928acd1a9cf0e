import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { relativeDatesListPng } from "../support/relative-dates-image";
import { upload } from "../support/upload";

let app: AppServer;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

/** The calendar date in `timeZone` at `instant`, as YYYY-MM-DD. */
function dateIn(timeZone: string, instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: the test reads the result's JSON as the API sends it.
async function finished(link: string): Promise<any> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = await (await fetch(app.url + link)).json();
    if (job.status === "succeeded" || job.status === "failed") return job;
    if (Date.now() > deadline) throw new Error(`job ${link} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("relative dates on the uploader's calendar", () => {
  it("dates Today and Yesterday by the time zone sent with the upload", async () => {
    const png = await relativeDatesListPng();
    // UTC+14 and UTC−11: 25 hours apart, so their calendars never show the same day.
    const zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago"];
    const before = new Date();
    const uploads = await Promise.all(
      zones.map((timeZone) => upload(app.url, [{ name: "activity.png", bytes: png }], { timeZone })),
    );
    const jobs = await Promise.all(uploads.map(({ body }) => finished(body.jobs[0].links.self)));
    const after = new Date();
    const todays: string[] = [];
    zones.forEach((timeZone, i) => {
      const job = jobs[i];
      expect(job.status).toBe("succeeded");
      const rows = job.result.document.rows;
      // Run across a midnight in the zone, either day is right; nothing else is.
      const today = rows[0].date.value as string;
      expect([dateIn(timeZone, before), dateIn(timeZone, after)]).toContain(today);
      const yesterday = new Date(`${today}T00:00:00Z`);
      yesterday.setUTCDate(yesterday.getUTCDate() - 1);
      expect(rows[1].date.value).toBe(yesterday.toISOString().slice(0, 10));
      todays.push(today);
    });
    expect(todays[0]).not.toBe(todays[1]);
  });

  it("dates them from when the screenshot was taken, when the upload says so", async () => {
    const png = await relativeDatesListPng();
    const timeZone = "Asia/Tokyo";
    // Taken three days ago, uploaded now: "Today" is that day, not the upload's.
    const takenAt = new Date(Date.now() - 3 * 24 * 3600_000);
    const { status, body } = await upload(app.url, [{ name: "activity.png", bytes: png }], {
      timeZone,
      capturedAt: JSON.stringify([takenAt.toISOString()]),
    });
    expect(status).toBe(202);
    const job = await finished(body.jobs[0].links.self);
    expect(job.status).toBe("succeeded");
    expect(job.capturedAt).toBe(takenAt.toISOString());
    expect(job.timeZone).toBe(timeZone);
    const rows = job.result.document.rows;
    expect(rows[0].date.value).toBe(dateIn(timeZone, takenAt));
    expect(rows[1].date.value).toBe(dateIn(timeZone, new Date(takenAt.getTime() - 24 * 3600_000)));
  });

  it("takes a capture time after the upload (a clock ahead) for the upload time", async () => {
    const png = await relativeDatesListPng();
    const timeZone = "Asia/Tokyo";
    const before = new Date();
    const { body } = await upload(app.url, [{ name: "activity.png", bytes: png }], {
      timeZone,
      capturedAt: new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
    });
    const job = await finished(body.jobs[0].links.self);
    expect(job.capturedAt).toBeNull();
    expect([dateIn(timeZone, before), dateIn(timeZone, new Date())]).toContain(job.result.document.rows[0].date.value);
  });

  it("refuses capture times that are not times, or not one per file, storing nothing", async () => {
    const png = await relativeDatesListPng();
    const listBefore = await (await fetch(`${app.url}/api/jobs`)).json();
    const files = [
      { name: "a.png", bytes: png },
      { name: "b.png", bytes: png },
    ];
    const notATime = await upload(app.url, files, { capturedAt: "yesterday" });
    expect(notATime.status).toBe(422);
    expect(notATime.body.error.code).toBe("invalid_request");
    expect(notATime.body.error.details[0].path).toBe("capturedAt");
    const tooMany = await upload(app.url, files, {
      capturedAt: JSON.stringify(["2026-12-01T08:30:00Z", null, "2026-12-02T08:30:00Z"]),
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.message).toBe(
      "capturedAt has 3 times for 2 files: send one time for all of them, or one per file.",
    );
    const listAfter = await (await fetch(`${app.url}/api/jobs`)).json();
    expect(listAfter.jobs).toHaveLength(listBefore.jobs.length);
  });

  it("refuses a time zone that is not one, storing nothing", async () => {
    const png = await relativeDatesListPng();
    const listBefore = await (await fetch(`${app.url}/api/jobs`)).json();
    const { status, body } = await upload(app.url, [{ name: "activity.png", bytes: png }], { timeZone: "Tokyo time" });
    expect(status).toBe(422);
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.details).toEqual([
      { path: "timeZone", message: "timeZone must be an IANA time zone name such as Asia/Tokyo or UTC" },
    ]);
    const listAfter = await (await fetch(`${app.url}/api/jobs`)).json();
    expect(listAfter.jobs).toHaveLength(listBefore.jobs.length);
  });
});
