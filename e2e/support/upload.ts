import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(root, "fixtures/screens", `${name}.png`));
}

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

/** POSTs files as multipart (field `file`) and returns the status and parsed JSON body. */
export async function upload(
  baseUrl: string,
  files: UploadFile[],
  fields: Record<string, string> = {},
  /** Credentials, for servers with accounts: a Cookie or an Authorization header. */
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const file of files) {
    form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "image/png" }), file.name);
  }
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = await fetch(`${baseUrl}/api/jobs`, { method: "POST", body: form, headers });
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect arbitrary JSON bodies.
  const body = (await response.json()) as any;
  return { status: response.status, body, headers: response.headers };
}
