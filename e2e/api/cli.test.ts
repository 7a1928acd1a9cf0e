import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { freePort } from "../support/free-port";

/** The CLI as a user runs it: `node bin/sukusho.mjs …`, a child process, stdout and stderr apart. */

const root = path.resolve(import.meta.dirname, "..", "..");
const EN = "fixtures/screens/en-payment-light.png";
const JA = "fixtures/screens/ja-payment-light.png";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sukusho(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("SUKUSHO_URL" in env)) delete childEnv.SUKUSHO_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/sukusho.mjs", ...args], {
      cwd: root,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 80_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let app: AppServer;

async function jobCount(): Promise<number> {
  const response = await fetch(`${app.url}/api/jobs?limit=200`);
  const body = (await response.json()) as { jobs: unknown[] };
  return body.jobs.length;
}

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe("sukusho extract", () => {
  it("--json prints one JSON document with every result, progress on stderr, exit 0", async () => {
    const run = await sukusho(["extract", EN, JA, "--json", "--url", app.url]);
    expect(run.stderr).not.toMatch(/unexpected error/);
    expect(run.code, run.stderr).toBe(0);

    // The whole of stdout is one JSON document: JSON.parse refuses anything around it.
    const outcomes = JSON.parse(run.stdout) as {
      file: string;
      jobId: string;
      status: string;
      result: {
        document: { kind: string; merchant: { value: string }; total: { value: number }; currency: { value: string } };
      };
    }[];
    expect(outcomes.map((outcome) => [outcome.file, outcome.status])).toEqual([
      [EN, "succeeded"],
      [JA, "succeeded"],
    ]);
    const [en, ja] = outcomes;
    expect(en?.result.document.kind).toBe("receipt");
    expect(en?.result.document.merchant.value).toBe("Blue Bottle Coffee");
    expect(en?.result.document.total.value).toBe(12.45);
    expect(en?.result.document.currency.value).toBe("USD");
    expect(ja?.result.document.total.value).toBe(1280);
    expect(ja?.result.document.currency.value).toBe("JPY");

    // They are the server's jobs, finished with exactly these results.
    for (const outcome of outcomes) {
      const snapshot = (await (await fetch(`${app.url}/api/jobs/${outcome.jobId}`)).json()) as {
        status: string;
        result: unknown;
      };
      expect(snapshot.status).toBe("succeeded");
      expect(snapshot.result).toEqual(outcome.result);
    }

    // Progress went to stderr, one plain line per change (stderr is not a TTY here).
    expect(run.stderr).not.toContain("\u001b[");
    for (const name of ["en-payment-light.png", "ja-payment-light.png"]) {
      expect(run.stderr).toMatch(new RegExp(`^${name}\\s+0%\\s+uploaded as job [\\w-]+ \\(local extractor\\)$`, "m"));
      expect(run.stderr).toMatch(new RegExp(`^${name}\\s+\\d+%\\s+reading text \\d+%$`, "m"));
      expect(run.stderr).toMatch(new RegExp(`^${name}\\s+\\d+%\\s+extracting fields`, "m"));
      expect(run.stderr).toMatch(new RegExp(`^${name}\\s+100%\\s+done in `, "m"));
    }
  });

  it("prints the fields as a readable table without --json, taking the server from SUKUSHO_URL", async () => {
    const run = await sukusho(["extract", EN], { SUKUSHO_URL: app.url });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Blue Bottle Coffee");
    expect(run.stdout).toMatch(/^ {2}Merchant\s+Blue Bottle Coffee$/m);
    expect(run.stdout).toMatch(/^ {2}Total\s+\$12\.45$/m);
    expect(run.stdout).toMatch(/^ {2}Date\s+2026-10-03$/m);
    // Progress shares stdout here: plain lines, no escape sequences in a pipe.
    expect(run.stdout).toMatch(/^en-payment-light\.png\s+100%\s+done in /m);
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("exits 2 with a clear message for a missing file, and uploads nothing", async () => {
    const before = await jobCount();
    const run = await sukusho(["extract", EN, "fixtures/screens/no-such-shot.png", "--url", app.url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("sukusho: no such file: fixtures/screens/no-such-shot.png");
    expect(run.stdout).toBe("");
    expect(await jobCount()).toBe(before);
  });

  it("exits 2 for an unknown flag or a bad value, and 0 for --help", async () => {
    const flag = await sukusho(["extract", EN, "--frobnicate", "--url", app.url]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--frobnicate'");
    const kind = await sukusho(["extract", EN, "--kind", "invoice", "--url", app.url]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--kind must be auto, receipt or transaction_list, not "invoice"');
    const help = await sukusho(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: sukusho extract <image>/);
  });

  it("exits 1 when a job fails, with the server's reason", async () => {
    // Not an image: the server refuses it.
    const run = await sukusho(["extract", "fixtures/screens/en-payment-light.truth.json", "--json", "--url", app.url]);
    expect(run.code, run.stderr).toBe(1);
    const [outcome] = JSON.parse(run.stdout) as { status: string; jobId: string | null; error: { code: string } }[];
    expect(outcome).toMatchObject({ status: "failed", jobId: null, error: { code: "unsupported_type" } });
  });

  it("exits 3 when the server cannot be reached", async () => {
    const port = await freePort();
    const run = await sukusho(["extract", EN, "--json", "--url", `http://127.0.0.1:${port}`]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`Could not reach http://127.0.0.1:${port}`);
    expect(run.stderr).toContain("ECONNREFUSED");
    const [outcome] = JSON.parse(run.stdout) as { status: string; error: { code: string } }[];
    expect(outcome).toMatchObject({ status: "failed", error: { code: "network_error" } });
  });
});

describe("sukusho login, against a server with accounts", () => {
  let accounts: AppServer;
  const password = "owner pass 1";

  beforeAll(async () => {
    accounts = await startApp({ env: { AUTH: "accounts" } });
    const setup = await fetch(`${accounts.url}/api/account/setup`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Hana", email: "hana@example.com", password }),
    });
    expect(setup.status).toBe(201);
  });
  afterAll(async () => {
    await accounts?.stop();
  });

  const configHome = () => fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-cli-home-"));

  it("without a key, says how to log in", async () => {
    const run = await sukusho(["extract", EN, "--url", accounts.url], { XDG_CONFIG_HOME: configHome() });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`run "sukusho login --url ${accounts.url}"`);
  });

  it("logs in once, stores a key, extracts with it, and forgets it on logout", async () => {
    const home = configHome();
    const loggedIn = await sukusho(["login", "--url", accounts.url, "--email", "hana@example.com"], {
      XDG_CONFIG_HOME: home,
      SUKUSHO_PASSWORD: password,
    });
    expect(loggedIn.code, loggedIn.stderr).toBe(0);
    expect(loggedIn.stdout).toContain("Logged in to");
    const stored = JSON.parse(fs.readFileSync(path.join(home, "sukusho", "credentials.json"), "utf8"));
    expect(stored.servers[accounts.url].apiKey).toMatch(/^sk_sukusho_/);

    const extracted = await sukusho(["extract", EN, "--json", "--url", accounts.url], { XDG_CONFIG_HOME: home });
    expect(extracted.code, extracted.stderr).toBe(0);
    expect(JSON.parse(extracted.stdout)[0].status).toBe("succeeded");

    const loggedOut = await sukusho(["logout", "--url", accounts.url], { XDG_CONFIG_HOME: home });
    expect(loggedOut.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(home, "sukusho", "credentials.json"), "utf8")).servers).toEqual({});
  });

  it("says a wrong password in plain words and stores nothing", async () => {
    const home = configHome();
    const run = await sukusho(["login", "--url", accounts.url, "--email", "hana@example.com"], {
      XDG_CONFIG_HOME: home,
      SUKUSHO_PASSWORD: "not the password",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("wrong e-mail or password");
    expect(fs.existsSync(path.join(home, "sukusho", "credentials.json"))).toBe(false);
  });
});
