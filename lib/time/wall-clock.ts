/**
 * The extractors read calendar dates ("Today", 昨日, a year-less "Dec 3") against a `now` whose
 * UTC fields are the uploader's wall clock: the date and time their phone showed. An instant
 * alone is not that: at 08:00 in Tokyo it is still yesterday in UTC, and "今日" would resolve to
 * the wrong day for nine hours of every Japanese morning. These helpers turn an instant and the
 * uploader's time zone into that wall clock.
 */

/** Whether `name` is a time zone this runtime knows (an IANA name such as `Asia/Tokyo`, or `UTC`). */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The server's own zone (the `TZ` environment variable, else the system's): the fallback. */
export function serverTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * `instant` as the wall clock in `timeZone`, written into a Date's UTC fields (milliseconds
 * kept). An unknown zone is read as UTC rather than failing a job: zones are checked when the
 * upload comes in, and one a later runtime no longer knows should not lose the work.
 */
export function wallClockAt(instant: Date, timeZone: string | null | undefined): Date {
  if (!timeZone || !isTimeZone(timeZone)) return new Date(instant.getTime());
  const parts: Record<string, number> = {};
  for (const part of formatIn(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, instant.getUTCMilliseconds()));
}
