import type {
  AnyField,
  Check,
  CustomDocument,
  CustomField,
  ExtractedDocument,
  Receipt,
  StringField,
  TransactionList,
} from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { findAcrossLines } from "@/lib/verify/find-across-lines";
import { confirmAtBox, findInOcr, type IndexedLine, indexOcr, type OcrMatch } from "@/lib/verify/find-in-ocr";
import {
  adjustmentSpellings,
  amountSpellings,
  currencySpellings,
  dateSpellings,
  timeSpellings,
} from "@/lib/verify/spellings";

/**
 * Verification: every value is looked up in the OCR words (whatever extractor produced it),
 * gets the box it was read from, or is marked "not seen in the image" with its confidence
 * lowered; then sums and dates are checked. Nothing is hidden: every finding is a Check.
 */

export interface VerifyOptions {
  /** "Today" for the future-date check; injectable for tests. */
  now?: Date;
}

type Spell = (value: string | number) => string[];

const asText: Spell = (value) => [String(value)];
const asAmount: Spell = (value) => (typeof value === "number" ? amountSpellings(value) : [String(value)]);
const asDate: Spell = (value) => dateSpellings(String(value));
const asTime: Spell = (value) => timeSpellings(String(value));
const asCurrency: Spell = (value) => currencySpellings(String(value));
const asAdjustment: Spell = (value) => (typeof value === "number" ? adjustmentSpellings(value) : [String(value)]);

/** How a value's candidate spellings are looked for in the OCR lines. */
type Find = (index: IndexedLine[], candidates: string[]) => OcrMatch | null;

/** An amount must stand on its own in the line, not inside a longer number. */
const findAmount: Find = (index, candidates) => findInOcr(index, candidates, { wholeNumber: true });

/** An address spans lines: within one line first, then by its tokens over a few lines. */
const findAddress: Find = (index, candidates) =>
  findInOcr(index, candidates) ??
  candidates.reduce<OcrMatch | null>((found, candidate) => found ?? findAcrossLines(index, candidate), null);

/** How much less a value is trusted when it cannot be found in the image. */
const NOT_SEEN_PENALTY = 0.4;
const MAX_FUTURE_DAYS = 1;
const OLDEST_PLAUSIBLE_YEAR = 2000;

export function verifyDocument(
  document: ExtractedDocument,
  ocr: OcrResult,
  options: VerifyOptions = {},
): { document: ExtractedDocument; checks: Check[] } {
  const index = indexOcr(ocr);
  const checks: Check[] = [];
  const locate = <F extends AnyField>(field: F, path: string, spell: Spell, find: Find = findInOcr): F => {
    if (field.value === null) return field;
    // The extractor's own reading of the image comes first, then the value's spellings.
    const candidates = [...(field.text ? [field.text] : []), ...spell(field.value)];
    const match =
      find(index, candidates) ?? (field.box ? confirmAtBox(index, field.box, field.text ?? String(field.value)) : null);
    if (match) {
      return {
        ...field,
        text: field.text ?? match.text,
        box: field.box ?? match.box,
        seen: true,
        confidence: Math.min(field.confidence, Math.max(match.confidence, 0.05)),
      };
    }
    checks.push({
      code: "not_seen",
      status: "warn",
      field: path,
      message: `“${field.value}” was not found in the image's text; treat it as inferred.`,
    });
    return { ...field, seen: false, confidence: field.confidence * NOT_SEEN_PENALTY };
  };
  const now = options.now ?? new Date();
  if (document.kind === "receipt") {
    const receipt = verifyReceiptFields(document, locate);
    checks.push(...receiptChecks(receipt, now));
    return { document: receipt, checks };
  }
  if (document.kind === "custom") {
    const custom = verifyCustomFields(document, locate);
    checks.push(...customChecks(custom, now));
    return { document: custom, checks };
  }
  const list = verifyListFields(document, locate);
  checks.push(...listChecks(list, now));
  return { document: list, checks };
}

const CUSTOM_SPELLING: Record<CustomField["type"], Spell> = {
  string: asText,
  number: asAmount,
  date: asDate,
  time: asTime,
};

function verifyCustomFields(document: CustomDocument, locate: Locate): CustomDocument {
  return {
    ...document,
    fields: document.fields.map((custom) => ({
      ...custom,
      field: locate(
        custom.field,
        `fields.${custom.name}`,
        CUSTOM_SPELLING[custom.type],
        custom.type === "number" ? findAmount : findInOcr,
      ),
    })),
  };
}

function customChecks(document: CustomDocument, now: Date): Check[] {
  return document.fields.flatMap((custom) => {
    const { value } = custom.field;
    if (custom.type === "date" && typeof value === "string") {
      return dateChecks({ ...custom.field, value }, `fields.${custom.name}`, now);
    }
    if (custom.type === "time" && typeof value === "string" && !TIME_OF_DAY.test(value)) {
      return [timeCheck(value, `fields.${custom.name}`)];
    }
    return [];
  });
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

function timeCheck(value: string, path: string): Check {
  return { code: "invalid_time", status: "fail", field: path, message: `“${value}” is not a time of day.` };
}

type Locate = <F extends AnyField>(field: F, path: string, spell: Spell, find?: Find) => F;

function verifyReceiptFields(receipt: Receipt, locate: Locate): Receipt {
  return {
    ...receipt,
    merchant: locate(receipt.merchant, "merchant", asText),
    address: locate(receipt.address, "address", asText, findAddress),
    date: locate(receipt.date, "date", asDate),
    time: locate(receipt.time, "time", asTime),
    subtotal: locate(receipt.subtotal, "subtotal", asAmount, findAmount),
    tax: locate(receipt.tax, "tax", asAmount, findAmount),
    rounding: locate(receipt.rounding, "rounding", asAdjustment, findAmount),
    total: locate(receipt.total, "total", asAmount, findAmount),
    currency: locate(receipt.currency, "currency", asCurrency),
    paymentMethod: locate(receipt.paymentMethod, "paymentMethod", asText),
    reference: locate(receipt.reference, "reference", asText),
    items: receipt.items.map((item, i) => ({
      description: locate(item.description, `items.${i}.description`, asText),
      amount: locate(item.amount, `items.${i}.amount`, asAmount, findAmount),
    })),
  };
}

function verifyListFields(list: TransactionList, locate: Locate): TransactionList {
  return {
    ...list,
    currency: locate(list.currency, "currency", asCurrency),
    rows: list.rows.map((row, i) => ({
      ...row,
      date: locate(row.date, `rows.${i}.date`, asDate),
      description: locate(row.description, `rows.${i}.description`, asText),
      amount: locate(row.amount, `rows.${i}.amount`, asAmount, findAmount),
    })),
  };
}

function receiptChecks(receipt: Receipt, now: Date): Check[] {
  const checks: Check[] = [];
  const total = receipt.total.value;
  if (total === null) {
    checks.push({ code: "missing_total", status: "warn", field: "total", message: "No total was found." });
  } else if (total <= 0) {
    checks.push({
      code: "total_not_positive",
      status: "fail",
      field: "total",
      message: "The total is not a positive amount.",
    });
  }
  checks.push(...amountChecks(receipt));
  checks.push(...dateChecks(receipt.date, "date", now));
  if (receipt.time.value !== null && !TIME_OF_DAY.test(receipt.time.value)) {
    checks.push(timeCheck(receipt.time.value, "time"));
  }
  return checks;
}

/** Amounts closer than this are the same (sums of cents drift in floating point). */
const SAME_AMOUNT = 0.005;

const cents = (value: number) => Math.round(value * 100) / 100;
const sumOf = (values: readonly number[]) => cents(values.reduce((a, b) => a + b, 0));
const same = (a: number, b: number) => Math.abs(a - b) < SAME_AMOUNT;

/**
 * The receipt's amounts against each other. With a subtotal: subtotal + tax + rounding = total
 * (or subtotal + rounding = total where the tax is included in the subtotal, as Japanese
 * receipts print 内消費税), and the items against the subtotal. Without one: the items against
 * the total, with the tax and rounding added where they were read.
 */
function amountChecks(receipt: Receipt): Check[] {
  const checks: Check[] = [];
  const total = receipt.total.value;
  const subtotal = receipt.subtotal.value;
  const tax = receipt.tax.value;
  const rounding = receipt.rounding.value;
  if (subtotal !== null && total !== null) checks.push(subtotalSumCheck(subtotal, tax, rounding, total));
  const amounts = receipt.items.map((item) => item.amount.value);
  if (amounts.length === 0 || !amounts.every((a): a is number => a !== null)) return checks;
  if (subtotal !== null) checks.push(itemsSubtotalCheck(sumOf(amounts), subtotal));
  else if (total !== null) checks.push(itemsSumCheck(sumOf(amounts), tax, rounding, total));
  return checks;
}

function subtotalSumCheck(subtotal: number, tax: number | null, rounding: number | null, total: number): Check {
  const parts = [
    `subtotal ${subtotal}`,
    ...(tax !== null ? [`tax ${tax}`] : []),
    ...(rounding !== null ? [`rounding ${rounding}`] : []),
  ];
  const sum = sumOf([subtotal, tax ?? 0, rounding ?? 0]);
  const check = { code: "amounts_sum", field: "total" } as const;
  if (same(sum, total)) {
    return { ...check, status: "pass", message: `The ${parts.join(" + ")} add up to the total (${total}).` };
  }
  if (tax !== null && same(sumOf([subtotal, rounding ?? 0]), total)) {
    return {
      ...check,
      status: "pass",
      message: `The subtotal ${subtotal}${rounding !== null ? ` + rounding ${rounding}` : ""} is the total (${total}), the tax ${tax} included in it.`,
    };
  }
  return {
    ...check,
    status: "warn",
    message: `The ${parts.join(" + ")} make ${sum}, not the total ${total}: a fee, a discount, or a misread amount?`,
  };
}

function itemsSubtotalCheck(sum: number, subtotal: number): Check {
  const check = { code: "items_subtotal", field: "subtotal" } as const;
  if (same(sum, subtotal)) return { ...check, status: "pass", message: `The items add up to the subtotal (${sum}).` };
  return {
    ...check,
    status: "warn",
    message:
      sum < subtotal
        ? `The items add up to ${sum}, less than the subtotal ${subtotal}: a missed item or a misread amount?`
        : `The items add up to ${sum}, more than the subtotal ${subtotal}: a discount, or a misread amount?`,
  };
}

function itemsSumCheck(sum: number, tax: number | null, rounding: number | null, total: number): Check {
  const check = { code: "items_sum", field: "total" } as const;
  if (same(sum, total)) return { ...check, status: "pass", message: `The items add up to the total (${sum}).` };
  const withExtras = sumOf([sum, tax ?? 0, rounding ?? 0]);
  if ((tax !== null || rounding !== null) && same(withExtras, total)) {
    const extras = [...(tax !== null ? [`tax ${tax}`] : []), ...(rounding !== null ? [`rounding ${rounding}`] : [])];
    return {
      ...check,
      status: "pass",
      message: `The items (${sum}) + ${extras.join(" + ")} add up to the total (${total}).`,
    };
  }
  return {
    ...check,
    status: "warn",
    message:
      sum < total
        ? `The items add up to ${sum}, less than the total ${total}: tax, fees or a missed item?`
        : `The items add up to ${sum}, more than the total ${total}: a discount, or a misread amount?`,
  };
}

function listChecks(list: TransactionList, now: Date): Check[] {
  if (list.rows.length === 0) {
    return [{ code: "no_rows", status: "warn", message: "No transactions were found in the list." }];
  }
  const checks = list.rows.flatMap((row, i) => dateChecks(row.date, `rows.${i}.date`, now));
  const missing = list.rows.filter((row) => row.amount.value === null).length;
  if (missing > 0) {
    checks.push({ code: "missing_amounts", status: "warn", message: `${missing} row(s) have no amount.` });
  }
  return checks;
}

/** A date must exist on the calendar, and not lie in the future or before 2000. */
export function dateChecks(field: StringField, path: string, now: Date): Check[] {
  if (field.value === null) return [];
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(field.value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
    return [{ code: "invalid_date", status: "fail", field: path, message: `“${field.value}” is not a real date.` }];
  }
  if (date.getTime() > now.getTime() + MAX_FUTURE_DAYS * 86_400_000) {
    return [{ code: "future_date", status: "fail", field: path, message: `${field.value} is in the future.` }];
  }
  if (date.getUTCFullYear() < OLDEST_PLAUSIBLE_YEAR) {
    return [
      { code: "old_date", status: "warn", field: path, message: `${field.value} is unusually old; check the year.` },
    ];
  }
  return [];
}
