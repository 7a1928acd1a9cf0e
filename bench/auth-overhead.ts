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

interface Variant {
  label: string;
  app: AppServer;
  headers: Credentials;
  jobId: string;
  reads: number[];
  uploads: number[];
}

async function timedRead(variant: Variant): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${variant.app.url}/api/jobs/${variant.jobId}`, { headers: variant.headers });
  await response.arrayBuffer();
  if (response.status !== 200)
    throw new Error(`${variant.label}: GET /api/jobs/${variant.jobId} answered ${response.status}`);
  return performance.now() - started;
}

async function timedUpload(variant: Variant, bytes: Uint8Array): Promise<number> {
  const started = performance.now();
  const response = await upload(
    variant.app.url,
    [{ name: "bench.png", bytes }],
    { extractor: "local" },
    variant.headers,
  );
  if (response.status !== 202) {
    throw new Error(`${variant.label}: POST /api/jobs answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  variant.jobId = response.body.jobs[0].id;
  return performance.now() - started;
}

/** Until no job runs or waits on any of the servers (their OCR would weigh on the timings). */
async function waitIdle(apps: AppServer[]): Promise<void> {
  for (const app of apps) {
    for (;;) {
      const health = (await (await fetch(`${app.url}/api/health`)).json()) as {
        pipeline: { running: number; queued: number };
      };
      if (health.pipeline.running === 0 && health.pipeline.queued === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const signed = (value: number) => `${value < 0 ? "−" : "+"}${ms(Math.abs(value))}`;

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    throw new Error("No production build: build the app first (`npm run build`).");
  }
  console.log("## Accounts: what authentication adds to a request\n");
  console.log(`Machine: ${describeMachine()}`);
  console.log(
    `Two servers side by side, open mode and accounts; ${READS} reads of one job and ${UPLOADS} uploads ` +
      "(local extractor, pipeline at 1) per row, the rows taking turns request by request so that load " +
      "on the machine weighs on all of them alike.\n",
  );
  const common = { PIPELINE_CONCURRENCY: "1" };
  let open: AppServer | undefined;
  let accounts: AppServer | undefined;
  try {
    open = await startApp({ env: { ...common, AUTH: "none" } });
    accounts = await startApp({ env: { ...common, AUTH: "accounts", SUKUSHO_API_TOKEN: TOKEN } });
    const setup = await fetch(`${accounts.url}/api/account/setup`, post(accounts.url, OWNER));
    if (setup.status !== 201) throw new Error(`setup answered ${setup.status}: ${await setup.text()}`);
    const session = cookieOf(setup);
    const created = await fetch(
      `${accounts.url}/api/auth/api-key/create`,
      post(accounts.url, { name: "bench" }, session),
    );
    const apiKey = { Authorization: `Bearer ${((await created.json()) as { key: string }).key}` };
    const variant = (label: string, app: AppServer, headers: Credentials): Variant => ({
      label,
      app,
      headers,
      jobId: "",
      reads: [],
      uploads: [],
    });
    const variants = [
      variant("open mode (AUTH=none: no check)", open, {}),
      variant("session cookie", accounts, session),
      variant("user's API key (Bearer)", accounts, apiKey),
      variant("SUKUSHO_API_TOKEN (Bearer)", accounts, { Authorization: `Bearer ${TOKEN}` }),
    ];
    const bytes = fixture("en-payment-small");
    // One job each to read; reads are timed once their OCR is over, so that they measure the
    // request, not the OCR next to it. Uploads come last (each starts OCR). The first rounds of
    // both are untimed: they warm the routes and the JIT.
    for (const v of variants) await timedUpload(v, bytes);
    await waitIdle([open, accounts]);
    for (let round = 0; round < READS + 20; round++) {
      for (const v of variants) {
        const took = await timedRead(v);
        if (round >= 20) v.reads.push(took);
      }
    }
    for (let round = 0; round < UPLOADS + 3; round++) {
      for (const v of variants) {
        const took = await timedUpload(v, bytes);
        if (round >= 3) v.uploads.push(took);
      }
    }
    const baseline = summarise(variants[0]?.reads ?? []);
    const baselineUpload = summarise(variants[0]?.uploads ?? []);
    const rows = variants.map((v, index) => {
      const reads = summarise(v.reads);
      const uploads = summarise(v.uploads);
      return [
        v.label,
        ms(reads.p50),
        ms(reads.p95),
        ms(uploads.p50),
        index === 0 ? "–" : signed(reads.p50 - baseline.p50),
        index === 0 ? "–" : signed(uploads.p50 - baselineUpload.p50),
      ];
    });
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
          { header: "upload p50 vs open", align: "right" },
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
