import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ExtractProgress } from "@/lib/extract/extractor";
import { offThreadLocalExtractor } from "@/lib/extract/local-worker/off-thread-local-extractor";
import { type RulesTask, runRulesTask } from "@/lib/extract/local-worker/rules-tasks";
import { RulesThread, rulesWorkerScript } from "@/lib/extract/local-worker/rules-thread";
import type { ExtractedDocument } from "@/lib/extract/schema";
import { type OcrResult, ocrResultSchema } from "@/lib/ocr/types";

const OCR_DIR = path.resolve(import.meta.dirname, "../../../fixtures/ocr");
const fixtures = fs
  .readdirSync(OCR_DIR)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => ({
    name: path.basename(file, ".json"),
    ocr: ocrResultSchema.parse(JSON.parse(fs.readFileSync(path.join(OCR_DIR, file), "utf8"))),
  }));
const now = new Date("2026-03-14T12:00:00");
const threads: RulesThread[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "rules-thread-"));

afterAll(async () => {
  await Promise.all(threads.map((thread) => thread.close()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

function thread(script: string | null): RulesThread {
  const created = new RulesThread(script);
  threads.push(created);
  return created;
}

/** A stand-in worker script, for the ways a thread can fail. */
function fakeScript(name: string, body: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, `import { parentPort } from "node:worker_threads";\n${body}\n`);
  return file;
}

async function inThread(task: RulesTask): Promise<{ output: unknown; progress: ExtractProgress[] }> {
  const progress: ExtractProgress[] = [];
  const output = await runRulesTask(task, (step) => progress.push(step));
  return { output, progress };
}

const signal = new AbortController().signal;

describe("RulesThread", () => {
  const script = rulesWorkerScript();
  const shared = thread(script);

  it("finds its script in the project", () => {
    expect(script).toMatch(/lib\/extract\/local-worker\/rules-worker\.mjs$/);
  });

  it.each(fixtures)("extracts $name in the thread exactly as in the calling thread", async ({ ocr }) => {
    const progress: ExtractProgress[] = [];
    const document = await shared.extract({ ocr, now }, { signal, onProgress: (step) => progress.push(step) });
    expect(shared.threadId).toBeGreaterThan(0);
    const expected = await inThread({ task: "extract", ocr, now });
    expect(document).toEqual(expected.output);
    expect(JSON.stringify(document)).toBe(JSON.stringify(expected.output));
    expect(progress).toEqual(expected.progress);
    expect(progress.at(-1)).toEqual({ kind: "progress", progress: 1, message: "Done" });
  });

  it.each(fixtures)("verifies $name in the thread exactly as in the calling thread", async ({ ocr }) => {
    const document = (await inThread({ task: "extract", ocr, now })).output as ExtractedDocument;
    // "llm" also runs the local rules' second opinion on the same words.
    for (const extractor of ["local", "llm"] as const) {
      const verified = await shared.verify({ document, ocr, extractor, now });
      const expected = await inThread({ task: "verify", document, ocr, extractor, now });
      expect(JSON.stringify(verified)).toBe(JSON.stringify(expected.output));
    }
  });

  it("throws what the calling thread throws when a task fails", async () => {
    const broken = { ...(fixtures[0]?.ocr as OcrResult), lines: null } as unknown as OcrResult;
    const expected = await runRulesTask({ task: "extract", ocr: broken }).catch((error: unknown) => error);
    expect(expected).toBeInstanceOf(Error);
    const error = await shared.extract({ ocr: broken }, { signal, onProgress: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf((expected as Error).constructor);
    expect((error as Error).message).toBe((expected as Error).message);
  });

  it("does not start an aborted extraction", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stopped"));
    const progress: ExtractProgress[] = [];
    const ocr = fixtures[0]?.ocr as OcrResult;
    await expect(
      shared.extract({ ocr }, { signal: controller.signal, onProgress: (step) => progress.push(step) }),
    ).rejects.toThrow("stopped");
    expect(progress).toEqual([]);
  });
});

describe("RulesThread without a thread", () => {
  const ocr = fixtures.find((fixture) => fixture.name === "ja-bank-statement-long")?.ocr as OcrResult;

  it("runs the rules in the calling thread without a script", async () => {
    const local = thread(null);
    const document = await local.extract({ ocr, now }, { signal, onProgress: () => {} });
    expect(local.threadId).toBe(0);
    expect(document).toEqual((await inThread({ task: "extract", ocr, now })).output);
  });

  it("runs them in the calling thread, from then on, when the thread cannot load them", async () => {
    const unavailable = thread(
      fakeScript(
        "unavailable.mjs",
        `parentPort.on("message", ({ id }) => parentPort.postMessage({ id, unavailable: "no tsx" }));`,
      ),
    );
    const progress: ExtractProgress[] = [];
    const document = await unavailable.extract({ ocr, now }, { signal, onProgress: (step) => progress.push(step) });
    const expected = await inThread({ task: "extract", ocr, now });
    expect(document).toEqual(expected.output);
    expect(progress).toEqual(expected.progress);
    expect(unavailable.threadId).toBe(0);
    await unavailable.extract({ ocr, now }, { signal, onProgress: () => {} });
    expect(unavailable.threadId).toBe(0);
  });

  it("finishes a task in the calling thread when the thread dies with it, without repeating its progress", async () => {
    const dying = thread(
      fakeScript(
        "dying.mjs",
        `parentPort.on("message", ({ id }) => {
          parentPort.postMessage({ id, progress: { kind: "progress", progress: 0.3, message: "Laid out words" } });
          setTimeout(() => process.exit(1), 20);
        });`,
      ),
    );
    const progress: ExtractProgress[] = [];
    const document = await dying.extract({ ocr, now }, { signal, onProgress: (step) => progress.push(step) });
    const expected = await inThread({ task: "extract", ocr, now });
    expect(document).toEqual(expected.output);
    expect(progress).toEqual(expected.progress);
  });
});

describe("offThreadLocalExtractor", () => {
  it("refuses custom fields as the local extractor does", async () => {
    await expect(
      offThreadLocalExtractor.extract({
        ocr: fixtures[0]?.ocr as OcrResult,
        customFields: [{ name: "x", description: "y", type: "string" }],
        signal,
        onProgress: () => {},
      }),
    ).rejects.toMatchObject({ code: "custom_fields_need_llm" });
  });
});
