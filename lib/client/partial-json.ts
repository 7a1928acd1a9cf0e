/**
 * A tolerant reader for JSON that is still being written: a language model's answer cut off
 * anywhere. It reads as far as it can and closes whatever is open, so the page can show the
 * values found so far:
 *
 * - an open string keeps the characters received (`"Blue Bo` → `"Blue Bo"`), without a
 *   half-received escape (`\` or `\u00`);
 * - open arrays and objects are closed where the text stops;
 * - a key whose value has not started (`"total"`, `"total":`) is dropped, and so is a
 *   number or literal that may still grow (`12` could become `1280`, `tr` → `true`);
 *   a number is kept once something follows it (`12,`, `12}`, `12 `);
 * - text before the first `{` or `[` (a code fence, "Here is the JSON:") is skipped, and
 *   anything malformed ends the reading: the values before it are kept.
 *
 * Returns `undefined` when no value has started yet.
 */
export function parsePartialJson(text: string): unknown {
  const start = firstContainer(text);
  if (start < 0) return undefined;
  const reader = new PartialReader(text, start);
  const value = reader.value();
  return value === INCOMPLETE ? undefined : value;
}

/** A value that has not been received far enough to be shown. */
const INCOMPLETE: unique symbol = Symbol("incomplete");
type Read = unknown | typeof INCOMPLETE;

function firstContainer(text: string): number {
  const object = text.indexOf("{");
  const array = text.indexOf("[");
  if (object < 0) return array;
  if (array < 0) return object;
  return Math.min(object, array);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = [
  ["true", true],
  ["false", false],
  ["null", null],
] as const;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

class PartialReader {
  /** Set at the end of the text or at malformed input: every open value closes. */
  private stopped = false;

  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  value(): Read {
    this.skipSpace();
    if (this.atEnd()) return INCOMPLETE;
    const char = this.text[this.at];
    if (char === "{") return this.object();
    if (char === "[") return this.array();
    if (char === '"') return this.string();
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.number();
    return this.literal();
  }

  private object(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.at++; // {
    let member = false;
    while (!this.stopped) {
      this.skipSpace();
      if (this.atEnd()) break;
      const char = this.text[this.at];
      if (char === "}") {
        this.at++;
        return result;
      }
      if (member) {
        // After a member only a comma (or the end of the object) may come.
        if (char !== ",") return this.stop(result);
        this.at++;
        member = false;
        continue;
      }
      if (char !== '"') return this.stop(result);
      const key = this.string();
      // A key still being written, or one whose colon or value has not arrived, is dropped.
      if (this.stopped) break;
      this.skipSpace();
      if (this.atEnd()) break;
      if (this.text[this.at] !== ":") return this.stop(result);
      this.at++;
      const value = this.value();
      if (value === INCOMPLETE) break;
      result[key] = value;
      member = true;
    }
    return result;
  }

  private array(): unknown[] {
    const result: unknown[] = [];
    this.at++; // [
    let element = false;
    while (!this.stopped) {
      this.skipSpace();
      if (this.atEnd()) break;
      const char = this.text[this.at];
      if (char === "]") {
        this.at++;
        return result;
      }
      if (element) {
        if (char !== ",") return this.stop(result);
        this.at++;
        element = false;
        continue;
      }
      const value = this.value();
      if (value === INCOMPLETE) break;
      result.push(value);
      element = true;
    }
    return result;
  }

  /** A string, or as much of it as has arrived (the reader then stops). */
  private string(): string {
    const { text } = this;
    this.at++; // opening quote
    let result = "";
    while (this.at < text.length) {
      const char = text[this.at] as string;
      if (char === '"') {
        this.at++;
        return result;
      }
      if (char !== "\\") {
        result += char;
        this.at++;
        continue;
      }
      const code = text[this.at + 1];
      if (code === undefined) break; // a lone backslash: its escape has not arrived
      if (code === "u") {
        const hex = text.slice(this.at + 2, this.at + 6);
        if (hex.length < 4) break;
        result += /^[0-9a-fA-F]{4}$/.test(hex) ? String.fromCharCode(Number.parseInt(hex, 16)) : hex;
        this.at += 6;
        continue;
      }
      result += ESCAPES[code] ?? code;
      this.at += 2;
    }
    this.stopped = true;
    return result;
  }

  private number(): Read {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) return this.atEndAfter(this.at + 1) ? this.end() : this.stop(INCOMPLETE);
    const after = this.at + match[0].length;
    // Nothing after the digits yet: more of them may be on the way.
    if (this.atEndAfter(after)) return this.end();
    const next = this.text[after] as string;
    if (/[.eE0-9+-]/.test(next)) {
      // `12.` or `1e` cut just there is still growing; `12.x` is malformed.
      return this.atEndAfter(after + 1) ? this.end() : this.stop(INCOMPLETE);
    }
    this.at = after;
    return Number(match[0]);
  }

  private literal(): Read {
    const rest = this.text.slice(this.at, this.at + 5);
    for (const [word, value] of LITERALS) {
      if (rest.startsWith(word)) {
        this.at += word.length;
        return value;
      }
      if (word.startsWith(rest)) return this.end();
    }
    return this.stop(INCOMPLETE);
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] as string)) this.at++;
  }

  private atEnd(): boolean {
    return this.at >= this.text.length;
  }

  private atEndAfter(position: number): boolean {
    return position >= this.text.length;
  }

  /** The text ends inside a value that cannot be shown yet. */
  private end(): typeof INCOMPLETE {
    this.at = this.text.length;
    this.stopped = true;
    return INCOMPLETE;
  }

  private stop<T>(value: T): T {
    this.stopped = true;
    return value;
  }
}
