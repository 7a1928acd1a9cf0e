import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * The API keys `sukusho login` stored, one per server URL, in
 * `$XDG_CONFIG_HOME/sukusho/credentials.json` (`~/.config/…` by default), readable only by the
 * user (0600), like the credentials files of gh or npm.
 */

const fileSchema = z.object({
  servers: z.record(z.string(), z.object({ apiKey: z.string(), email: z.string(), storedAt: z.string() })),
});
type CredentialsFile = z.infer<typeof fileSchema>;
export type StoredCredentials = CredentialsFile["servers"][string];

export function credentialsPath(env: Record<string, string | undefined>): string {
  const configHome = env.XDG_CONFIG_HOME?.trim() || path.join(env.HOME?.trim() || os.homedir(), ".config");
  return path.join(configHome, "sukusho", "credentials.json");
}

async function readAll(file: string): Promise<CredentialsFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { servers: {} };
    throw error;
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  // A file from a newer or broken version is not ours to guess at: start afresh rather than crash.
  return parsed.success ? parsed.data : { servers: {} };
}

/** Written to a temporary file, then renamed: an interrupted write never leaves half a file. */
async function writeAll(file: string, data: CredentialsFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

export async function storedCredentials(
  env: Record<string, string | undefined>,
  url: string,
): Promise<StoredCredentials | null> {
  return (await readAll(credentialsPath(env))).servers[url] ?? null;
}

export async function storeCredentials(
  env: Record<string, string | undefined>,
  url: string,
  entry: StoredCredentials,
): Promise<string> {
  const file = credentialsPath(env);
  const data = await readAll(file);
  data.servers[url] = entry;
  await writeAll(file, data);
  return file;
}

/** Forgets the server's key; false when there was none. */
export async function forgetCredentials(env: Record<string, string | undefined>, url: string): Promise<boolean> {
  const file = credentialsPath(env);
  const data = await readAll(file);
  if (!data.servers[url]) return false;
  delete data.servers[url];
  await writeAll(file, data);
  return true;
}
