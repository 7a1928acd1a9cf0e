import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors";
import { cleanFileName } from "@/lib/images/clean-file-name";

export interface UploadedFile {
  fieldName: string;
  fileName: string;
  declaredType: string;
  bytes: Buffer;
}

export interface MultipartLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxRequestBytes: number;
}

export interface MultipartForm {
  files: UploadedFile[];
  fields: Record<string, string>;
}

/**
 * Streams a multipart body into memory one file at a time, stopping as soon as a limit is
 * crossed: a huge body costs at most one file's limit of memory and gets its 413 before the
 * rest is read. The declared Content-Length is checked before reading anything.
 */
export async function readMultipart(request: Request, limits: MultipartLimits): Promise<MultipartForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("invalid_form", "Send the images as multipart/form-data.", 415);
  }
  if (!request.body) throw new AppError("no_files", "The request has no images.", 400);
  const source = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limits.maxRequestBytes) {
    await discard(source, drainLimit(limits));
    throw requestTooLarge(limits);
  }

  return new Promise<MultipartForm>((resolve, reject) => {
    const files: UploadedFile[] = [];
    const fields: Record<string, string> = {};
    let received = 0;
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      source.unpipe();
      // Reading the rest (into nothing) lets the client receive the error instead of a reset.
      void discard(source, drainLimit(limits) - received).then(() => reject(error));
    };

    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        // Browsers send a file name as raw UTF-8 bytes; busboy's default (Latin-1) garbles
        // レシート.png. An RFC 5987 `filename*` still names its own charset and wins.
        defParamCharset: "utf8",
        limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, fieldSize: 4096 },
      });
    } catch {
      throw new AppError("invalid_form", "The multipart form could not be read.", 400);
    }

    source.on("data", (chunk: Buffer) => {
      if (settled) return;
      received += chunk.length;
      if (received > limits.maxRequestBytes) fail(requestTooLarge(limits));
    });
    source.on("error", () => fail(new AppError("invalid_form", "The upload was interrupted.", 400)));

    parser.on("file", (fieldName, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () =>
        fail(
          new AppError(
            "file_too_large",
            `"${cleanFileName(info.filename ?? "")}" is larger than ${formatBytes(limits.maxFileBytes)}.`,
            413,
          ),
        ),
      );
      // A body cut inside this file errors the file stream too; without a listener that error
      // would be uncaught and take the request (or the process) down instead of answering 400.
      stream.on("error", (error: Error) => fail(formError(error)));
      stream.on("end", () => {
        if (settled) return;
        files.push({
          fieldName,
          fileName: cleanFileName(info.filename ?? ""),
          declaredType: info.mimeType,
          bytes: Buffer.concat(chunks),
        });
      });
    });
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("filesLimit", () =>
      fail(new AppError("too_many_files", `Send at most ${limits.maxFiles} images at once.`, 413)),
    );
    parser.on("error", (error: Error) => fail(formError(error)));
    parser.on("close", () => {
      if (settled) return;
      settled = true;
      resolve({ files, fields });
    });
    source.pipe(parser);
  });
}

/**
 * How much of a refused body is read and thrown away so the client sees the error response:
 * past this the connection is cut instead, so a client cannot keep the server reading forever.
 */
function drainLimit(limits: MultipartLimits): number {
  return limits.maxRequestBytes * 2;
}

/** Reads a stream to its end without keeping anything, or destroys it past `maxBytes`. */
function discard(source: Readable, maxBytes: number): Promise<void> {
  return new Promise((resolve) => {
    // A body cut short is noticed only after it ended: there is nothing left to wait for.
    if (source.readableEnded || source.destroyed) return resolve();
    let read = 0;
    const finish = () => {
      source.removeAllListeners("data");
      resolve();
    };
    source.on("data", (chunk: Buffer) => {
      read += chunk.length;
      if (read > maxBytes) {
        source.destroy();
        finish();
      }
    });
    source.once("end", finish);
    source.once("error", finish);
    source.once("close", finish);
    source.resume();
  });
}

/** busboy's parse errors as the client's problem: a body cut short is named as such. */
function formError(error: Error): AppError {
  if (/unexpected end of (form|file)/i.test(error.message)) {
    return new AppError(
      "truncated_body",
      "The upload ended before the form did: the body was cut short. Send it again.",
      400,
    );
  }
  return new AppError("invalid_form", "The multipart form could not be read.", 400);
}

function requestTooLarge(limits: MultipartLimits): AppError {
  return new AppError(
    "request_too_large",
    `The upload is larger than ${formatBytes(limits.maxRequestBytes)} in total.`,
    413,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
