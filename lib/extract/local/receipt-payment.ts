/**
 * The payment method of a receipt: the value of a payment-method label, else the first card
 * brand, wallet, transit card or cash word on the page.
 */
import type { StringField } from "@/lib/extract/schema";
import { missingField, RULE_CONFIDENCE, stringField } from "./field";
import { findLabelledValues, type LabelledValue, rowBelow } from "./labels";
import { type Token, tokensIn } from "./layout";
import { CARD_BRANDS, ID_WALLET_PATTERN, PAYMENT_METHOD_LABELS, PAYMENT_METHOD_PATTERN } from "./lexicon";
import { collapseSpaces } from "./normalise-text";
import type { Page } from "./page";
import { findAmounts } from "./parse-amount";
import { isPaymentMethodLabel } from "./payment-label";
import { isKnownLabel, isUiPhrase } from "./screen-text";
import { isStatusMessage } from "./status-message";

/** Labels that need their value to look like a payment method (they also label other things). */
const WEAK_PAYMENT_LABELS = new Set(["payment", "card"]);

/**
 * A payment method value: what is left of a cell without its amounts and tendered words, with
 * stray marks in the card mask (`*。`) dropped and `IC` read as `1C` restored.
 */
export function cleanPaymentValue(text: string): string {
  let out = text;
  for (const a of findAmounts(text)
    .filter((x) => x.marked)
    .reverse()) {
    out = out.slice(0, a.start) + out.slice(a.end);
  }
  out = out
    .replace(/お預り|お預かり|預り|tendered/gi, "")
    .replace(/(?<![A-Za-z0-9])[1lI|]C(?![A-Za-z0-9])/g, "IC")
    .replace(/[^\p{L}\p{N}\s•*●·&.'-]/gu, " ");
  return collapseSpaces(dropMaskJunk(out));
}

/**
 * Drops an unreadable mask between a card brand and its last digits (`Visa es 4242`, tesseract's
 * reading of `Visa •••• 4242`); a mask of mask characters stays.
 */
function dropMaskJunk(text: string): string {
  return text
    .replace(
      new RegExp(String.raw`\b(${CARD_BRANDS})\s+([^\s\d]{1,4})\s+(?=\d{4}\b)`, "gi"),
      (whole, brand: string, mask: string) => (isCleanMask(mask) ? whole : `${brand} `),
    )
    .replace(GLUED_MASK, (whole, brand: string, mask: string, digits: string) =>
      isCleanMask(mask) || !isMaskReading(mask) ? whole : `${brand} ${digits}`,
    );
}

/** A mask written with mask characters only (`••••`, `****`): kept as printed. */
function isCleanMask(mask: string): boolean {
  return /^[•*●·.x]+$/.test(mask);
}

/**
 * A brand, then up to five marks run into the last four digits (`**e1881`, `e**e4242`,
 * `ww4242`): tesseract's reading of a dot mask printed tight against the digits.
 */
const GLUED_MASK = new RegExp(String.raw`\b(${CARD_BRANDS})\s+([^\s\d]{1,5})(\d{4})\b`, "gi");

/**
 * What dots become when read as letters: marks, or at most two letters among them (`e**e`,
 * `ww`). A word such as `card` or `ending` run into the digits is no mask.
 */
function isMaskReading(mask: string): boolean {
  return (mask.match(/\p{L}/gu) ?? []).length <= 2 || /^[^\p{L}]*$/u.test(mask) || /^[ew]+$/i.test(mask);
}

/** The first payment method named in a text (a card, wallet, transit card or cash), or null. */
export function matchPaymentMethod(text: string): { index: number; text: string } | null {
  const m = PAYMENT_METHOD_PATTERN.exec(text) ?? ID_WALLET_PATTERN.exec(text);
  return m ? { index: m.index, text: m[0] } : null;
}

/** True when a cell of the label's row is the label and nothing else (`Card`, `Payment:`). */
function isWholeCellLabel(v: LabelledValue): boolean {
  return v.labelRow.cells.some(
    (c) =>
      c.text
        .trim()
        .replace(/[:：]$/u, "")
        .toLowerCase() === v.label,
  );
}

function acceptablePaymentValue(v: LabelledValue): boolean {
  const text = cleanPaymentValue(v.text);
  if (text.length < 2 || isUiPhrase(text) || isKnownLabel(text)) return false;
  // `Card | DBS eSavings`: a cell that is the weak label alone, its value in its own cell, is a
  // label and value pair like any other; `Card balance` or `Payment date` is not, nor is a
  // payment's status beside it (`Payment | received`).
  if (WEAK_PAYMENT_LABELS.has(v.label) && (!isWholeCellLabel(v) || isStatusMessage(text))) {
    return matchPaymentMethod(text) !== null || /\d{4}/.test(text);
  }
  return /\p{L}/u.test(text);
}

/**
 * The payment method: the value of a payment-method label, else the first card brand, wallet
 * or cash word on the page (with the masked card digits when they follow the brand).
 */
export function findPaymentMethod(page: Page): StringField {
  const labelled = findLabelledValues(page.rows, PAYMENT_METHOD_LABELS, isKnownLabel).find(acceptablePaymentValue);
  if (labelled) {
    const rule = labelled.where === "right" ? RULE_CONFIDENCE.labelled : RULE_CONFIDENCE.labelBelow;
    return stringField(cleanPaymentValue(labelled.text), labelled.tokens, rule);
  }
  const byForm = formLabelledMethod(page);
  if (byForm) return byForm;
  for (const row of page.rows) {
    for (const cell of row.cells) {
      const m = matchPaymentMethod(cell.text);
      if (!m) continue;
      // `残高` alone is a balance row; the wallet name before it makes it a method (PayPay残高).
      const tokens: Token[] = tokensIn(cell, m.index, m.index + m.text.length);
      return stringField(cleanPaymentValue(m.text), tokens, RULE_CONFIDENCE.pattern);
    }
  }
  return maskedAccount(page) ?? missingField();
}

/**
 * The value of a label shaped like a payment-method label (`Zahlungsmittel`, `ご利用カード`,
 * `Charged to`; `payment-label.ts`), beside it or under it, or null.
 */
function formLabelledMethod(page: Page): StringField | null {
  for (const row of page.rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (!cell || !isPaymentMethodLabel(cell.text)) continue;
      const right = row.cells.slice(i + 1);
      const below = right.length === 0 ? rowBelow(page.rows, row, cell) : null;
      const cells = right.length > 0 ? right : below && !isKnownLabel(below.cells[0]?.text ?? "") ? below.cells : [];
      const text = cleanPaymentValue(cells.map((c) => c.text).join(" "));
      if (text.length < 2 || !/\p{L}/u.test(text) || isUiPhrase(text) || isKnownLabel(text)) continue;
      const rule = right.length > 0 ? RULE_CONFIDENCE.labelled : RULE_CONFIDENCE.labelBelow;
      return stringField(
        text,
        cells.flatMap((c) => c.tokens),
        rule,
      );
    }
  }
  return null;
}

/** An account or card shown by its last digits behind a mask (`••1234`, `**** 1234`, `ending in 1234`). */
const MASKED_DIGITS = /(?:[•*●·]{2,}|(?<![\p{L}])[xX]{2,}|\bending(?: in)?|末尾|끝자리)\s?\d{4}\b/u;

/**
 * A name's trailing account behind a mask (`Priya Nair ••5678`, `楽天銀行 xxx8915`): where the
 * money went or came from, not part of the name.
 */
export const TRAILING_MASKED_ACCOUNT = /\s*(?:[•*●·]{1,}|(?<![\p{L}])[xX]{2,})\s?\d{3,4}$/u;

/**
 * A named account behind a mask (`Chase Checking ••1234`, `DBS eSavings ****8831`) with no
 * label or brand the lexicon knows: what a payment was made with, unless its row names who was
 * paid (`To | Alex ••5678`).
 */
function maskedAccount(page: Page): StringField | null {
  for (const row of page.rows) {
    const label = row.cells.length > 1 ? (row.cells[0]?.text ?? "") : "";
    if (PAYEE_ROW.test(label)) continue;
    for (const cell of row.cells.slice(row.cells.length > 1 ? 1 : 0)) {
      if (!MASKED_DIGITS.test(cell.text) || !/\p{L}{2,}/u.test(cell.text.replace(MASKED_DIGITS, ""))) continue;
      return stringField(cleanPaymentValue(cell.text), cell.tokens, RULE_CONFIDENCE.pattern);
    }
  }
  return null;
}

/** Labels of who was paid: their account is the payee's, not the means of payment. */
const PAYEE_ROW =
  /^(?:to|recipient|payee|beneficiary|an|empfänger|à|bénéficiaire|destinataire|받는\s?(?:분|사람)|受取人|振込先|收款人|收款帳戶|轉入)(?!\p{L})/iu;
