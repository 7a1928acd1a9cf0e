/**
 * The date and time of a receipt: the date next to a date label or the first one on the page,
 * and the time beside it.
 */
import type { StringField } from "@/lib/extract/schema";
import { repairYear } from "./date-repair";
import { missingField, RULE_CONFIDENCE, stringField } from "./field";
import { repairPrintedDate } from "./garbled-printed-date";
import { findLabelledValues, type LabelledValue } from "./labels";
import { type Row, tokensIn } from "./layout";
import { DATE_LABELS } from "./lexicon";
import { type Page, type RowDate, rowDates, rowTimes } from "./page";
import { findRelativeDate, isFuture, isoDate } from "./parse-date";
import { isKnownLabel } from "./screen-text";

/** The payment date, the row it is on, and how sure the rule is. */
interface FoundDate {
  date: RowDate;
  row: Row;
  rule: number;
}

/**
 * The payment date: the date next to a date label, else the first date with a written year,
 * else the first year-less one (a guess).
 */
function findDate(page: Page): FoundDate | null {
  const ctx = page.dateContext;
  const labelled = findLabelledValues(page.rows, DATE_LABELS, isKnownLabel);
  for (const v of labelled) {
    const date = rowDates(v.valueRow, ctx).find((d) => d.tokens.some((t) => v.tokens.includes(t)));
    if (date) return { date, row: v.valueRow, rule: RULE_CONFIDENCE.labelled };
  }
  for (const v of labelled) {
    const date = repairedLabelledDate(v, ctx.monthFirst ?? false);
    if (date) return { date, row: v.valueRow, rule: RULE_CONFIDENCE.guess };
  }
  const all = page.rows.flatMap((row) => rowDates(row, ctx).map((date) => ({ row, date })));
  const pick = all.find((x) => !x.date.yearInferred) ?? all[0];
  if (pick) return { ...pick, rule: pick.date.yearInferred ? RULE_CONFIDENCE.guess : RULE_CONFIDENCE.pattern };
  return relativeDate(page);
}

/** A labelled value OCR garbled past the date patterns (`177042018`), read back, or null. */
function repairedLabelledDate(v: LabelledValue, monthFirst: boolean): RowDate | null {
  const repaired = repairPrintedDate(v.text, monthFirst);
  if (!repaired) return null;
  const { year, month, day, text } = repaired;
  const tokens = v.tokens.filter((t) => text.includes(t.text) || t.text.includes(text)).slice(0, 1);
  return {
    iso: isoDate(year, month, day),
    year,
    month,
    day,
    yearInferred: false,
    start: 0,
    end: text.length,
    text,
    tokens,
  };
}

/** `Today` / `Yesterday` / `昨日`…, resolved against the upload time; only when it is known. */
function relativeDate(page: Page): FoundDate | null {
  const now = page.dateContext.now;
  if (!now) return null;
  for (const row of page.rows) {
    const found = findRelativeDate(row.text, now);
    if (found)
      return { date: { ...found, tokens: tokensIn(row, found.start, found.end) }, row, rule: RULE_CONFIDENCE.pattern };
  }
  return null;
}

/**
 * A date in the future of the upload time is a misread: its year is repaired from the page's
 * other dates (`2078` on a receipt whose other dates say 2018) at a guess's confidence, or,
 * when nothing fits, kept as read at a guess's confidence so that it is shown as doubtful.
 */
function checkedDate(page: Page, found: FoundDate): { iso: string; rule: number } {
  const now = page.dateContext.now;
  const { date } = found;
  if (!now || !isFuture(date.year, date.month, date.day, now)) return { iso: date.iso, rule: found.rule };
  const years = page.rows.flatMap((row) => rowDates(row, page.dateContext).map((d) => d.year));
  const year = repairYear(date, years, now);
  return { iso: year === null ? date.iso : isoDate(year, date.month, date.day), rule: RULE_CONFIDENCE.guess };
}

/**
 * The payment time: the one on the date's row (`Oct 3, 2026, 8:42 AM`), else on the row under
 * it, else the first time on the page (the status bar clock is already gone).
 */
function findTime(page: Page, found: FoundDate | null): StringField {
  const near = found ? [found.row, page.rows[found.row.index + 1]] : [];
  for (const row of [...near, ...page.rows]) {
    const time = row ? rowTimes(row)[0] : undefined;
    if (!row || !time) continue;
    const rule = found && row === found.row ? found.rule : RULE_CONFIDENCE.position;
    return stringField(time.value, time.tokens, rule);
  }
  return missingField();
}

/** The payment date and time, each as a field. */
export function findDateTime(page: Page): { date: StringField; time: StringField } {
  const found = findDate(page);
  const checked = found ? checkedDate(page, found) : null;
  return {
    date: found && checked ? stringField(checked.iso, found.date.tokens, checked.rule) : missingField(),
    time: findTime(page, found),
  };
}
