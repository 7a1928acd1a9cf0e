/**
 * What accounts cost a request: the same job read (`GET /api/jobs/{id}`) and the same upload
 * (`POST /api/jobs`, a real one, its job left to run) on a server in open mode (AUTH=none, what every request cost before accounts)
 * and on a server with accounts, with a session cookie, a user's API key and SUKUSHO_API_TOKEN;
 * and how long a password sign-in takes (scrypt, by design slow).
 *
 *   npx tsx bench/auth-overhead.ts        (needs a production build in .next)
 *
 * Requests go one at a time over loopback from this process; percentiles interpolate. It prints
 * figures and asserts nothing about them.
 */
import fs from "node:fs";
import path from "node:path";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { fixture, upload } from "@/e2e/support/upload";
import { root } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, summarise } from "./support/stats";
import { formatTable } from "./support/table";

const READS = 300;
const UPLOADS = 20;
const SIGN_INS = 10;
const TOKEN = "bench-token-0123456789abcdef0123";
const OWNER = { name: "Bench", email: "bench@example.com", password: "bench password 1" };

type Credentials = Record<string, string>;

const post = (origin: string, body: unknown, headers: Credentials = {}) => ({
  method: "POST",
  headers: { "Content-Type": "application/json", Origin: origin, ...headers },
  body: JSON.stringify(body),
});

const cookieOf = (response: Response): Credentials => ({
  Cookie: response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; "),
});

async function timeReads(app: AppServer, jobId: string, headers: Credentials): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < READS + 20; i++) {
    const started = performance.now();
    const response = await fetch(`${app.url}/api/jobs/${jobId}`, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET /api/jobs/${jobId} answered ${response.status}`);
    // The first 20 warm the route and the JIT.
    if (i >= 20) times.push(performance.now() - started);
  }
  return times;
}

async function timeUploads(app: AppServer, headers: Credentials): Promise<{ times: number[]; jobId: string }> {
  const bytes = fixture("en-payment-small");
  const times: number[] = [];
  let jobId = "";
  for (let i = 0; i < UPLOADS + 3; i++) {
    const started = performance.now();
    const response = await upload(app.url, [{ name: "bench.png", bytes }], { extractor: "local" }, headers);
    if (response.status !== 202) {
      throw new Error(`POST /api/jobs answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    if (i >= 3) times.push(performance.now() - started);
    jobId = response.body.jobs[0].id;
  }
  return { times, jobId };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    throw new Error("No production build: build the app first (`npm run build`).");
  }
  console.log("## Accounts: what authentication adds to a request\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `${READS} reads of one job and ${UPLOADS} uploads (local extractor, pipeline at 1) per row, one at a time.\n`,
  );
  // Uploads start jobs; one pipeline slot keeps OCR from weighing differently on the rows.
  const common = { PIPELINE_CONCURRENCY: "1" };
  const rows: string[][] = [];
  let open: AppServer | undefined;
  let accounts: AppServer | undefined;
  try {
    open = await startApp({ env: { ...common, AUTH: "none" } });
    const openUploads = await timeUploads(open, {});
    const baseline = summarise(await timeReads(open, openUploads.jobId, {}));
    const baselineUpload = summarise(openUploads.times);
    rows.push(["open mode (AUTH=none: no check)", ms(baseline.p50), ms(baseline.p95), ms(baselineUpload.p50), "–"]);
    await open.stop();
    open = undefined;

    accounts = await startApp({ env: { ...common, AUTH: "accounts", SUKUSHO_API_TOKEN: TOKEN } });
    const setup = await fetch(`${accounts.url}/api/account/setup`, post(accounts.url, OWNER));
    if (setup.status !== 201) throw new Error(`setup answered ${setup.status}: ${await setup.text()}`);
    const session = cookieOf(setup);
    const created = await fetch(
      `${accounts.url}/api/auth/api-key/create`,
      post(accounts.url, { name: "bench" }, session),
    );
    const apiKey = { Authorization: `Bearer ${((await created.json()) as { key: string }).key}` };
    const token = { Authorization: `Bearer ${TOKEN}` };
    for (const [label, headers] of [
      ["session cookie", session],
      ["user's API key (Bearer)", apiKey],
      ["SUKUSHO_API_TOKEN (Bearer)", token],
    ] as const) {
      const uploads = await timeUploads(accounts, headers);
      const reads = summarise(await timeReads(accounts, uploads.jobId, headers));
      const up = summarise(uploads.times);
      rows.push([label, ms(reads.p50), ms(reads.p95), ms(up.p50), `+${ms(reads.p50 - baseline.p50)}`]);
    }
    const signIns: number[] = [];
    for (let i = 0; i < SIGN_INS; i++) {
      const started = performance.now();
      const response = await fetch(`${accounts.url}/api/auth/sign-in/email`, post(accounts.url, OWNER));
      if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
      signIns.push(performance.now() - started);
    }
    const signIn = summarise(signIns);
    console.log(
      formatTable(
        [
          { header: "credentials" },
          { header: "read p50 ms", align: "right" },
          { header: "read p95 ms", align: "right" },
          { header: "upload p50 ms", align: "right" },
          { header: "read p50 vs open", align: "right" },
        ],
        rows,
      ),
    );
    console.log(
      `\nPassword sign-in (POST /api/auth/sign-in/email): p50 ${ms(signIn.p50)} ms, p95 ${ms(signIn.p95)} ms.`,
    );
  } finally {
    await open?.stop();
    await accounts?.stop();
  }
}

runMain(main);
