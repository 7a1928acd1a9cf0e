import os from "node:os";
import type { LoginCommand, LogoutCommand } from "./args";
import { forgetCredentials, storeCredentials } from "./credentials";
import { ask } from "./prompt";

/** What login needs of its environment (process.* in real use). */
export interface LoginIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export class LoginError extends Error {
  constructor(
    message: string,
    readonly unreachable = false,
  ) {
    super(message);
    this.name = "LoginError";
  }
}

/** A JSON request as the app's own page sends it: better-auth wants the Origin on cookie requests. */
function post(url: string, origin: string, body: unknown, cookie?: string): Promise<Response> {
  const headers: Record<string, string> = { "Content-Type": "application/json", Origin: origin };
  if (cookie) headers.Cookie = cookie;
  return fetch(url, { method: "POST", headers, body: JSON.stringify(body) }).catch((error: unknown) => {
    throw new LoginError(`cannot reach ${origin} (${error instanceof Error ? error.message : error}).`, true);
  });
}

async function failure(response: Response, doing: string): Promise<LoginError> {
  const body = (await response.json().catch(() => null)) as {
    message?: string;
    code?: string;
    error?: { message?: string };
  } | null;
  const said = body?.error?.message ?? body?.message ?? response.statusText;
  if (response.status === 401) return new LoginError("wrong e-mail or password.");
  if (response.status === 429) {
    return new LoginError(`${said} (wait ${response.headers.get("retry-after") ?? "a while"} s).`);
  }
  return new LoginError(`${doing} failed: ${response.status} ${said}`);
}

/**
 * `sukusho login`: signs in with e-mail and password, creates an API key named after this
 * machine, stores it for the server (cli/credentials.ts) and signs the session out again: the
 * key is what the CLI uses from then on, revocable in the page's settings.
 */
export async function login(command: LoginCommand, io: LoginIo): Promise<void> {
  const email = command.email ?? (await ask("E-mail: ", io));
  const password = io.env.SUKUSHO_PASSWORD ?? (await ask("Password: ", io, { hidden: true }));
  const origin = new URL(command.url).origin;
  const signIn = await post(`${command.url}/api/auth/sign-in/email`, origin, { email, password });
  if (!signIn.ok) throw await failure(signIn, "Signing in");
  const cookie = signIn.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  const created = await post(
    `${command.url}/api/auth/api-key/create`,
    origin,
    { name: `CLI on ${os.hostname()}`.slice(0, 32) },
    cookie,
  );
  if (!created.ok) throw await failure(created, "Creating an API key");
  const { key } = (await created.json()) as { key: string };
  const file = await storeCredentials(io.env, command.url, { apiKey: key, email, storedAt: new Date().toISOString() });
  await post(`${command.url}/api/auth/sign-out`, origin, {}, cookie).catch(() => undefined);
  io.stdout.write(
    `Logged in to ${command.url} as ${email}. Its API key (${key.slice(0, 14)}…) is stored in ${file}; revoke it in Settings.\n`,
  );
}

/** `sukusho logout`: forgets the stored key of the server (it stays valid until revoked in Settings). */
export async function logout(command: LogoutCommand, io: LoginIo): Promise<void> {
  const forgotten = await forgetCredentials(io.env, command.url);
  io.stdout.write(
    forgotten
      ? `Forgot the API key for ${command.url}. To make it useless everywhere, revoke it in Settings.\n`
      : `No API key was stored for ${command.url}.\n`,
  );
}
