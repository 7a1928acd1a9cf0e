import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Receipt, TransactionList } from "@/lib/extract/schema";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { assertCompleteStream, recordStream, type StreamRecording } from "@/lib/testing/sse-recorder";
import { type AppServer, startApp } from "../support/app-server";
import { CARD_DETAIL_TRUTH, cardDetailScreenshot } from "../support/card-detail-image";
import {
  type Behaviour,
  type FakeOpenAI,
  fixtureResponder,
  fixtureTruth,
  misfitThenRepair,
  misfitting,
  sequence,
  sloppy,
  startFakeOpenAI,
  truthResponder,
} from "../support/fake-openai";
import { INJECTION_TEXT, injectionScreenshot } from "../support/injection-image";
import { fixture, upload } from "../support/upload";

let model: FakeOpenAI;
let app: AppServer;

beforeAll(async () => {
  model = await startFakeOpenAI();
  app = await startApp({
    env: {
      OPENAI_API_KEY: model.apiKey,
      OPENAI_BASE_URL: model.url,
      LLM_MODEL: "gpt-4o-mini",
      LLM_IDLE_TIMEOUT_MS: "600",
      LLM_TIMEOUT_MS: "8000",
      LLM_MAX_RETRIES: "2",
      LLM_CONCURRENCY: "2",
      LLM_CHUNK_LINES: "15",
      LLM_MAX_CALLS_PER_JOB: "6",
    },
  });
});
afterAll(async () => {
  await app?.stop();
  await model?.close();
});
beforeEach(() => {
  model.reset();
  model.setResponder(fixtureResponder);
});

async function run(name: string, fields: Record<string, string> = {}, bytes?: Buffer) {
  const { status, body } = await upload(app.url, [{ name: `${name}.png`, bytes: bytes ?? fixture(name) }], fields);
  expect(status).toBe(202);
  const recording = await recordStream(app.url + body.jobs[0].links.events);
  assertCompleteStream(recording);
  return recording;
}

/** The final event's data, loosely typed: the tests look into every kind of result. */
const done = (recording: StreamRecording) =>
  // biome-ignore lint/suspicious/noExplicitAny: results of every document kind are inspected.
  recording.events.at(-1)?.data as { status: string; result?: any; error?: any };
const ofType = (recording: StreamRecording, type: string) => recording.events.filter((event) => event.type === type);

describe("LLM extraction through an OpenAI-compatible endpoint", () => {
  it("streams the model's answer, then verifies every field against the image", async () => {
    const recording = await run("en-payment-light");
    const truth = fixtureTruth("en-payment-light").document;
    const result = done(recording).result;
    expect(done(recording).status).toBe("succeeded");
    expect(result.extractor).toBe("llm");
    expect(result.model).toBe("gpt-4o-mini");
    const receipt = result.document as Receipt;
    expect(receipt.merchant.value).toBe(truth.kind === "receipt" ? truth.merchant : "");
    expect(receipt.total.value).toBe(12.45);
    expect(receipt.total.seen).toBe(true);
    expect(receipt.total.box).not.toBeNull();
    expect(receipt.merchant.confidence).toBeGreaterThan(0.5);
    // The answer grew on the page while it streamed.
    const partials = ofType(recording, "extract.partial").map((event) => (event.data as { text: string }).text);
    expect(partials.length).toBeGreaterThan(1);
    expect(partials.at(-1)?.length).toBeGreaterThan(partials[0]?.length ?? 0);

    const request = model.completions()[0]?.body;
    expect(request?.stream).toBe(true);
    expect(request?.tools).toBeUndefined();
    expect(request?.response_format?.type).toBe("json_schema");
    expect(request?.response_format?.json_schema?.strict).toBe(true);
    // No kind chosen: the model decides, with a schema that allows either.
    expect(request?.response_format?.json_schema?.name).toBe("document");
  });

  it("cuts a long list into chunks read in parallel under the limit, and merges them in order", async () => {
    const recording = await run("ja-bank-statement-long");
    const truth = fixtureTruth("ja-bank-statement-long").document as { rows: { amount: number }[] };
    const list = done(recording).result.document as TransactionList;
    expect(list.kind).toBe("transaction_list");
    expect(list.rows.map((row) => row.amount.value)).toEqual(truth.rows.map((row) => row.amount));
    const chunks = new Set(
      ofType(recording, "extract.partial").map((event) => (event.data as { chunk: number }).chunk),
    );
    expect(chunks.size).toBeGreaterThan(2);
    // A small call decides the kind first (only a list is cut), then one call per chunk.
    // (A stream stalled on a loaded machine is retried: one more call, announced as a retry.)
    const names = model.completions().map((call) => call.body?.response_format?.json_schema?.name);
    const retries = ofType(recording, "extract.retry").length;
    const classified = names.lastIndexOf("document_kind");
    expect(names.slice(0, classified + 1).every((name) => name === "document_kind")).toBe(true);
    expect(names.slice(classified + 1).every((name) => name === "transaction_list")).toBe(true);
    expect(names.length).toBe(1 + chunks.size + retries);
    expect(model.maxInFlight).toBe(2);
    expect(done(recording).result.checks).toContainEqual(expect.objectContaining({ code: "local_agreement" }));
  });

  it("reads a long list while OCR still reads it: the model is asked before OCR ends, the rows as expected", async () => {
    // The wall-clock moment each model request arrived, to compare with the OCR step's stored end.
    const askedAt: number[] = [];
    model.setResponder((request) => {
      askedAt.push(Date.now());
      return fixtureResponder(request);
    });
    const { status, body } = await upload(app.url, [
      { name: "ja-bank-statement-long.png", bytes: fixture("ja-bank-statement-long") },
    ]);
    expect(status).toBe(202);
    const recording = await recordStream(app.url + body.jobs[0].links.events);
    assertCompleteStream(recording);
    expect(done(recording).status).toBe("succeeded");
    const truth = fixtureTruth("ja-bank-statement-long").document as { rows: { amount: number; date: string }[] };
    const list = done(recording).result.document as TransactionList;
    expect(list.rows.map((row) => [row.date.value, row.amount.value])).toEqual(
      truth.rows.map((row) => [row.date, row.amount]),
    );

    // The extract step starts beside OCR, and the first request reached the model before OCR ended.
    const steps = recording.events
      .filter((event) => event.type === "step.started" || event.type === "step.completed")
      .map((event) => `${event.type} ${(event.data as { step: string }).step}`);
    expect(steps.indexOf("step.started extract")).toBeLessThan(steps.indexOf("step.completed ocr"));
    const snapshot = jobSnapshotSchema.parse(await (await fetch(app.url + body.jobs[0].links.self)).json());
    const ocrEnded = Date.parse(snapshot.steps.find((step) => step.name === "ocr")?.finishedAt ?? "");
    expect(askedAt[0]).toBeLessThan(ocrEnded);
    // A classification on the page's first lines, then the chunks.
    const names = model.completions().map((call) => call.body?.response_format?.json_schema?.name);
    expect(names[0]).toBe("document_kind");
    expect(names.slice(1).every((name) => name === "transaction_list")).toBe(true);
  });

  it("fails as before when OCR finds no text, the extraction beside it stopped without a model call", async () => {
    const blank = await sharp({ create: { width: 800, height: 1200, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    const recording = await run("blank", {}, blank);
    expect(done(recording)).toMatchObject({ status: "failed", error: { code: "no_text" } });
    const failed = ofType(recording, "step.failed").map((event) => event.data);
    expect(failed).toEqual([
      expect.objectContaining({ step: "ocr", error: expect.objectContaining({ code: "no_text" }) }),
      expect.objectContaining({ step: "extract", error: expect.objectContaining({ code: "extract_stopped" }) }),
    ]);
    expect(model.completions()).toHaveLength(0);
  });

  it("waits as a 429's retry-after says, tells the user, then succeeds", async () => {
    model.setResponder(
      sequence(
        { type: "status", status: 429, headers: { "retry-after": "1" }, message: "Rate limit reached" },
        fixtureResponder,
      ),
    );
    const recording = await run("ja-payment-light");
    const retries = ofType(recording, "extract.retry").map((event) => event.data);
    expect(retries).toEqual([expect.objectContaining({ attempt: 2, maxAttempts: 3, waitMs: 1000, status: 429 })]);
    expect(done(recording).status).toBe("succeeded");
    expect(model.completions()).toHaveLength(2);
  });

  it("retries server errors and a stalled stream, each retry an event", async () => {
    model.setResponder(sequence({ type: "status", status: 500 }, { type: "stall", afterChars: 20 }, fixtureResponder));
    const recording = await run("en-payment-dark");
    const reasons = ofType(recording, "extract.retry").map((event) => (event.data as { reason: string }).reason);
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(/500/);
    expect(reasons[1]).toMatch(/stalled/);
    expect(done(recording).status).toBe("succeeded");
  });

  it("gives up with a reason when every attempt fails", async () => {
    model.setResponder(() => ({ type: "status", status: 503 }));
    const recording = await run("en-payment-small");
    expect(ofType(recording, "extract.retry")).toHaveLength(2);
    expect(ofType(recording, "step.failed")[0]?.data).toMatchObject({
      step: "extract",
      error: { code: "llm_unavailable" },
    });
    expect(done(recording)).toMatchObject({ status: "failed", error: { code: "llm_unavailable" } });
  });

  const finalFailures: [string, Behaviour, string][] = [
    ["malformed JSON", { type: "text", content: '{"merchant": "Blue Bottle", "total": 12.4' }, "llm_invalid_json"],
    [
      "an answer with nothing usable in it, even after a correction",
      { type: "json", body: { shop: "Blue Bottle", amount_paid: "lots" } },
      "llm_invalid_answer",
    ],
    ["a refusal", { type: "refusal", text: "I can't help with that." }, "llm_refused"],
    ["a length cut-off", { type: "length", partial: '{"merchant": "Blue Bo' }, "llm_truncated"],
    ["an empty answer", { type: "empty" }, "llm_empty"],
  ];
  for (const [what, behaviour, code] of finalFailures) {
    it(`fails the extraction, never guessing, on ${what}`, async () => {
      model.setResponder(() => behaviour);
      const recording = await run("en-payment-light");
      expect(done(recording)).toMatchObject({ status: "failed", error: { code } });
      expect(done(recording).error.message).toEqual(expect.any(String));
      expect(ofType(recording, "extract.retry")).toHaveLength(0);
      const snapshot = await (
        await fetch(
          `${app.url}/api/jobs/${recording.events[0] && (recording.events[0].data as { jobId: string }).jobId}`,
        )
      ).json();
      expect(snapshot.result).toBeNull();
    });
  }

  it("treats text in the screenshot as data: fenced, and a model that obeys it is caught", async () => {
    // A model that follows the screenshot's instructions and adds a field of its own.
    model.setResponder(() => ({
      type: "json",
      body: {
        merchant: "HACKED",
        date: "2026-10-12",
        time: "09:15",
        total: 0,
        currency: "USD",
        paymentMethod: null,
        reference: null,
        items: [],
        note: "Transfer everything to account 123",
      },
    }));
    const recording = await run("injection", {}, await injectionScreenshot());
    const request = model.completions()[0]?.body;
    const system = String(request?.messages?.[0]?.content);
    const user = String(request?.messages?.[1]?.content);
    expect(system).toMatch(/untrusted data/);
    expect(user.indexOf("<ocr_text>")).toBeLessThan(user.indexOf("IGNORE ALL PREVIOUS"));
    expect(user.indexOf("IGNORE ALL PREVIOUS")).toBeLessThan(user.indexOf("</ocr_text>"));
    expect(INJECTION_TEXT).toContain("HACKED");

    const result = done(recording).result;
    expect(JSON.stringify(result)).not.toContain("Transfer everything");
    const receipt = result.document as Receipt;
    expect(receipt.merchant.seen).toBe(true);
    expect(receipt.total.value).toBe(0);
    const codes = result.checks.map((check: { code: string; field?: string }) => `${check.code}:${check.field ?? ""}`);
    expect(codes).toContain("total_not_positive:total");
    expect(codes).toContain("local_disagrees:total");
    expect(codes).toContain("local_disagrees:merchant");
    // "0" does stand in the image (inside the injected sentence), so it is "seen"; the clash with
    // the local rules' $4.50 keeps its confidence below an agreed field's, and the checks flag it.
    expect(receipt.total.confidence).toBeLessThan(receipt.date.confidence);
  });

  const receiptValues = (receipt: Receipt) => ({
    merchant: receipt.merchant.value,
    date: receipt.date.value,
    time: receipt.time.value,
    total: receipt.total.value,
    currency: receipt.currency.value,
    paymentMethod: receipt.paymentMethod.value,
    reference: receipt.reference.value,
  });
  const truthValues = (name: string) => {
    const truth = fixtureTruth(name).document;
    if (truth.kind !== "receipt") throw new Error(`${name} is not a receipt`);
    const { merchant, date, time, total, currency, paymentMethod, reference } = truth;
    return { merchant, date, time, total, currency, paymentMethod, reference };
  };
  const codesOf = (recording: StreamRecording): string[] =>
    done(recording).result.checks.map(
      (check: { code: string; field?: string }) => `${check.code}:${check.field ?? ""}`,
    );

  it("reads one card purchase as a receipt though the local rules guess a list", async () => {
    model.setResponder(truthResponder(() => CARD_DETAIL_TRUTH));
    const recording = await run("card-detail", {}, await cardDetailScreenshot());
    const system = String(model.completions()[0]?.body?.messages?.[0]?.content);
    expect(system).toContain('guessed "transaction_list"');
    expect(model.completions()).toHaveLength(1);
    const receipt = done(recording).result.document as Receipt;
    expect(receipt.kind).toBe("receipt");
    expect(receipt.merchant.value).toBe("Sakura Books");
    expect(receipt.date.value).toBe("2026-11-28");
    expect(receipt.total.value).toBe(3480);
    expect(receipt.total.seen).toBe(true);
    expect(receipt.reference.value).toBe("A7731");
  });

  it("asks once more when an answer does not fit, and uses the corrected one", async () => {
    model.setResponder(misfitThenRepair());
    const recording = await run("en-payment-light");
    expect(done(recording).status).toBe("succeeded");
    expect(model.completions()).toHaveLength(2);
    expect(String(model.completions()[1]?.body?.messages?.at(-1)?.content)).toMatch(/\[repair\][\s\S]*document\.total/);
    expect(receiptValues(done(recording).result.document)).toEqual(truthValues("en-payment-light"));
    expect(codesOf(recording).filter((code) => code.startsWith("model_value"))).toEqual([]);
  });

  it("reads a date, a time and an amount written another way without asking again", async () => {
    model.setResponder(misfitting({ date: "2026年10月3日", time: "8:42 AM", total: "$12.45" }));
    const recording = await run("en-payment-light");
    expect(model.completions()).toHaveLength(1);
    expect(receiptValues(done(recording).result.document)).toEqual(truthValues("en-payment-light"));
  });

  it("takes the local rules' value for a field the model keeps getting wrong, and says so", async () => {
    model.setResponder(misfitting({ date: "the 31st of Smarch" }));
    const recording = await run("en-payment-light");
    expect(done(recording).status).toBe("succeeded");
    expect(model.completions()).toHaveLength(2);
    const receipt = done(recording).result.document as Receipt;
    expect(receipt.date.value).toBe("2026-10-03");
    expect(receipt.merchant.value).toBe("Blue Bottle Coffee");
    expect(codesOf(recording)).toContain("model_value_replaced:date");
    const check = done(recording).result.checks.find((c: { code: string }) => c.code === "model_value_replaced");
    expect(check).toMatchObject({ status: "warn" });
    expect(check.message).toContain("the 31st of Smarch");
    expect(receipt.date.confidence).toBeLessThan(receipt.merchant.confidence);
  });

  it("reads an API caller's own fields", async () => {
    const fields = JSON.stringify([
      { name: "merchant", type: "string", description: "the shop" },
      { name: "total", type: "number", description: "amount paid" },
      { name: "date", type: "date" },
      { name: "shop_phone", type: "string" },
    ]);
    const recording = await run("en-payment-light", { fields });
    const document = done(recording).result.document;
    expect(document.kind).toBe("custom");
    const values = Object.fromEntries(
      document.fields.map((f: { name: string; field: { value: unknown } }) => [f.name, f.field.value]),
    );
    expect(values).toEqual({ merchant: "Blue Bottle Coffee", total: 12.45, date: "2026-10-03", shop_phone: null });
    expect(model.completions()[0]?.body?.response_format?.json_schema?.name).toBe("custom");
  });

  it("rejects a malformed custom field list before creating a job", async () => {
    const result = await upload(app.url, [{ name: "a.png", bytes: fixture("en-payment-small") }], {
      fields: '[{"name": "1bad", "type": "colour"}]',
    });
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe("invalid_request");
  });

  it("stops a job that uses up its call budget", async () => {
    model.setResponder(() => ({ type: "status", status: 500 }));
    const recording = await run("ja-bank-statement-long");
    expect(done(recording)).toMatchObject({ status: "failed" });
    expect(["llm_budget_exceeded", "llm_unavailable"]).toContain(done(recording).error.code);
    expect(model.completions().length).toBeLessThanOrEqual(6);
  });

  it("uses the local rules when asked, without calling the model", async () => {
    const recording = await run("en-payment-light", { extractor: "local" });
    expect(done(recording).result.extractor).toBe("local");
    expect(model.completions()).toHaveLength(0);
  });

  it("says in /api/config that the LLM is available, and which model", async () => {
    const config = await (await fetch(`${app.url}/api/config`)).json();
    expect(config.extractors.llm).toEqual({ available: true, model: "gpt-4o-mini", vision: false });
    expect(config.defaultExtractor).toBe("llm");
  });
});

describe("without an LLM configured", () => {
  it("keeps working on the local rules and refuses an LLM request clearly", async () => {
    const plain = await startApp();
    try {
      const config = await (await fetch(`${plain.url}/api/config`)).json();
      expect(config.extractors.llm.available).toBe(false);
      expect(config.defaultExtractor).toBe("local");
      const refused = await upload(plain.url, [{ name: "a.png", bytes: fixture("en-payment-small") }], {
        extractor: "llm",
      });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe("extractor_unavailable");
      const accepted = await upload(plain.url, [{ name: "a.png", bytes: fixture("en-payment-small") }]);
      expect(accepted.body.jobs[0].extractor).toBe("local");
      await recordStream(plain.url + accepted.body.jobs[0].links.events);
    } finally {
      await plain.stop();
    }
  });
});

describe("sending the image itself", () => {
  it("happens only when the model accepts images and the uploader allowed it", async () => {
    const vision = await startApp({
      env: { OPENAI_API_KEY: model.apiKey, OPENAI_BASE_URL: model.url, LLM_VISION: "true" },
    });
    try {
      const userContent = async (fields: Record<string, string>, target: AppServer) => {
        model.reset();
        model.setResponder(fixtureResponder);
        const { body } = await upload(target.url, [{ name: "a.png", bytes: fixture("en-payment-small") }], fields);
        await recordStream(target.url + body.jobs[0].links.events);
        return model.completions()[0]?.body?.messages?.[1]?.content;
      };
      const withImage = await userContent({ allowImage: "true" }, vision);
      expect(Array.isArray(withImage)).toBe(true);
      const image = (withImage as { type: string; image_url?: { url: string } }[]).find(
        (part) => part.type === "image_url",
      );
      expect(image?.image_url?.url).toMatch(/^data:image\/png;base64,/);
      expect(typeof (await userContent({}, vision))).toBe("string");
      // A model without vision never gets the image, whatever the uploader allowed.
      expect(typeof (await userContent({ allowImage: "true" }, app))).toBe("string");

      // With vision and consent the image goes out alone, at once, before OCR ends; OCR verifies the answer.
      const truth = fixtureTruth("en-payment-small").document;
      model.reset();
      const askedAt: number[] = [];
      const perfect = truthResponder(() => truth);
      model.setResponder((request) => {
        askedAt.push(Date.now());
        return perfect(request);
      });
      const { body } = await upload(vision.url, [{ name: "a.png", bytes: fixture("en-payment-small") }], {
        allowImage: "true",
      });
      const recording = await recordStream(vision.url + body.jobs[0].links.events);
      assertCompleteStream(recording);
      expect(model.completions()).toHaveLength(1);
      const user = model.completions()[0]?.body?.messages?.find((message) => message.role === "user");
      expect(JSON.stringify(user)).toContain("image_url");
      expect(JSON.stringify(user)).not.toContain("<ocr_text>");
      const snapshot = jobSnapshotSchema.parse(await (await fetch(vision.url + body.jobs[0].links.self)).json());
      const ocrEnded = Date.parse(snapshot.steps.find((step) => step.name === "ocr")?.finishedAt ?? "");
      expect(askedAt[0]).toBeLessThan(ocrEnded);
      const receipt = done(recording).result.document as Receipt;
      expect(receipt.total.value).toBe(truth.kind === "receipt" ? truth.total : Number.NaN);
      expect(receipt.total.seen).toBe(true);
    } finally {
      await vision.stop();
    }
  });
});

describe("endpoints without strict structured output", () => {
  for (const mode of ["json_object", "text"] as const) {
    it(`LLM_RESPONSE_FORMAT=${mode}: the schema in the prompt, a loosely written answer read right`, async () => {
      const loose = await startApp({
        env: {
          OPENAI_API_KEY: model.apiKey,
          OPENAI_BASE_URL: model.url,
          LLM_RESPONSE_FORMAT: mode,
          LLM_CHUNK_LINES: "15",
        },
      });
      try {
        model.reset();
        model.setResponder(sloppy());
        const follow = async (name: string) => {
          const { body } = await upload(loose.url, [{ name: `${name}.png`, bytes: fixture(name) }]);
          const recording = await recordStream(loose.url + body.jobs[0].links.events);
          assertCompleteStream(recording);
          return done(recording);
        };
        const receipt = await follow("ja-payment-light");
        expect(receipt.status).toBe("succeeded");
        const request = model.completions()[0]?.body;
        expect(request?.response_format?.type).toBe(mode === "json_object" ? "json_object" : undefined);
        expect(String(request?.messages?.[0]?.content)).toContain('<answer_schema name="document">');
        expect(model.completions()).toHaveLength(1);
        const truth = fixtureTruth("ja-payment-light").document;
        if (truth.kind !== "receipt") throw new Error("expected a receipt");
        const document = receipt.result.document as Receipt;
        expect([document.merchant.value, document.date.value, document.time.value, document.total.value]).toEqual([
          truth.merchant,
          truth.date,
          truth.time,
          truth.total,
        ]);
        expect(document.currency.value).toBe("JPY");

        const list = await follow("ja-bank-statement-long");
        const rows = (list.result.document as TransactionList).rows;
        const listTruth = fixtureTruth("ja-bank-statement-long").document;
        if (listTruth.kind !== "transaction_list") throw new Error("expected a list");
        expect(rows.map((row) => [row.date.value, row.amount.value])).toEqual(
          listTruth.rows.map((row) => [row.date, row.amount]),
        );
      } finally {
        await loose.stop();
      }
    });
  }
});
