import { describe, expect, it } from "vitest";
import { readMultipart } from "@/lib/images/read-multipart";

const BOUNDARY = "----sukusho-test";
const LIMITS = { maxFileBytes: 1024 * 1024, maxFiles: 4, maxRequestBytes: 4 * 1024 * 1024 };

/** One file part with the Content-Disposition written byte for byte as a client would send it. */
function filePart(disposition: string, bytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\n`, "utf8"),
    Buffer.from("Content-Type: image/png\r\n\r\n"),
    bytes,
    Buffer.from("\r\n"),
  ]);
}

function formRequest(body: Buffer): Request {
  return new Request("http://localhost/api/jobs", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: new Uint8Array(body),
  });
}

function closed(...parts: Buffer[]): Buffer {
  return Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

describe("readMultipart file names", () => {
  it("reads a raw UTF-8 file name as UTF-8, as browsers send it", async () => {
    const form = await readMultipart(
      formRequest(closed(filePart('filename="レシート.png"', Buffer.from("png")))),
      LIMITS,
    );
    expect(form.files.map((file) => file.fileName)).toEqual(["レシート.png"]);
  });

  it("still reads an RFC 5987 filename* in preference to the plain one", async () => {
    const encoded = encodeURIComponent("領収書 2024.png");
    const form = await readMultipart(
      formRequest(closed(filePart(`filename="receipt.png"; filename*=UTF-8''${encoded}`, Buffer.from("png")))),
      LIMITS,
    );
    expect(form.files.map((file) => file.fileName)).toEqual(["領収書 2024.png"]);
  });
});

describe("readMultipart on a body cut short", () => {
  it("refuses a body that ends inside a file with a 400, not an uncaught exception", async () => {
    const cut = filePart('filename="cut.png"', Buffer.alloc(64 * 1024, 1)).subarray(0, 40 * 1024);
    await expect(readMultipart(formRequest(cut), LIMITS)).rejects.toMatchObject({
      code: "truncated_body",
      status: 400,
    });
  });

  it("refuses a body whose last part never ends", async () => {
    const unclosed = Buffer.concat([
      filePart('filename="a.png"', Buffer.from("png")),
      Buffer.from(`--${BOUNDARY}\r\n`),
    ]);
    await expect(readMultipart(formRequest(unclosed), LIMITS)).rejects.toMatchObject({
      code: "truncated_body",
      status: 400,
    });
  });
});

describe("readMultipart cleans file names", () => {
  it("strips bidi and other control characters from the name it returns", async () => {
    const form = await readMultipart(
      formRequest(closed(filePart('filename="receipt\u202Egnp.exe\t\u0085.png"', Buffer.from("png")))),
      LIMITS,
    );
    expect(form.files.map((file) => file.fileName)).toEqual(["receiptgnp.exe.png"]);
  });
});
