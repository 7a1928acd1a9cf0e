/**
 * The first pass over a transaction list: what each visual row is. A row holding a transaction
 * amount is an anchor; around it stand date headers (`10月3日(木)`, `Oct 3`), sub-lines
 * (`Oct 3 · Apple Pay`), month headers (`2026年10月`), column headers, summaries and balances.
 */

import type { Direction } from "@/lib/extract/schema";
import { type GarbledDate, garbledDate } from "./date-repair";
import { type HeaderDate, readGarbledHeader } from "./garbled-date-header";
import { findWord, hasAnyWord } from "./keywords";
import { type Cell, makeRun, type Row, type Token, tokensIn, unionBoxes } from "./layout";
import { BALANCE_WORDS, LIST_SUMMARY_WORDS } from "./lexicon";
import { amountMark } from "./list-amount-marks";
import { type ColumnRole, columnOf, type TableHeader } from "./list-columns";
import { withoutRowNoise } from "./list-row-noise";
import { joinSplitDates } from "./list-split-date";
import { isKoreanPage, misreadAmounts } from "./misread-amounts";
import { collapseSpaces, hasJapanese } from "./normalise-text";
import { type Page, type RowAmount, type RowDate, rowAmounts, rowDates, rowTimes } from "./page";
import { type DateContext, findMonthHeader, isoDate } from "./parse-date";

/** What a row of a list is. */
export type ListRowKind = "anchor" | "date" | "month" | "header" | "summary" | "text" | "noise";

/** A row of a list with what the rules read in it. */
export interface ListRow {
  row: Row;
  kind: ListRowKind;
  dates: RowDate[];
  /** The transaction's amount (anchors only). */
  amount: RowAmount | null;
  /** The column of the amount in a statement table, when there is a header. */
  column: ColumnRole | null;
  /** An amount right of the transaction's on its row, which may be the running balance. */
  balance: RowAmount | null;
  /** The direction a mark beside the amount gives (`DR`, `CR`, `150.00-`, `▲`), if any. */
  mark: Direction | null;
  /** The row's words that are not an amount, date, time or balance: its description. */
  description: { text: string; tokens: Token[] };
  /** A date token OCR garbled (`10/144`), to repair from the neighbouring rows' dates. */
  garbled: GarbledDate | null;
}

/**
 * Separators and marks apps put around descriptions (`·`, `|`, weekday brackets), and the
 * katakana `ｶ` of a company form OCR read as `力` (`力) ﾐﾂｲｽﾐﾄﾓ`). OCR reads a
 * middle dot as `ᆞ` (Hangul araea), `‧` or `・` too; inside a name (`カフェ・ド・クリエ`) the
 * dot stays, only one standing apart goes.
 */
function cleanDescription(text: string): string {
  return collapseSpaces(
    text
      // A bank's `ｶ)` (kabushiki kaisha) before a katakana name, OCR read as the kanji 力, or
      // as one or two Latin letters (`DA)`, `hh)`: the half-width ｶ is narrow and thin).
      .replace(/力(?=[)）]\s?[\u30a1-\u30fa])/g, "カ")
      .replace(/^[A-Za-z]{1,2}(?=[)）]\s?[\u30a1-\u30fa]{2})/, "カ")
      .replace(/(?<=[\u30a1-\u30fa]\s?[(（])力/g, "カ")
      .replace(/[(]\s?(?:[月火水木金土日](?:曜日?)?|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s?[)]/gi, " ")
      .replace(/^[\s·•|:/\-–—ᆞ‧・]+|[\s·•|:/\-–—ᆞ‧・]+$/g, "")
      .replace(/\s[·•|ᆞ‧・](?=\s)/g, " "),
  );
}

/** True when an amount sits in a balance cell: labelled `残高`/`Balance` just before it. */
function isLabelledBalance(row: Row, amount: RowAmount): boolean {
  const cell = row.cells[amount.cellIndex];
  const before = cell ? cell.text.slice(0, amount.cellStart) : "";
  const previousCell = row.cells[amount.cellIndex - 1]?.text ?? "";
  return (
    hasAnyWord(before, BALANCE_WORDS) ||
    (before.trim() === "" && hasAnyWord(previousCell, BALANCE_WORDS) && previousCell.length <= 8)
  );
}

/**
 * The words labelling a balance on a row (`残高` of `ｶ) ﾐﾂｲｽﾐﾄﾓ 残高 234,567円`, `Balance:`): they
 * name the balance, not the transaction, and leave its description with the balance's amount.
 */
function balanceLabelTokens(row: Row, amount: RowAmount): Token[] {
  const cell = row.cells[amount.cellIndex];
  if (!cell) return [];
  const before = cell.text.slice(0, amount.cellStart);
  const own = labelAtEnd(cell, before);
  if (own.length > 0 || before.trim() !== "") return own;
  const previous = row.cells[amount.cellIndex - 1];
  return previous ? labelAtEnd(previous, previous.text) : [];
}

/** The tokens of a balance word ending a cell's text (a colon may follow it). */
function labelAtEnd(cell: Cell, text: string): Token[] {
  const core = text.replace(/[\s:：]*$/, "");
  let start = -1;
  for (const word of BALANCE_WORDS) {
    const at = findWord(core, word);
    if (at && core.slice(at.end).trim() === "" && (start < 0 || at.start < start)) start = at.start;
  }
  return start >= 0 ? tokensIn(cell, start, text.length) : [];
}

/** True when an amount stands under a money-out, money-in or amount header (not the balance). */
function inMoneyColumn(header: TableHeader, amount: RowAmount, row: Row): boolean {
  const box = unionBoxes(amount.tokens.map((t) => t.box)) ?? row.box;
  const column = columnOf(header, box);
  return column === "out" || column === "in" || column === "amount";
}

/**
 * Chooses the transaction amount of a row: drops amounts that are dates or times, balances
 * (by column or label) and stray bare numbers; of two left, the right one is a running balance
 * when the page mentions a balance at all.
 */
function transactionAmount(
  page: Page,
  row: Row,
  amounts: RowAmount[],
  header: TableHeader | null,
  balanceOnPage: boolean,
): { amount: RowAmount; column: ColumnRole | null; balance: RowAmount | null } | null {
  const candidates = amounts.filter((a) => {
    if (a.marked) return true;
    // A bare number is an amount only alone in a right-hand cell (yen lists often omit 円), or
    // alone in a money column of a statement table (a passbook's `864` or `2` of interest).
    const cell = row.cells[a.cellIndex];
    if (header && a.cellIndex > 0 && cell?.text.trim() === a.text && a.value > 0 && inMoneyColumn(header, a, row))
      return true;
    return (
      a.cellIndex > 0 &&
      a.cellIndex === row.cells.length - 1 &&
      cell?.text.trim() === a.text &&
      a.value >= 10 &&
      a.tokens[0] !== undefined &&
      a.tokens[0].box.x0 > page.width * 0.5
    );
  });
  const withColumns = candidates.map((a) => {
    const box = unionBoxes(a.tokens.map((t) => t.box)) ?? row.box;
    return { amount: a, column: header ? columnOf(header, box) : null };
  });
  const money = withColumns.filter((c) => c.column !== "balance" && !isLabelledBalance(row, c.amount));
  if (money.length >= 2 && balanceOnPage && !header) money.pop();
  const chosen = money[0];
  if (!chosen) return null;
  // The rightmost amount after the chosen one may be the running balance; the chain of
  // balances down the list decides (list-running-balance.ts).
  const right = (a: RowAmount) => a.tokens[0]?.box.x0 ?? 0;
  const after = candidates.filter((a) => a !== chosen.amount && right(a) > right(chosen.amount));
  return { ...chosen, balance: after[after.length - 1] ?? null };
}

/**
 * True for an avatar's initial or an icon read as text at the start of a row (`P`, `Yh`, `c)`):
 * two or three characters standing apart, a gap wider than a letter, before the name.
 */
function isAvatarMark(tokens: Token[]): boolean {
  const [first, next] = tokens;
  if (!first || !next) return false;
  const text = first.text.trim();
  // An avatar holds one letter; in Korean, Japanese or Chinese three characters are a word (이마트).
  const cjk = /[\u3040-\u9fff\uac00-\ud7af]/.test(text);
  // A digit is part of an amount or a name, unless it repeats the first character of the name
  // beside it: the avatar of `99 Speedmart` or `7-Eleven` shows its first digit.
  const initialOfName = [...text].length === 1 && next.text.startsWith(text);
  if ([...text].length > (cjk ? 1 : 3) || (/\d/.test(text) && !initialOfName)) return false;
  const gap = next.box.x0 - first.box.x1;
  const letterHeight = Math.max(1, next.box.y1 - next.box.y0);
  return (
    gap > letterHeight * 0.9 &&
    (/\p{L}{2}/u.test(next.text) || (initialOfName && tokens.some((t) => /\p{L}{2}/u.test(t.text))))
  );
}

/**
 * A row's description: its words once amounts, dates and times are taken out, without the
 * cells in the right part of the screen, which hold right-aligned meta (`1回払い`, `返品`),
 * without an avatar's initial before the name, and without masked numbers, status chips and
 * stray currency words (list-row-noise.ts).
 */
function describeRow(page: Page, row: Row, used: Set<Token>): { text: string; tokens: Token[] } {
  const cells = row.cells.filter((cell, i) => i === 0 || cell.box.x0 < page.width * 0.6);
  const all = cells.flatMap((cell) => cell.tokens.filter((t) => !used.has(t)));
  const tokens = withoutRowNoise(isAvatarMark(all) ? all.slice(1) : all);
  return { text: cleanDescription(makeRun(tokens).text), tokens };
}

/**
 * True when an amount row with no words of its own is the value of a summary label just above
 * it (`ご利用金額合計` over a big `¥21,138`).
 */
function labelledSummary(page: Page, row: Row, description: string): boolean {
  if (/\p{L}/u.test(description)) return false;
  const above = page.rows[row.index - 1];
  if (!above || row.box.y0 - above.box.y1 > row.height * 1.5) return false;
  return hasAnyWord(above.text, LIST_SUMMARY_WORDS);
}

/** A date header OCR ran into digits, read back (garbled-date-header.ts), over its row's words. */
function headerDate(row: Row, date: HeaderDate): RowDate {
  return {
    iso: isoDate(date.year, date.month, date.day),
    ...date,
    yearInferred: false,
    start: 0,
    end: row.text.length,
    text: row.text,
    tokens: row.tokens,
  };
}

/** What the rules read in a row, as `rowKind` needs it. */
interface RowFacts {
  header: TableHeader | null;
  /** The row holds a transaction amount. */
  chosen: boolean;
  monthHeader: boolean;
  dates: RowDate[];
  description: { text: string };
}

/** Decides what a row is from what was read in it. */
function rowKind(page: Page, row: Row, facts: RowFacts): ListRowKind {
  const { header, chosen, monthHeader, dates, description } = facts;
  const letters = (description.text.match(/\p{L}/gu) ?? []).length;
  if (header?.row === row) return "header";
  // Above a statement table stand the account summary and the period, never transactions.
  if (header && row.index < header.row.index) return "noise";
  if (chosen) {
    const summary = hasAnyWord(description.text, LIST_SUMMARY_WORDS) || labelledSummary(page, row, description.text);
    return summary ? "summary" : "anchor";
  }
  if (monthHeader && dates.length === 0 && letters <= 8) return "month";
  // A date with at most a weekday or a word like お支払日 beside it heads its group.
  if (dates.length > 0 && letters <= 4) return "date";
  return letters > 0 ? "text" : "noise";
}

/**
 * Classifies the rows of a list page, top to bottom. Month headers update the date context as
 * the walk goes down, so that `10/01` under `2026年10月` reads as 2026-10-01.
 */
export function classifyListRows(page: Page, header: TableHeader | null): ListRow[] {
  const balanceOnPage = header?.columns.some((c) => c.role === "balance") || hasAnyWord(page.text, BALANCE_WORDS);
  let ctx: DateContext = page.dateContext;
  const korean = isKoreanPage(page.text);
  const japanese = hasJapanese(page.text);
  const out: ListRow[] = [];
  const contexts: DateContext[] = [];
  // The newest date a header further down may have: the last header's, at first the upload time.
  let latest: HeaderDate | null = ctx.now
    ? { year: ctx.now.getUTCFullYear(), month: ctx.now.getUTCMonth() + 1, day: ctx.now.getUTCDate() }
    : null;
  for (const row of page.rows) {
    const monthHeader = findMonthHeader(row.text);
    if (monthHeader) ctx = { ...ctx, year: monthHeader.year, month: monthHeader.month, underMonthHeader: true };
    const dates = rowDates(row, ctx);
    if (dates.length === 0) {
      const garbled = readGarbledHeader(row.text, latest, ctx.year);
      if (garbled) dates.push(headerDate(row, garbled));
    }
    const headerDay = dates.length === 1 && dates[0] ? dates[0] : null;
    if (headerDay) latest = { year: headerDay.year, month: headerDay.month, day: headerDay.day };
    const times = rowTimes(row);
    const used = new Set<Token>([...dates.flatMap((d) => d.tokens), ...times.flatMap((t) => t.tokens)]);
    const first = row.tokens[0];
    const garbled = dates.length === 0 && first ? garbledDate(first, ctx) : null;
    if (garbled) used.add(garbled.token);
    // An "amount" made of date or time words (`3` of `Oct 3`) is not money.
    // An amount OCR misread (`14,1252` for `14,125원`, `MYR 71-55`) is read as such, over what
    // else its words read as.
    const misread = misreadAmounts(row, korean, japanese);
    const misreadTokens = new Set(misread.flatMap((m) => m.tokens));
    const read = rowAmounts(row).filter((a) => !a.tokens.some((t) => misreadTokens.has(t)));
    const amounts = [...read, ...misread].filter((a) => !a.tokens.some((t) => used.has(t)));
    const chosen = header?.row === row ? null : transactionAmount(page, row, amounts, header, balanceOnPage);
    // Money leaves the description; a bare number stays, as part of a name (`99 SPEED MART
    // 1523`, `WAITROSE 712`, `7-ELEVEN`), unless it is the row's amount.
    for (const a of amounts) if (a.marked || a === chosen?.amount) for (const t of a.tokens) used.add(t);
    for (const a of amounts) if (a !== chosen?.amount) for (const t of balanceLabelTokens(row, a)) used.add(t);
    const mark = chosen ? amountMark(row, chosen.amount) : null;
    for (const t of mark?.tokens ?? []) used.add(t);
    const description = describeRow(page, row, used);
    const kind = rowKind(page, row, {
      header,
      chosen: chosen !== null,
      monthHeader: monthHeader !== null,
      dates,
      description,
    });
    contexts.push(ctx);
    out.push({
      row,
      kind,
      dates,
      amount: chosen?.amount ?? null,
      column: chosen?.column ?? null,
      mark: mark?.direction ?? null,
      balance: chosen?.balance ?? null,
      description,
      garbled,
    });
  }
  joinSplitDates(out, contexts, (tokens) => ({ text: cleanDescription(makeRun(tokens).text), tokens }));
  return out;
}
