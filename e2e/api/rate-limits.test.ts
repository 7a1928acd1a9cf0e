import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/postgres";
import { type AppServer, startApp } from "../support/app-server";
import type { UploadFile } from "../support/upload";

/**
 * The issue: "60 uploads in a burst are all accepted". Small limits keep this quick: an
 * embedded server (memory counts), and two PostgreSQL-mode instances sharing one count; the
 * three start together. The test talks to the servers from loopback, a trusted proxy by
 * default, so `X-Forwarded-For` gives each test a client address, and a counter, of its own.
 */

const root = path.resolve(import.meta.dirname, "..", "..");
/** Long enough that a burst fits in one window on a busy two-core machine. */
const WINDOW_SECONDS = 8;

/** A blank 64×64 PNG: accepted like any screenshot, and read by OCR in no time. */
let blank: Buffer;
let blankFile: string;
const blanks = (count: number): UploadFile[] =>
  Array.from({ length: count }, (_, i) => ({ name: `blank-${i}.png`, bytes: blank }));

let embedded: AppServer;
let database: TestDatabase;
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  blank = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#ffffff" } })
    .png()
    .toBuffer();
  blankFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-rate-")), "blank.png");
  fs.writeFileSync(blankFile, blank);
  database = await createTestDatabase();
  // Web instances only, no workers: their jobs wait in the queue, nothing is read.
  const scaledOut = {
    DATABASE_URL: database.url,
    RUN_WORKERS: "false",
    RATE_LIMIT_UPLOADS_PER_IP: "4",
    RATE_LIMIT_UPLOADS_WINDOW_SECONDS: "60",
  };
  [embedded, a, b] = await Promise.all([
    startApp({
      env: {
        RATE_LIMIT_UPLOADS_PER_IP: "3",
        RATE_LIMIT_UPLOADS_PER_USER: "3",
        RATE_LIMIT_UPLOADS_WINDOW_SECONDS: String(WINDOW_SECONDS),
        OCR_WORKERS: "1",
      },
    }),
    startApp({ env: scaledOut }),
    startApp({ env: scaledOut }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([embedded?.stop(), a?.stop(), b?.stop()]);
  await database?.drop();
  if (blankFile) fs.rmSync(path.dirname(blankFile), { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect arbitrary JSON bodies.
  body: any;
}

/** POSTs files as multipart (field `file`), as if from the client `address` behind a proxy. */
async function upload(baseUrl: string, address: string, files: UploadFile[]): Promise<Answer> {
  const form = new FormData();
  for (const file of files)
    form.append("file", new Blob([new Uint8Array(file.bytes)], { type: "image/png" }), file.name);
  const response = await fetch(`${baseUrl}/api/jobs`, {
    method: "POST",
    body: form,
    headers: { "X-Forwarded-For": address },
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

function expectRateLimited(result: Answer, maxSeconds: number): number {
  expect(result.status).toBe(429);
  const header = result.headers.get("retry-after");
  expect(header).toMatch(/^\d+$/);
  const seconds = Number(header);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(maxSeconds);
  expect(result.body).toEqual({
    error: {
      code: "rate_limited",
      message: expect.stringMatching(/^Too many uploads/),
      details: { retryAfterSeconds: seconds },
    },
  });
  return seconds;
}

function sukusho(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/sukusho.mjs", ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("embedded (one process, counts in memory)", () => {
  it("accepts a burst up to the limit, then answers 429 with Retry-After; counts files", async () => {
    const burst = await Promise.all(Array.from({ length: 6 }, () => upload(embedded.url, "203.0.113.1", blanks(1))));
    expect(burst.map((result) => result.status).sort()).toEqual([202, 202, 202, 429, 429, 429]);
    for (const result of burst.filter((r) => r.status === 429)) expectRateLimited(result, WINDOW_SECONDS);
    // Files, not requests: two more files in one request are refused as well.
    expectRateLimited(await upload(embedded.url, "203.0.113.1", blanks(2)), WINDOW_SECONDS);
    // Another address has its own allowance.
    expect((await upload(embedded.url, "203.0.113.2", blanks(3))).status).toBe(202);
    // More files at once than a whole window allows can never pass: 413, not a wait.
    const tooBig = await upload(embedded.url, "203.0.113.3", blanks(4));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe("too_many_files");
  });

  it("the CLI shows the wait, uploads after it, and follows every job", async () => {
    // Four files, one request each, from loopback (a counter no other test uses): the fourth
    // meets the limit of three and is sent again when the window ends.
    const started = Date.now();
    const run = await sukusho(["extract", blankFile, blankFile, blankFile, blankFile, "--json", "--url", embedded.url]);
    const took = Date.now() - started;
    const wait = /Too many uploads — retrying in (\d+) s/.exec(run.stderr);
    expect(wait, run.stderr).not.toBeNull();
    const seconds = Number(wait?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(took).toBeGreaterThanOrEqual((seconds - 1) * 1000);
    const outcomes = JSON.parse(run.stdout) as { jobId: string | null; status: string }[];
    expect(outcomes).toHaveLength(4);
    // Every file became a job (whatever OCR made of a blank image): none was given up.
    for (const outcome of outcomes) expect(outcome.jobId, run.stderr).toEqual(expect.any(String));
    expect(run.stderr.match(/uploaded as job/g)).toHaveLength(4);
  }, 70_000);
});

describe("scaled out (PostgreSQL: every instance shares the count)", () => {
  it("counts uploads through either instance together", async () => {
    const client = "198.51.100.20";
    expect((await upload(a.url, client, blanks(2))).status).toBe(202);
    expect((await upload(b.url, client, blanks(2))).status).toBe(202);
    expect(expectRateLimited(await upload(a.url, client, blanks(1)), 60)).toBeGreaterThan(50);
    expectRateLimited(await upload(b.url, client, blanks(1)), 60);
  });
});
