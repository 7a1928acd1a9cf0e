/**
 * The merchant of a receipt: the value of a merchant label, else the first row near the top
 * that reads like a name, skipping the navigation bar, status messages, addresses and amounts.
 */
import type { StringField } from "@/lib/extract/schema";
import { missingField, RULE_CONFIDENCE, stringField } from "./field";
import { hasAnyWord } from "./keywords";
import { findLabelledValues, rowBelow } from "./labels";
import { type Row, type Token, tokensIn } from "./layout";
import { collapseSpaces } from "./normalise-text";
import type { Page } from "./page";
import { findAmounts } from "./parse-amount";
import { findDates } from "./parse-date";
import { findTimes } from "./parse-time";
import { isPayeeLabel } from "./payee-label";
import { payeeInNotice, payeeInSentence } from "./payee-sentence";
import { quantityOnlyLine } from "./receipt-items";
import { PAYEE_LABELS, STATUS_WORDS } from "./receipt-merchant-words";
import { matchPaymentMethod, TRAILING_MASKED_ACCOUNT } from "./receipt-payment";
import { isIdLabel } from "./reference-label";
import { isKnownLabel, isUiPhrase } from "./screen-text";
import { isStatusMessage } from "./status-message";

/** True when a text could name a merchant: some letters, not just a number, date or code. */
export function looksLikeName(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < 2) return false;
  if (findAmounts(text).some((a) => a.marked)) return false;
  if (findDates(text).length > 0 || findTimes(text).length > 0) return false;
  // Phone numbers, addresses, web addresses and register lines come right under store names.
  // (`Amazon.com` is a name, `www.amazon.com` an address.)
  if (/\b(?:tel|fax|phone|www|https?)\b|電話|〒|@|レジ|担当|責任者/i.test(text)) return false;
  if (AMOUNT_LABEL.test(text.replace(/\s+(?=[\u3040-\u9fff\uac00-\ud7af])/gu, ""))) return false;
  return !isUiPhrase(text) && !isKnownLabel(text) && !isPayeeLabel(text);
}

/**
 * A label naming an amount (`Top-up amount`, `儲值金額`, `チャージ金額`, `충전 금액`): the word
 * for an amount ends it. A name does not end that way.
 */
const AMOUNT_LABEL = /(?:\bamount|\bbetrag|\bmontant|金額|金额|금액)\s*:?$/iu;

/** True when most of a text is a payment method (`Visa •••• 4242`, `PayPay残高`): not a name. */
function isPaymentMethodText(text: string): boolean {
  const m = matchPaymentMethod(text);
  return m !== null && m.text.length * 2 >= text.replace(/\s/g, "").length;
}

/** A status line: one the lexicon names, or one shaped like it (`Order delivered`). */
function isStatus(text: string): boolean {
  return hasAnyWord(text, STATUS_WORDS) || isStatusMessage(text);
}

/** Glyphs of back and close buttons as tesseract reads them. */
const NAV_GLYPHS = new Set(["く", "<", "‹", "〈", "x", "X", "×", "←", "✕"]);

/**
 * True for the app's navigation bar (a back or close button at the far left of a row near the
 * top): its title is the screen's or the app's name, never the merchant.
 */
export function isNavigationBar(row: Row, page: Page): boolean {
  const first = row.tokens[0];
  return (
    first !== undefined &&
    row.box.y1 < page.height * 0.13 &&
    // OCR doubles a close button now and then (`xX`).
    (NAV_GLYPHS.has(first.text) || /^[xX×✕]{2}$/.test(first.text)) &&
    first.box.x0 < page.width * 0.08
  );
}

/**
 * The words of a name row without the shop's logo in front of it: tesseract reads a logo as a
 * short word (`司`, `ii`, `fi)`) standing apart from the name by more than a space.
 */
export function withoutLogo(tokens: Token[], height: number): Token[] {
  const [first, second] = tokens;
  if (!first || !second || [...first.text].length > 3) return tokens;
  const gap = second.box.x0 - first.box.x1;
  if (gap > height * LOGO_GAP) return tokens.slice(1);
  // Closer to the name, a logo still reads as one character set apart by a space that
  // tesseract is much less sure of than of the name's words (`回 星巴克信義店` at 73 against
  // 94). A name's own first syllable (`교보문고`) stands against the next.
  const rest = meanWordConfidence(tokens.slice(1));
  const unsure =
    [...first.text].length === 1 &&
    gap > height * SPACE_GAP &&
    rest >= LOGO_REST_CONFIDENCE &&
    rest - first.confidence >= LOGO_DOUBT;
  return unsure ? tokens.slice(1) : tokens;
}

/** The name's words read at least this surely (0–100) when a logo before them is dropped by doubt. */
const LOGO_REST_CONFIDENCE = 85;

/** A gap of this many text heights is a space between words. */
const SPACE_GAP = 0.25;

/** How many points less sure than the name a one-character logo reading is. */
const LOGO_DOUBT = 15;

/** A gap wider than this many text heights parts a logo from the name (a space is ~0.3). */
const LOGO_GAP = 0.8;

/**
 * A person's honorific or the "to" particle after a payee's name (`ヤマダ タロウ さん`, `김민준
 * 님에게`): the name is what stands before it.
 */
const TRAILING_HONORIFIC = /\s*(?:様|さま|さん|님에게|님께|에게|님)$/u;

/**
 * The "to" or "at" a payment or transfer screen sets before the payee's name (`an Lena Vogel`,
 * `à Camille Martin`, `at Whole Foods Market`, `Zahlung an REWE`, `Paiement à Monoprix`), in
 * small letters before a capital, after the word for the payment or not: not part of the name.
 */
const LEADING_TO =
  /^(?:(?:[Pp]ayment|[Pp]aid|[Ss]ent|[Zz]ahlung|[Üü]berweisung|[Pp]aiement|[Vv]irement)\s+)?(?:to|an|à|au|at|bei|chez|pour|für)\s+(?=\p{Lu})/u;

/** Cleans a merchant value: trailing honorific, a leading "to" and edge punctuation off. */
function cleanMerchant(text: string): string {
  const name = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})）]+$/gu, "");
  const bare = name.replace(TRAILING_MASKED_ACCOUNT, "").replace(TRAILING_HONORIFIC, "").replace(LEADING_TO, "");
  return collapseSpaces(/\p{L}/u.test(bare) ? bare : name);
}

/** Mean OCR confidence (0–100) a row needs to be taken for a name: logos read as text score lower. */
const NAME_MIN_CONFIDENCE = 65;

function meanWordConfidence(tokens: Token[]): number {
  return tokens.length === 0 ? 0 : tokens.reduce((sum, token) => sum + token.confidence, 0) / tokens.length;
}

/**
 * OCR confidence (0–100) every word of a title-bar brand needs: icons read as words score about
 * 50; a web shop's name in small type, dots and all (`Amazon.co.jp`), from 65 up, as names do.
 */
const BRAND_MIN_CONFIDENCE = 65;

/**
 * A shop's name at the right end of the navigation bar, beside the screen's title
 * (`< Order details      Shopee`): the title must be screen text and the name right-aligned.
 */
function navigationBarBrand(page: Page): StringField | null {
  // The bar's back button is often not read at all: the title row near the top is enough.
  const bar = page.rows.find((row) => row.box.y1 < page.height * 0.13 && row.cells.length >= 2);
  if (!bar) return null;
  const brand = bar.cells[bar.cells.length - 1];
  const title = bar.cells
    .slice(0, -1)
    .map((cell) => cell.text)
    .join(" ")
    .replace(/^[^\p{L}\p{N}]+\s*/u, "");
  if (!brand || brand.box.x1 < page.width * 0.85 || !isUiPhrase(title)) return null;
  if (!looksLikeName(brand.text) || isUiPhrase(brand.text) || isKnownLabel(brand.text)) return null;
  // An icon at the bar's end (share, help) comes back as a short, unsure word (`ity` at 50 %).
  const sure = brand.tokens.every((token) => token.confidence >= BRAND_MIN_CONFIDENCE);
  const cjk = /[\u3040-\u9fff\uac00-\ud7af]/.test(brand.text);
  if (!sure || [...brand.text.replace(/\s/g, "")].length < (cjk ? 2 : 4)) return null;
  return stringField(cleanMerchant(brand.text), brand.tokens, RULE_CONFIDENCE.position);
}

/**
 * The merchant: the value of a merchant label, else the first row near the top that reads like
 * a name (not a status message, label, amount, date or address) in the upper part of the
 * screen. `stopRow` (the total's row) bounds the search loosely.
 */
export function findMerchant(page: Page, stopRow: number | null): StringField {
  // A cell that is wholly a payee label (`Zahlungsempfänger`, `商店名稱`) outranks a lexicon
  // label that is only its head (`商店` of `商店名稱`).
  const byForm = formLabelledPayee(page);
  if (byForm) return byForm;
  // `STORE 0127 REG 03` labels a store number, not a name: a name starts with a letter.
  // A refund's `to Visa •••• 4242` names where the money went back to, not who was paid.
  const labelled = findLabelledValues(page.rows, PAYEE_LABELS, isKnownLabel).find(
    (v) => /^\p{L}/u.test(v.text) && looksLikeName(v.text) && !isPaymentMethodText(v.text),
  );
  if (labelled) {
    const rule = labelled.where === "right" ? RULE_CONFIDENCE.labelled : RULE_CONFIDENCE.labelBelow;
    return stringField(cleanMerchant(labelled.text), labelled.tokens, rule);
  }
  const told = payeeTold(page, stopRow);
  if (told) return told;
  const brand = navigationBarBrand(page);
  if (brand) return brand;
  // Receipts name the merchant above the total; payment screens may put it just under the big
  // amount, so allow a couple of rows past it.
  const limit = stopRow === null ? page.rows.length : stopRow + 3;
  // On a payment screen the merchant follows the success message; start below it.
  const success = page.rows.findIndex((r) => r.box.y0 < page.height * 0.5 && isStatus(r.text));
  const belowRows = page.rows.slice(success + 1, Math.max(limit, success + 2));
  if (success <= 0) return nameAmong(page, belowRows, stopRow) ?? navigationTitle(page) ?? missingField();
  const below = namesAmong(page, belowRows, stopRow, {}).next().value;
  // A top-up or a card screen names the card or wallet above the success message (`EZ-Link`,
  // then `Top-up successful`): with no name below it, the rows above are read the same way.
  // A card approval names the shop above its amount and status, and may set a smaller line
  // under the status (`Online purchase`): the name clearly larger wins.
  const above = nameAbove(page, page.rows.slice(0, success), stopRow);
  if (!below) return above?.field ?? navigationTitle(page) ?? missingField();
  return above && above.row.height >= below.row.height * PROMINENT ? above.field : below.field;
}

/**
 * The name above the success message: the nearest, as the name belongs to the amount and
 * message it stands over (the screen's title, further up, does not), unless a name clearly
 * larger stands further up (the payee over a note: `Priya Nair` over `Dinner at Nopa`).
 */
function nameAbove(page: Page, rows: Row[], stopRow: number | null): NameOnRow | null {
  let best: NameOnRow | null = null;
  for (const found of namesAmong(page, [...rows].reverse(), stopRow, { wallets: true })) {
    if (!best || found.row.height >= best.row.height * PROMINENT) best = found;
  }
  return best;
}

/** How many times taller than the nearest name a name further up must be set to win. */
const PROMINENT = 1.2;

/**
 * The payee a sentence in the upper part of the screen names (`You paid Priya Nair`,
 * `ヤマダ タロウ さんに送金しました`), or a card's notice above the total (`Approved: $45.20 at
 * Whole Foods Market`; a promotion below it, `5% back at Lazada`, names no payee), as a field,
 * or null.
 */
function payeeTold(page: Page, stopRow: number | null): StringField | null {
  for (const row of page.rows) {
    if (row.box.y0 > page.height * 0.6) break;
    const found =
      payeeInSentence(row.text) ?? (stopRow !== null && row.index < stopRow ? payeeInNotice(row.text) : null);
    if (!found) continue;
    const name = cleanMerchant(found.name);
    if (!looksLikeName(name) || isPaymentMethodText(name)) continue;
    return stringField(name, tokensIn(row, found.start, found.end), RULE_CONFIDENCE.position);
  }
  return null;
}

/**
 * Nouns a screen is titled by (`Transaction`, `Zahlung`, `Opération`, `取引`, `결제`, `交易`): a
 * title of one of them names the kind of screen, not the shop.
 */
const GENERIC_TITLE =
  /^(?:transactions?|payments?|purchases?|transfers?|orders?|refunds?|top-?up|activity|charge|zahlung|umsatz|überweisung|bestellung|buchung|paiement|opération|virement|commande|achat|remboursement|ご?利用|取引|お?支払い?|決済|送金|注文|결제|거래|송금|이체|주문|승인|交易|付款|轉帳|訂單|消費)$/iu;

/**
 * The title of the navigation bar when it is a name (`<  Starbucks Coffee`: a bank's detail
 * screen titled by the shop), as a last resort: nothing else on the screen reads as the name.
 */
function navigationTitle(page: Page): StringField | null {
  const bar = page.rows.find((row) => isNavigationBar(row, page));
  if (!bar) return null;
  const tokens = bar.tokens.slice(1);
  const text = bar.text.slice(bar.offsets[1] ?? bar.text.length).trim();
  if (tokens.length === 0 || GENERIC_TITLE.test(text) || !looksLikeName(text) || isStatus(text)) return null;
  if (meanWordConfidence(tokens) < NAME_MIN_CONFIDENCE || isPaymentMethodText(text)) return null;
  return stringField(cleanMerchant(text), tokens, RULE_CONFIDENCE.position);
}

/**
 * The value of a cell that is a payee label by its form (`payee-label.ts`), beside it or under
 * it, when it reads like a name; or null.
 */
function formLabelledPayee(page: Page): StringField | null {
  for (const row of page.rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (!cell || !isPayeeLabel(cell.text)) continue;
      const right = row.cells.slice(i + 1);
      const below = right.length === 0 ? rowBelow(page.rows, row, cell) : null;
      const cells = right.length > 0 ? right : (below?.cells ?? []);
      const text = cells.map((c) => c.text).join(" ");
      if (!/^\p{L}/u.test(text) || !looksLikeName(text) || isPaymentMethodText(text)) continue;
      const rule = right.length > 0 ? RULE_CONFIDENCE.labelled : RULE_CONFIDENCE.labelBelow;
      return stringField(
        cleanMerchant(text),
        cells.flatMap((c) => c.tokens),
        rule,
      );
    }
  }
  return null;
}

/**
 * An avatar's initials over the name they stand for (`PN` over `Priya Nair`): a row of one to
 * three capitals, each the first letter of a word of the row below.
 */
function isAvatarInitials(row: Row, next: Row | undefined): boolean {
  const text = row.text.replace(/\s+/g, "");
  if (!next || !/^\p{Lu}{1,3}$/u.test(text)) return false;
  const initials = next.text
    .split(/\s+/)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
  return initials.startsWith(text);
}

/**
 * A label-and-value row (`Category | Groceries`): two or more cells from the left margin to
 * the right one. A name is set alone on its row.
 */
function isDetailRow(row: Row, page: Page): boolean {
  const first = row.cells[0];
  const last = row.cells[row.cells.length - 1];
  return (
    row.cells.length >= 2 &&
    first !== undefined &&
    last !== undefined &&
    first.box.x0 < page.width * DETAIL_EDGE &&
    last.box.x1 > page.width * (1 - DETAIL_EDGE) &&
    // A chevron at the end (`Burger Hub  ›` links to the shop) is no value.
    (last.text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2
  );
}

/** How near the screen's edges (a share of its width) a detail row's label and value stand. */
const DETAIL_EDGE = 0.2;

/**
 * True for a row that is a name alone: one cell, no digits. Above a top-up's success message
 * such a row names the card or wallet topped up (`PayPal`, `悠遊卡`), which is a payment method
 * anywhere else (`Visa 4242` has digits; `Paid with PayPal` is two cells or a label).
 */
function isLoneName(row: Row): boolean {
  return row.cells.length === 1 && !/\d/.test(row.text);
}

/**
 * A line that numbers something: words, then `#` or an id label's number word, then a code
 * with a digit (`Order #A8812`, `Invoice no. 2291`, `주문번호 88120`).
 */
export function idLine(text: string): boolean {
  const m = /^(\p{L}[^\d#:：]{0,30}?)\s*(#)?\s*([\p{L}\d][\p{L}\d-]*\d[\p{L}\d-]*)$/u.exec(text.trim());
  if (!m) return false;
  return m[2] === "#" || isIdLabel(m[1] ?? "");
}

/** `… $40.00 to Priya Nair`, `… 25,00 € an Lena Vogel`: the capitalised name after the amount's preposition. */
const PAYEE_AFTER = /(?:^|\s)(?:to|at|an|à|bei|chez)\s+(\p{Lu}[\p{L}\p{N}'&.\- ]{1,40})$/u;

/** The payee a one-cell sentence names after its amount, as a field, or null. */
function payeeAfterAmount(row: Row): StringField | null {
  if (row.cells.length !== 1) return null;
  const amount = findAmounts(row.text).find((a) => a.marked);
  if (!amount) return null;
  const m = PAYEE_AFTER.exec(row.text.slice(amount.end));
  const name = m?.[1]?.trim();
  if (!m || !name || !looksLikeName(name)) return null;
  const start = row.text.length - (m[1]?.length ?? 0);
  return stringField(cleanMerchant(name), tokensIn(row, start, row.text.length), RULE_CONFIDENCE.position);
}

/** A row of two cells, a label without digits and a value with them. */
function labelBesideNumber(row: Row): boolean {
  const [label, value] = row.cells;
  return (
    row.cells.length === 2 &&
    label !== undefined &&
    value !== undefined &&
    !/\d/.test(label.text) &&
    /\d/.test(value.text)
  );
}

/** The first row of `rows` that reads like a merchant's name, as a field, or null. */
function nameAmong(
  page: Page,
  rows: Row[],
  stopRow: number | null,
  options: { wallets?: boolean } = {},
): StringField | null {
  const names = namesAmong(page, rows, stopRow, options);
  const first = names.next().value;
  if (!first || first.row.box.y1 > page.width * TITLE_BAND) return first?.field ?? null;
  // A word in the title bar whose back button OCR did not read (`Transaction`, `ご利用内容`)
  // is set smaller than the name the screen is about, a row or two under it.
  for (let k = 0; k < TITLE_LOOKAHEAD; k++) {
    const next = names.next().value;
    if (!next) break;
    if (next.row.height >= first.row.height * PROMINENT) return next.field;
  }
  return first.field;
}

/** The title bar ends this far down, as a share of the screen's width (about 110 points on a phone). */
const TITLE_BAND = 0.3;

/** How many names under a title-bar word are weighed against it. */
const TITLE_LOOKAHEAD = 2;

/** A name found on a row. */
interface NameOnRow {
  field: StringField;
  row: Row;
}

/** Every row of `rows` that reads like a merchant's name, in order, until the items begin. */
function* namesAmong(
  page: Page,
  rows: Row[],
  stopRow: number | null,
  options: { wallets?: boolean },
): Generator<NameOnRow> {
  for (const row of rows) {
    if (isNavigationBar(row, page)) continue;
    // A title that names the kind of screen (`Transaction`, `Zahlung`, `결제`) names no shop.
    if (GENERIC_TITLE.test(row.text.replace(/[^\p{L}\s-]/gu, "").trim())) continue;
    // A second status line (`Remboursement effectué` under the title `Remboursement`) is no name.
    if (isStatus(row.text)) continue;
    // A logo or icon read as text (`と = やパ` at 40–80 %) is no name: names read surely.
    if (meanWordConfidence(row.tokens) < NAME_MIN_CONFIDENCE) continue;
    // A labelled line (`Order placed: 19 Apr 2025`, `주문 번호: 285-…`, `状態: 完了`) is no name.
    if (/^[^:：]{1,24}[:：]\s*\S/.test(row.text)) continue;
    // An order's or a receipt's number (`Order #A8812`, `Bestellung Nr. 4471`) is no name.
    if (idLine(row.text)) continue;
    // So is a detail row set as label and value (`チャージ金額 | 10,000円`, `Ref. | 8812 4410`):
    // a name is not the label of a number. Beside the total it may be (see below).
    if (labelBesideNumber(row) && row.index !== stopRow) continue;
    if (isDetailRow(row, page) && row.index !== stopRow) continue;
    if (isAvatarInitials(row, page.rows[row.index + 1])) continue;
    if (row.box.y0 > page.height * 0.6) return;
    // A line over a quantity line (`Qty: 2`, `数量: 1`) is an item ordered: the items have
    // begun, and the shop is named above them or not at all.
    if (quantityOnlyLine(page.rows[row.index + 1]?.text ?? "")) return;
    // A name is usually the whole row; next to the total (`Starbucks  $5.40`) it is the first
    // cell, alone beside it: a first cell of three is a label OCR split (`チャー | ジ金額 | ¥10,000`).
    // Next to any other amount it is an item, not a merchant.
    const first = row.cells[0];
    const source = looksLikeName(row.text)
      ? row
      : row.index === stopRow && row.cells.length === 2 && first && looksLikeName(first.text)
        ? first
        : null;
    if (!source) {
      // A sentence with the amount in it names the payee at its end (`You sent $40.00 to Priya Nair`).
      const payee = payeeAfterAmount(row);
      if (payee) yield { field: payee, row };
      continue;
    }
    if (isPaymentMethodText(source.text) && !(options.wallets && isLoneName(row))) continue;
    // A bank and an account behind a mask (`楽天銀行 xxx8915`) is where money went, not a name;
    // a labelled payee keeps its name (`To | Priya Nair ••5678`, above).
    if (TRAILING_MASKED_ACCOUNT.test(source.text)) continue;
    const tokens = withoutLogo(source.tokens, row.height);
    const dropped = source.tokens.length - tokens.length;
    const value = cleanMerchant(source.text.slice(source.offsets[dropped] ?? 0));
    if (!looksLikeName(value)) continue;
    yield { field: stringField(value, tokens, RULE_CONFIDENCE.position), row };
  }
}
