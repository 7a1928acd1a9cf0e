/**
 * Times of day in normalised text: `12:34`, `12:34:56`, `8:42 AM`, `午後2時5分`, `14時05分`,
 * `午前 9:05`, `下午 5:35`, `오후 2:05`, `23h08`. The result is always `HH:MM` on the 24-hour clock.
 */

/** One time found in a text. */
export interface ParsedTime {
  /** `HH:MM`, 24-hour. */
  value: string;
  start: number;
  end: number;
  text: string;
}

type Meridiem = "am" | "pm" | null;

function meridiemOf(text: string | undefined): Meridiem {
  if (!text) return null;
  const t = text.toLowerCase().replace(/[.\s]/g, "");
  if (t === "am" || t === "午前" || t === "上午" || t === "오전") return "am";
  if (t === "pm" || t === "午後" || t === "下午" || t === "오후") return "pm";
  return null;
}

/** Converts an hour on a 12-hour clock with its meridiem to 24-hour; null when impossible. */
export function to24Hour(hour: number, meridiem: Meridiem): number | null {
  if (meridiem === null) return hour >= 0 && hour <= 23 ? hour : null;
  if (hour < 0 || hour > 12) return null;
  if (meridiem === "am") return hour === 12 ? 0 : hour;
  return hour === 12 ? 12 : hour + 12;
}

/** `HH:MM` for the parts, or null when they are not a time of day. */
export function formatTime(hour: number, minute: number, meridiem: Meridiem = null): string | null {
  const h = to24Hour(hour, meridiem);
  if (h === null || !Number.isInteger(minute) || minute < 0 || minute > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

const MERIDIEM_AFTER = String.raw`(?: ?(?<after>[AaPp]\.? ?[Mm]\.?)(?![A-Za-z]))?`;
const PATTERNS: RegExp[] = [
  // 午後2時5分, 14時05分, 午前 9:05, AM 8:42
  /(?<before>午前|午後|上午|下午|오전|오후|(?<![A-Za-z])[AaPp][Mm](?![A-Za-z]))? ?(?<![\d:])(?<hour>\d{1,2}) ?(?:時|:) ?(?<minute>\d{1,2}) ?分/g,
  new RegExp(
    String.raw`(?<before>午前|午後|上午|下午|오전|오후|(?<![A-Za-z])[AaPp][Mm](?![A-Za-z]))? ?(?<![\d:./])(?<hour>\d{1,2}) ?: ?(?<minute>\d{2})(?::\d{2})?(?![\d:])${MERIDIEM_AFTER}`,
    "g",
  ),
  // 23h08, 9 h 05: the French way, hours and minutes around an `h`.
  /(?<![\d:.,/\p{L}])(?<hour>\d{1,2}) ?h ?(?<minute>\d{2})(?![\d\p{L}])/gu,
];

/** Every time of day in a normalised text, left to right. */
export function findTimes(text: string): ParsedTime[] {
  const found: ParsedTime[] = [];
  const taken: Array<[number, number]> = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const meridiem = meridiemOf(g.before ?? g.after);
      const value = formatTime(Number(g.hour), Number(g.minute), meridiem);
      if (value === null) continue;
      const matched = m[0];
      const lead = matched.length - matched.trimStart().length;
      const start = m.index + lead;
      const end = m.index + matched.trimEnd().length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      found.push({ value, start, end, text: matched.trim() });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The first time of day in a text, or null. */
export function parseTime(text: string): ParsedTime | null {
  return findTimes(text)[0] ?? null;
}
