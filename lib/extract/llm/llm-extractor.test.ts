import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type FakeOpenAI,
  fixtureResponder,
  fixtureTruth,
  misfitThenRepair,
  misfitting,
  type Responder,
  sloppy,
  startFakeOpenAI,
  truthResponder,
} from "@/e2e/support/fake-openai";
import type { ExtractProgress } from "@/lib/extract/extractor";
import type { ResponseFormatMode } from "@/lib/extract/llm/ask-model";
import { detectDocumentKind, extractDocument } from "@/lib/extract/local/local-extractor";
import type { Check, DocumentKind, Receipt, TransactionList } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { recordedOcr } from "@/lib/testing/recorded-ocr";
import { testLlmExtractor } from "@/lib/testing/test-llm-extractor";
import type { TruthDocument } from "@/scripts/fixtures/truth-schema";

/**
 * The extractor end to end against the fake endpoint (real HTTP, the real SDK), on the
 * fixtures' recorded OCR: a perfect model's answer must come through whole, whatever the local
 * rules guess and however the answer is written.
 */

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function extract(
  name: string,
  options: {
    responder?: Responder;
    kind?: DocumentKind;
    chunkLines?: number;
    mode?: ResponseFormatMode;
    maxCalls?: number;
    ocr?: OcrResult;
  } = {},
) {
  fake.setResponder(options.responder ?? fixtureResponder);
  const extractor = testLlmExtractor(fake, { ...options, chunkLines: options.chunkLines ?? 45 });
  const checks: Check[] = [];
  const progress: ExtractProgress[] = [];
  const document = await extractor.extract({
    ocr: options.ocr ?? recordedOcr(name),
    kind: options.kind,
    signal: new AbortController().signal,
    onProgress: (p) => progress.push(p),
    onCheck: (check) => checks.push(check),
  });
  return { document, checks, progress, calls: fake.completions() };
}

/** The plain values of a receipt document, to compare with a truth. */
function receiptValues(receipt: Receipt) {
  return {
    merchant: receipt.merchant.value,
    date: receipt.date.value,
    time: receipt.time.value,
    total: receipt.total.value,
    currency: receipt.currency.value,
    paymentMethod: receipt.paymentMethod.value,
    reference: receipt.reference.value,
    items: receipt.items.map((item) => ({ description: item.description.value, amount: item.amount.value })),
  };
}
function truthReceiptValues(truth: TruthDocument) {
  if (truth.kind !== "receipt") throw new Error("not a receipt");
  const { merchant, date, time, total, currency, paymentMethod, reference, items } = truth;
  return { merchant, date, time, total, currency, paymentMethod, reference, items };
}
function rowValues(list: TransactionList) {
  return list.rows.map((row) => ({
    date: row.date.value,
    description: row.description.value,
    amount: row.amount.value,
    direction: row.direction,
  }));
}

describe("the model decides the kind", () => {
  it("asks once, with a schema that allows either kind and the local guess as a hint", async () => {
    const { document, calls } = await extract("en-receipt-items");
    expect(calls).toHaveLength(1);
    const format = calls[0]?.body?.response_format;
    expect(format?.json_schema?.name).toBe("document");
    expect(format?.json_schema?.strict).toBe(true);
    const schema = format?.json_schema?.schema as { properties: { document: { anyOf: unknown[] } } } | undefined;
    expect(schema?.properties.document.anyOf).toHaveLength(2);
    expect(String(calls[0]?.body?.messages?.[0]?.content)).toContain('guessed "receipt"');
    expect(receiptValues(document as Receipt)).toEqual(truthReceiptValues(fixtureTruth("en-receipt-items").document));
  });

  it("reads a receipt as a receipt when the local rules guess a list", async () => {
    // The card history's OCR, which the local rules read as a list; the model sees one purchase.
    const ocr = recordedOcr("en-card-history-light");
    expect(detectDocumentKind(ocr)).toBe("transaction_list");
    const purchase = fixtureTruth("en-payment-light").document;
    const { document, calls } = await extract("", { ocr, responder: truthResponder(() => purchase) });
    expect(String(calls[0]?.body?.messages?.[0]?.content)).toContain('guessed "transaction_list"');
    expect(document.kind).toBe("receipt");
    expect(receiptValues(document as Receipt)).toEqual(truthReceiptValues(purchase));
  });

  it("reads a list as a list when the local rules guess a receipt", async () => {
    const ocr = recordedOcr("en-payment-light");
    expect(detectDocumentKind(ocr)).toBe("receipt");
    const history = fixtureTruth("ja-card-history-dark").document;
    const { document } = await extract("", { ocr, responder: truthResponder(() => history) });
    // (Its rows are not in this OCR text, so a perfect model lists none: the shape is the point.)
    expect(document.kind).toBe("transaction_list");
  });

  it("classifies a long text in a small call first, then reads a list in parallel chunks", async () => {
    const { document, calls } = await extract("ja-bank-statement-long", { chunkLines: 15 });
    const names = calls.map((call) => call.body?.response_format?.json_schema?.name);
    expect(names[0]).toBe("document_kind");
    expect(names.slice(1).every((name) => name === "transaction_list")).toBe(true);
    expect(names.length).toBeGreaterThan(2);
    const truth = fixtureTruth("ja-bank-statement-long").document;
    expect(rowValues(document as TransactionList)).toEqual(truth.kind === "transaction_list" ? truth.rows : []);
  });

  it("reads a long receipt whole, in one call after the classification, never in chunks", async () => {
    const { document, calls } = await extract("ja-receipt-items", { chunkLines: 10 });
    expect(calls.map((call) => call.body?.response_format?.json_schema?.name)).toEqual(["document_kind", "receipt"]);
    expect(receiptValues(document as Receipt)).toEqual(truthReceiptValues(fixtureTruth("ja-receipt-items").document));
  });

  it("keeps the user's choice of kind: no choice asked of the model", async () => {
    const { calls } = await extract("en-receipt-items", { kind: "receipt" });
    expect(calls.map((call) => call.body?.response_format?.json_schema?.name)).toEqual(["receipt"]);
  });
});

describe("an answer that does not fit", () => {
  it("is corrected by one follow-up call that lists what was wrong", async () => {
    const { document, checks, calls } = await extract("en-payment-light", { responder: misfitThenRepair() });
    expect(calls).toHaveLength(2);
    const repair = calls[1]?.body?.messages ?? [];
    expect(repair.at(-2)?.role).toBe("assistant");
    expect(String(repair.at(-1)?.content)).toMatch(/document\.date.*day before yesterday/);
    expect(String(repair.at(-1)?.content)).toMatch(/document\.total/);
    expect(receiptValues(document as Receipt)).toEqual(truthReceiptValues(fixtureTruth("en-payment-light").document));
    expect(checks).toEqual([]);
  });

  it("keeps what fits and takes the local rules' value for a field the model keeps getting wrong, with a check", async () => {
    const { document, checks, calls } = await extract("en-payment-light", {
      responder: misfitting({ date: "the 31st of Smarch" }),
    });
    expect(calls).toHaveLength(2);
    const receipt = document as Receipt;
    const local = extractDocument(recordedOcr("en-payment-light"), { kind: "receipt" }) as Receipt;
    expect(local.date.value).toBe("2026-10-03");
    expect(receipt.date.value).toBe(local.date.value);
    expect(receipt.date.confidence).toBeLessThanOrEqual(0.5);
    expect(receipt.merchant.value).toBe("Blue Bottle Coffee");
    expect(checks).toEqual([expect.objectContaining({ code: "model_value_replaced", status: "warn", field: "date" })]);
    expect(checks[0]?.message).toContain("the 31st of Smarch");
  });

  it("leaves a field empty, with a check, when the local rules read nothing there either", async () => {
    const { document, checks } = await extract("en-payment-light", {
      responder: misfitting({ paymentMethod: 42, reference: { id: 1 }, address: ["Main St"] }),
    });
    const receipt = document as Receipt;
    // A number for a text field is read as its text; an object or a list is not.
    expect(receipt.paymentMethod.value).toBe("42");
    expect(receipt.reference.value).toBe("TXN-8F3K2Q9P");
    expect(receipt.address.value).toBeNull();
    expect(checks.map((check) => `${check.code}:${check.field}`).sort()).toEqual([
      "model_value_dropped:address",
      "model_value_replaced:reference",
    ]);
  });

  it("fails only when nothing usable came back", async () => {
    const error = await extract("en-payment-light", {
      kind: "receipt",
      responder: () => ({ type: "json", body: { merchant: ["x"], date: "soon", total: "lots", items: "none" } }),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "llm_invalid_answer" });
  });

  it("counts the correction in the job's call budget", async () => {
    const error = await extract("en-payment-light", {
      responder: () => ({ type: "text", content: "{oops" }),
      maxCalls: 1,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "llm_invalid_json" });
    expect(fake.completions()).toHaveLength(1);
  });

  it("numbers the rows of a corrected chunk in the merged list", async () => {
    const truth = fixtureTruth("ja-bank-statement-long").document;
    if (truth.kind !== "transaction_list") throw new Error("expected a list");
    // Every chunk's first row comes with a date that is no date; the rest are right.
    const responder: Responder = (request) => {
      const behaviour = fixtureResponder(request);
      if (behaviour.type !== "json") return behaviour;
      const body = structuredClone(behaviour.body) as { rows?: { date: string }[] };
      if (body.rows?.[0]) body.rows[0].date = "??";
      return { ...behaviour, body };
    };
    const { document, checks } = await extract("ja-bank-statement-long", {
      kind: "transaction_list",
      chunkLines: 15,
      responder,
    });
    const rows = rowValues(document as TransactionList);
    expect(rows.map((row) => row.amount)).toEqual(truth.rows.map((row) => row.amount));
    const fields = checks.map((check) => check.field);
    expect(fields[0]).toBe("rows.0.date");
    for (const field of fields) {
      const index = Number(field?.split(".")[1]);
      expect(rows[index]?.date === null || rows[index]?.date === truth.rows[index]?.date).toBe(true);
    }
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields.length).toBeGreaterThan(1);
  });
});

describe("endpoints without strict structured output", () => {
  for (const mode of ["json_object", "text"] as const) {
    it(`${mode}: the schema goes in the prompt, and a loosely written answer reads the same`, async () => {
      const { document, calls, checks } = await extract("ja-payment-light", { mode, responder: sloppy() });
      const body = calls[0]?.body;
      expect(body?.response_format?.type).toBe(mode === "json_object" ? "json_object" : undefined);
      expect(String(body?.messages?.[0]?.content)).toMatch(/<answer_schema name="document">\{/);
      expect(calls).toHaveLength(1);
      expect(checks).toEqual([]);
      expect(receiptValues(document as Receipt)).toEqual(truthReceiptValues(fixtureTruth("ja-payment-light").document));
    });
  }

  it("text: a list, written loosely, reads the same", async () => {
    const { document } = await extract("en-card-history-light", { mode: "text", responder: sloppy() });
    const truth = fixtureTruth("en-card-history-light").document;
    expect(rowValues(document as TransactionList)).toEqual(truth.kind === "transaction_list" ? truth.rows : []);
  });
});
