import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  type CustomFieldInput,
  createSukushoClient,
  isNetworkError,
  SukushoApiError,
  type UploadFile,
} from "@/lib/client/sukusho-client";
import type { Problem } from "@/lib/events/schema";
import { customFieldListSchema } from "@/lib/extract/schema";
import { type ExtractCommand, parseCommand, UsageError, usage } from "./args";
import { storedCredentials } from "./credentials";
import { LoginError, login, logout } from "./login";
import { LogView, type ProgressView, TtyView } from "./progress-view";
import { type FileOutcome, formatJson, formatReport } from "./report";
import { ansi, createStyle, isInteractive, wantsColor } from "./terminal";

/**
 * `sukusho`: the command line. `bin/sukusho.mjs` runs this file with tsx.
 * Exit codes: 0 every job succeeded, 1 a job failed, 2 usage error, 3 server not reachable,
 * 130 interrupted.
 */

/** A job refused for want of credentials: the CLI says how to log in. */
const CREDENTIAL_CODES = new Set(["unauthenticated", "invalid_api_key"]);

/** The exit codes, as documented in the usage text. */
export const EXIT = { ok: 0, failed: 1, usage: 2, unreachable: 3, interrupted: 130 } as const;

/** Where the command writes and what it knows of its environment (process.* in real use). */
export interface Io {
  /** Where `sukusho login` reads the e-mail and password when not given. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: Record<string, string | undefined>;
  /** Aborts the run (Ctrl-C). */
  signal?: AbortSignal;
}

const imageTypes: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".heic": "image/heic",
  ".avif": "image/avif",
  ".bmp": "image/bmp",
  ".tif": "image/tiff",
  ".tiff": "image/tiff",
};

function fileProblem(file: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case "ENOENT":
      return `no such file: ${file}`;
    case "EISDIR":
      return `${file} is a directory, not an image`;
    case "EACCES":
    case "EPERM":
      return `cannot read ${file}: permission denied`;
    default:
      return `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Reads every file before anything is sent: a bad path is a usage error, not a failed job. */
async function readInputs(files: readonly string[]): Promise<UploadFile[]> {
  const inputs: UploadFile[] = [];
  for (const file of files) {
    let bytes: Buffer;
    let modifiedAt: Date;
    try {
      const stats = await stat(file);
      if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      modifiedAt = stats.mtime;
      bytes = await readFile(file);
    } catch (error) {
      throw new UsageError(fileProblem(file, error));
    }
    if (bytes.length === 0) throw new UsageError(`${file} is empty`);
    inputs.push({
      name: path.basename(file),
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      type: imageTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      // A screenshot's file time is when it was taken (the server ignores one after the upload).
      capturedAt: modifiedAt,
    });
  }
  return inputs;
}

async function readFields(file: string): Promise<CustomFieldInput[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`--fields: ${fileProblem(file, error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--fields: ${file} is not JSON (${error instanceof Error ? error.message : error})`);
  }
  const parsed = customFieldListSchema.safeParse(json);
  if (!parsed.success) {
    throw new UsageError(
      `--fields: ${file} must be an array of {"name", "type", "description"}:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Labels for the progress rows: the paths as given, shortened to names when those are unique. */
function labelsFor(files: readonly string[]): string[] {
  const names = files.map((file) => path.basename(file));
  return new Set(names).size === names.length ? names : [...files];
}

function problemOf(error: unknown): Problem {
  if (error instanceof SukushoApiError) return { code: error.code, message: error.message };
  return { code: "client_error", message: error instanceof Error ? error.message : String(error) };
}

async function extract(command: ExtractCommand, io: Io): Promise<number> {
  const inputs = await readInputs(command.files);
  const fields = command.fieldsPath ? await readFields(command.fieldsPath) : undefined;
  const signal = io.signal;

  const apiKey = io.env.SUKUSHO_API_KEY?.trim() || (await storedCredentials(io.env, command.url))?.apiKey;
  const client = createSukushoClient({
    baseUrl: command.url,
    ...(apiKey ? { headers: { Authorization: `Bearer ${apiKey}` } } : {}),
  });
  const progressOut = command.json ? io.stderr : io.stdout;
  const labels = labelsFor(command.files);
  const view: ProgressView = isInteractive(progressOut, io.env)
    ? new TtyView(labels, progressOut, createStyle(wantsColor(progressOut, io.env)))
    : new LogView(labels, progressOut);

  const outcomes: (FileOutcome | null)[] = command.files.map(() => null);
  let unreachable: SukushoApiError | null = null;
  const following: Promise<void>[] = [];

  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    view.finished(
      index,
      outcome.status === "succeeded" ? { status: "succeeded" } : { status: "failed", error: outcome.error },
    );
  };

  const follow = async (index: number, file: string, jobId: string) => {
    try {
      const outcome = await client.wait(jobId, {
        signal,
        onEvent: (event) => view.event(index, event),
        onReconnect: (info) => view.reconnecting(index, info),
      });
      settle(
        index,
        outcome.status === "succeeded"
          ? { file, jobId, status: "succeeded", result: outcome.result }
          : { file, jobId, status: "failed", error: outcome.error },
      );
    } catch (error) {
      if (signal?.aborted) return;
      if (isNetworkError(error)) unreachable ??= error;
      settle(index, { file, jobId, status: "failed", error: problemOf(error) });
    }
  };

  view.start();
  try {
    // One upload per file, in order: a file the server refuses fails alone, and the jobs
    // queue in the order given. Each job is followed as soon as it exists.
    for (const [index, input] of inputs.entries()) {
      const file = command.files[index] ?? input.name;
      if (signal?.aborted) break;
      if (unreachable) {
        settle(index, { file, jobId: null, status: "failed", error: problemOf(unreachable) });
        continue;
      }
      view.uploading(index);
      try {
        const [job] = await client.upload([input], {
          extractor: command.extractor,
          kind: command.kind,
          allowImage: command.allowImage || undefined,
          ...(command.timeZone === undefined ? {} : { timeZone: command.timeZone }),
          fields,
          signal,
          // The server said too many uploads for now: the view shows the wait, the client waits
          // it out and sends the file again (docs/rate-limits.md).
          onRateLimited: (wait) => view.rateLimited(index, wait),
        });
        if (!job) throw new SukushoApiError(202, "unexpected_response", "The server created no job for this file.");
        view.uploaded(index, job);
        following.push(follow(index, file, job.id));
      } catch (error) {
        if (signal?.aborted) break;
        if (isNetworkError(error)) unreachable ??= error;
        settle(index, { file, jobId: null, status: "failed", error: problemOf(error) });
      }
    }
    await Promise.all(following);
  } finally {
    view.stop();
  }

  if (signal?.aborted) {
    const running = view.rows.filter((row) => row.jobId && !row.outcome).map((row) => row.jobId);
    io.stderr.write(
      `\nsukusho: interrupted.${running.length > 0 ? ` These jobs go on on the server: ${running.join(", ")}` : ""}\n`,
    );
    return EXIT.interrupted;
  }

  const done = outcomes.filter((outcome): outcome is FileOutcome => outcome !== null);
  const style = createStyle(wantsColor(io.stdout, io.env));
  if (command.json) {
    io.stdout.write(formatJson(done));
  } else {
    // When nothing reached the server there are no fields to show, only the reason below.
    const worth = done.filter(
      (outcome) => outcome.jobId !== null || outcome.status !== "failed" || outcome.error.code !== "network_error",
    );
    if (worth.length > 0) io.stdout.write(formatReport(worth, style));
  }
  if (unreachable) {
    io.stderr.write(`sukusho: ${unreachable.message} Is the server running? Point --url (or SUKUSHO_URL) at it.\n`);
    return EXIT.unreachable;
  }
  if (done.some((outcome) => outcome.status === "failed" && CREDENTIAL_CODES.has(outcome.error.code))) {
    io.stderr.write(
      `sukusho: ${command.url} wants an API key: run "sukusho login --url ${command.url}" (or set SUKUSHO_API_KEY).\n`,
    );
  }
  return done.some((outcome) => outcome.status === "failed") ? EXIT.failed : EXIT.ok;
}

/** Runs the command line `argv` (the arguments after `sukusho`) and gives the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 0) {
    io.stderr.write(usage);
    return EXIT.usage;
  }
  try {
    const command = parseCommand(argv, io.env);
    if (command.command === "help") {
      io.stdout.write(usage);
      return EXIT.ok;
    }
    if (command.command === "login") {
      await login(command, io);
      return EXIT.ok;
    }
    if (command.command === "logout") {
      await logout(command, io);
      return EXIT.ok;
    }
    return await extract(command, io);
  } catch (error) {
    if (error instanceof LoginError) {
      io.stderr.write(`sukusho: ${error.message}\n`);
      return error.unreachable ? EXIT.unreachable : EXIT.failed;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`sukusho: ${error.message}\nRun "sukusho --help" for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write("", () => resolve()));
}

async function run(): Promise<void> {
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = () => {
    interrupts++;
    if (interrupts > 1) {
      process.stderr.write(ansi.showCursor);
      process.stdout.write(ansi.showCursor);
      process.exit(EXIT.interrupted);
    }
    controller.abort(new Error("interrupted"));
  };
  process.on("SIGINT", onInterrupt);
  process.on("SIGTERM", onInterrupt);
  let code: number;
  try {
    code = await main(process.argv.slice(2), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      signal: controller.signal,
    });
  } catch (error) {
    process.stderr.write(
      `sukusho: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
    );
    code = EXIT.failed;
  }
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  // Idle keep-alive connections must not hold the exit back.
  process.exit(code);
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) void run();
