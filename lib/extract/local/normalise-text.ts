/**
 * Text normalisation for OCR output: width folding, Japanese spacing and the misreads tesseract
 * makes again and again on phone screenshots. Every rule here is conservative on purpose: a
 * wrong "fix" corrupts a value that was read correctly, so each rule needs context (a digit
 * next to it, katakana around it) before it fires.
 */

/** Kana, kanji and the CJK punctuation/full-width blocks. */
const CJK_CHAR = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uff66-\uff9f]/;
const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;
const KATAKANA = /[\u30a1-\u30fa\u30fc]/;
const HIRAGANA = /[\u3041-\u3096]/;

/** True when the character belongs to a Japanese script or the full-width punctuation block. */
export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

/** True when the text holds kana or kanji (after width folding a `¥` alone does not count). */
export function hasJapanese(text: string): boolean {
  return KANA_OR_KANJI.test(text);
}

/**
 * Share of the letters in a text that are Japanese. Used to choose the language defaults
 * (currency, date order) when a screenshot mixes scripts, e.g. an English brand name in a
 * Japanese app.
 */
export function japaneseRatio(text: string): number {
  let jp = 0;
  let latin = 0;
  for (const ch of text) {
    if (KANA_OR_KANJI.test(ch)) jp++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return jp + latin === 0 ? 0 : jp / (jp + latin);
}

/** Dashes and minus signs that should all read as an ASCII hyphen-minus. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d]/g;

/**
 * Folds full-width ASCII to half-width (`１２３` → `123`, `ＡＢＣ` → `ABC`, `￥` → `¥`), half-width
 * katakana to full-width, ideographic spaces to spaces, and the zoo of dash characters to `-`.
 * NFKC does the folding; it is safe here because the app never needs the compatibility forms.
 */
export function toHalfWidth(text: string): string {
  return text.normalize("NFKC").replace(DASHES, "-");
}

/**
 * Removes the spaces tesseract puts between Japanese characters (`合 計` → `合計`), and between a
 * number and a Japanese unit (`2026 年` → `2026年`, `1,280 円` → `1,280円`) so that keyword and
 * date patterns see the text as printed. Spaces between Latin words are kept.
 */
export function collapseJapaneseSpaces(text: string): string {
  return text
    .replace(/([\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff])/g, "$1")
    .replace(/(\d)\s+(?=[年月日時分円])/g, "$1")
    .replace(/([年月日時])\s+(?=\d)/g, "$1");
}

/** Kanji and hiragana that tesseract emits for katakana look-alikes (カ read as 力, ロ as 口). */
const KATAKANA_LOOKALIKES: Record<string, string> = {
  力: "カ",
  口: "ロ",
  工: "エ",
  二: "ニ",
  八: "ハ",
  卜: "ト",
  夕: "タ",
  一: "ー",
  才: "オ",
  へ: "ヘ",
  べ: "ベ",
  ぺ: "ペ",
  り: "リ",
};

/**
 * Replaces a katakana look-alike by the katakana when a neighbour is katakana and no neighbour is
 * hiragana (`クレジット力ード` → `クレジットカード`). Runs twice so that a pair of look-alikes
 * (`力一ド`) resolves from the real katakana inwards.
 */
export function fixKatakanaLookalikes(text: string): string {
  let chars = [...text];
  for (let pass = 0; pass < 2; pass++) {
    chars = chars.map((ch, i) => {
      const replacement = KATAKANA_LOOKALIKES[ch];
      if (!replacement) return ch;
      const prev = chars[i - 1] ?? "";
      const next = chars[i + 1] ?? "";
      const katakanaNear = KATAKANA.test(prev) || KATAKANA.test(next);
      const hiraganaNear = HIRAGANA.test(prev) || HIRAGANA.test(next);
      // 一 between kanji is the numeral (一番), and ー never follows a non-kana; require katakana.
      return katakanaNear && !hiraganaNear ? replacement : ch;
    });
  }
  return chars.join("");
}

/**
 * Fixes letters read for digits inside numbers (`1,2O0` → `1,200`, `l4:3O` → `14:30`). Only runs of
 * digit-like characters that hold at least one real digit and are not glued to other letters are
 * touched, so words such as `Oil` or `ID` survive.
 */
export function fixDigitMisreads(text: string): string {
  return text.replace(/(?<![A-Za-z])[\dOoIl,.:/]*\d[\dOoIl,.:/]*(?![A-Za-z])/g, (run) =>
    // `I`/`l` become 1 only between digit-like characters: at an edge they are more often a
    // table rule or a stray stroke than a digit.
    run.replace(/[Oo]/g, "0").replace(/(?<=[\d,.:/])[Il](?=[\d,.:/])/g, "1"),
  );
}

/**
 * Recovers the yen sign from its usual misreads: a backslash (the JIS code point of `¥`), or a
 * `Y` standing directly before a number. Length-preserving so that character offsets stay valid.
 */
export function fixYenMisreads(text: string): string {
  return text.replace(/\\(?=\s?\d)/g, "¥").replace(/(?<![A-Za-z])Y(?=\d)/g, "¥");
}

/**
 * Turns a long-vowel mark or kanji one read where a minus sign stood (`ー1,280`, `一¥500`) into `-`,
 * only at the start of a number so that katakana words are unaffected.
 */
export function fixMinusMisreads(text: string): string {
  return (
    text
      .replace(/(?<![\u30a1-\u30fa\u30fc\u4e00-\u9fff])[ー一—](?=[¥$€£]?\s?\d)/g, "-")
      // A thin minus before an amount read as a quote or a tilde (`“6,64 €`): only directly
      // before a number with cents or a currency sign, at the start of a word.
      .replace(/(?<=^|\s)[“”"~«](?=(?:[¥$€£]\s?)?\d[\d.,]*[.,]\d{2}(?![\d.,])|[¥$€£]\s?\d)/g, "-")
  );
}

/**
 * Recovers units misread after numbers: a small `円` after big digits read as `n`/`m`/`H`
 * (`1.280n` → `1.280円`, only after a grouped number so `5m` stays), and `oz` read as `0z`.
 */
export function fixUnitMisreads(text: string): string {
  return (
    text
      .replace(/(\d{1,3}(?:[,.]\d{3})+)(?:n|m|H|F|FA|PA|[Pp]q)(?![A-Za-z])/g, "$1円")
      // A bold 円 after a signed amount, read as a letter and a digit (`-420P9`, `+644F9`).
      .replace(/([+-]\d{1,3}(?:,\d{3})*)(?:P9|P3|F9|F3)(?![A-Za-z0-9])/g, "$1円")
      .replace(/(\d)0z(?![A-Za-z])/g, "$1oz")
  );
}

/**
 * The ringgit sign `RM` with its M read as N or H on thermal print (`RN152.00`, `RH 41,98`, and
 * `RN152.` when OCR split the cents into a word of their own): only directly before an amount,
 * where no word would stand.
 */
export function fixRinggitMisreads(text: string): string {
  return text.replace(/\bR[NH](?=\s?\d{1,6}(?:[.,]\s?\d{2}(?!\d)|[.,-]?$))/g, "RM");
}

/** Letters thermal print turns digits into, and the digit each stands for. */
const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = {
  O: "0",
  o: "0",
  D: "0",
  B: "8",
  G: "6",
  S: "5",
  I: "1",
  l: "1",
};

/**
 * An amount right after `RM` whose digits OCR read as look-alike letters (`RMB.GO` for
 * `RM8.60`, `RM1S.O0`): after the ringgit sign only an amount stands, so the letters of a
 * money-shaped word are digits. Length-preserving. `RMB60.00` (the yuan's code before an
 * amount) is left alone.
 */
export function fixRinggitDigitMisreads(text: string): string {
  return text.replace(
    /\bRM(\s?)([\dODBGSIlo]{1,4})([.,])([\dODBGSIlo]{2})(?![\p{L}\d])/gu,
    (whole, space, units, sep, cents) => {
      if (/^B\d/.test(units) || !/[A-Za-z]/.test(units + cents)) return whole;
      const digits = (part: string) => part.replace(/[ODBGSIlo]/g, (ch) => DIGIT_LOOKALIKES[ch] ?? ch);
      return `RM${space}${digits(units)}${sep}${digits(cents)}`;
    },
  );
}

/**
 * A dollar sign read as `S` in a prefixed code (`NTS1,060`, `USS 12.00`): before digits, the
 * letters spell no word; and the other way round, `S$` read as `$$`. Length-preserving.
 */
export function fixDollarMisreads(text: string): string {
  // `$$` is no currency mark: it is `S$` with its S read as the sign it stands beside.
  return text.replace(/\b(NT|US)S(?=\s?\d)/g, "$1$").replace(/(?<![A-Za-z$])\$\$(?=\s?\d)/g, "S$");
}

/** Collapses runs of whitespace to a single space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The full normalisation applied to every OCR word and line before matching: width folding,
 * misread fixes and Japanese spacing. Idempotent.
 */
export function normaliseText(text: string): string {
  let out = toHalfWidth(text);
  out = collapseJapaneseSpaces(out);
  out = fixKatakanaLookalikes(out);
  out = fixMinusMisreads(out);
  out = fixYenMisreads(out);
  out = fixUnitMisreads(out);
  out = fixRinggitMisreads(out);
  out = fixRinggitDigitMisreads(out);
  out = fixDollarMisreads(out);
  out = fixDigitMisreads(out);
  return collapseSpaces(out);
}

/**
 * A key for comparing two names (a merchant, a description): normalised, lower-case, without
 * spaces or the middle dots and quotes that OCR drops or adds at random.
 */
export function comparisonKey(text: string): string {
  return normaliseText(text)
    .toLowerCase()
    .replace(/[\s・·'’"“”`]/g, "");
}
