import { parseArgs } from "node:util";
import { type DocumentKind, documentKinds, type ExtractorName, extractorNames } from "@/lib/extract/schema";
import { isTimeZone } from "@/lib/time/wall-clock";

/** The default server when neither `--url` nor `SUKUSHO_URL` says otherwise. */
export const DEFAULT_URL = "http://localhost:3000";

/** What `sukusho --help` prints. */
export const usage = `Usage: sukusho extract <image> [more images…] [options]
       sukusho login [--url <url>] [--email <address>]
       sukusho logout [--url <url>]

Reads screenshots (payments, receipts, card and bank histories) with a Sukusho server and
prints the fields it found. Progress is shown while the jobs run.

A server with accounts wants an API key: "sukusho login" signs in once and stores one for the
server (in ~/.config/sukusho/credentials.json); $SUKUSHO_API_KEY, when set, is used instead.
"sukusho login" asks for the password, or reads it from $SUKUSHO_PASSWORD or a piped stdin.

Options:
  --url <url>           the Sukusho server (default: $SUKUSHO_URL, else ${DEFAULT_URL})
  --email <address>     login: the account's e-mail (asked when not given)
  --extractor <name>    llm or local (default: the server's choice, llm when configured)
  --kind <kind>         receipt, transaction_list or auto (default: auto)
  --fields <file.json>  read your own fields instead: a JSON array of
                        {"name", "type": string|number|date|time, "description"} (llm only)
  --allow-image         let a vision model see the screenshot itself
  --time-zone <zone>    where the screenshots were taken, e.g. Asia/Tokyo: "Today" and year-less
                        dates are read on its calendar (default: this machine's, $TZ)
  --json                print one JSON document on stdout: [{file, jobId, status, result | error}];
                        progress goes to stderr
  -h, --help            show this help

Exit codes: 0 every job succeeded, 1 a job failed, 2 usage error, 3 server not reachable.

Examples:
  sukusho extract shot.png
  sukusho extract *.png --extractor local --json > results.json
  SUKUSHO_URL=http://sukusho.internal:8080 sukusho extract statement.png --kind transaction_list
`;

/** A mistake in the command line: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** What `sukusho extract` was asked to do. */
export interface ExtractCommand {
  command: "extract";
  files: string[];
  json: boolean;
  url: string;
  extractor?: ExtractorName;
  kind?: DocumentKind | "auto";
  fieldsPath?: string;
  allowImage: boolean;
  /** Absent: the SDK sends this machine's zone. */
  timeZone?: string;
}

export interface LoginCommand {
  command: "login";
  url: string;
  email?: string;
}

export interface LogoutCommand {
  command: "logout";
  url: string;
}

/** A parsed command line: help, an extraction, or storing or forgetting a server's key. */
export type Command = { command: "help" } | ExtractCommand | LoginCommand | LogoutCommand;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be ${allowed.join(", ").replace(/, ([^,]*)$/, " or $1")}, not "${value}".`);
}

function checkUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new UsageError(`--url must be a URL such as ${DEFAULT_URL}, not "${value}".`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new UsageError(`--url must be an http:// or https:// URL, not "${value}".`);
  }
  return value.replace(/\/+$/, "");
}

/** Parses the arguments after `sukusho`; throws a {@link UsageError} for anything it cannot use. */
export function parseCommand(argv: readonly string[], env: Record<string, string | undefined>): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, ".") : String(error);
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError("Say what to do: sukusho extract <image>…");
  if (command === "help") return { command: "help" };
  const url = checkUrl(values.url ?? (env.SUKUSHO_URL?.trim() || DEFAULT_URL));
  if (command === "login" || command === "logout") {
    if (files.length > 0) throw new UsageError(`${command} takes no file names.`);
    if (command === "logout") return { command, url };
    return values.email === undefined ? { command, url } : { command, url, email: values.email };
  }
  if (command !== "extract") {
    throw new UsageError(`Unknown command "${command}"; the commands are extract, login and logout.`);
  }
  if (files.length === 0) throw new UsageError("Name at least one screenshot: sukusho extract shot.png");

  const extractor = oneOf("--extractor", values.extractor, extractorNames);
  const kind = oneOf("--kind", values.kind, ["auto", ...documentKinds] as const);
  if (values.fields !== undefined && extractor === "local") {
    throw new UsageError("--fields needs the LLM extractor; leave out --extractor local.");
  }
  if (values.fields !== undefined && kind !== undefined && kind !== "auto") {
    throw new UsageError("--fields replaces --kind: use one or the other.");
  }
  return {
    command: "extract",
    files,
    json: values.json ?? false,
    url,
    extractor,
    kind,
    fieldsPath: values.fields,
    allowImage: values["allow-image"] ?? false,
    ...(values["time-zone"] === undefined ? {} : { timeZone: checkTimeZone(values["time-zone"]) }),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      url: { type: "string" },
      email: { type: "string" },
      extractor: { type: "string" },
      kind: { type: "string" },
      fields: { type: "string" },
      "allow-image": { type: "boolean" },
      "time-zone": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function checkTimeZone(zone: string): string {
  if (!isTimeZone(zone))
    throw new UsageError(`--time-zone: "${zone}" is not a time zone; use a name such as Asia/Tokyo or UTC.`);
  return zone;
}
