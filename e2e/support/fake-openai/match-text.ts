/**
 * Text comparison for the fixture responder: values are looked for in OCR text after the same
 * normalisation, and numbers (amounts, dates) only as whole tokens.
 */

/**
 * NFKC, lower case, `[key=value]` annotations (the layout text's `[y=0120]` line prefixes) dropped,
 * whitespace removed — except that whitespace between two digits becomes one space, so
 * `-648   181,807` stays two numbers instead of fusing into `-648181,807`.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\[[a-z]+=[^\]\n]*\]/g, " ")
    .replace(/\s+/g, (space, offset: number, whole: string) =>
      /\d/.test(whole[offset - 1] ?? "") && /\d/.test(whole[offset + space.length] ?? "") ? " " : "",
    );
}

/** How an amount may be written: `1,280` and `1,280.00` for whole amounts, `23.10` otherwise. */
export function amountVariants(amount: number): string[] {
  const format = (digits: number) =>
    amount.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: 2 });
  return Number.isInteger(amount) ? [format(0), format(2)] : [format(2)];
}

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * How an ISO date may be written on a screen: `2026-10-03`, `2026/10/03`, `2026/10/3`,
 * `2026年10月3日`, `10/03/2026`, `10/3/2026`, `Oct 3, 2026`, and the short `10/03`.
 */
export function dateVariants(iso: string): string[] {
  const [y, mm, dd] = iso.split("-");
  if (!y || !mm || !dd) return [iso];
  const m = String(Number(mm));
  const d = String(Number(dd));
  const month = months[Number(mm) - 1] ?? mm;
  return [
    `${y}-${mm}-${dd}`,
    `${y}/${mm}/${dd}`,
    `${y}/${m}/${d}`,
    `${y}年${m}月${d}日`,
    `${mm}/${dd}/${y}`,
    `${m}/${d}/${y}`,
    `${month} ${d}, ${y}`,
    `${mm}/${dd}`,
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * How often `amount` occurs in `normalisedText` (see {@link normaliseForMatch}) as a whole number,
 * in any of its {@link amountVariants}: not glued to a digit on either side, nor continuing as
 * `,5` / `.5`. A variant of fewer than 3 digits (`2`, `15`) only counts right after a sign or
 * currency symbol (`+2`, `$15`, `¥80`, `\80`) or right before `円`, since bare it is everywhere.
 */
export function countAmount(normalisedText: string, amount: number): number {
  let count = 0;
  for (const variant of amountVariants(amount)) {
    const v = escapeRegExp(variant);
    const body =
      variant.replace(/\D/g, "").length < 3
        ? `(?:(?<=[-+$¥\\\\€£])${v}|(?<!\\d|\\d[.,])${v}(?=円))`
        : `(?<!\\d|\\d[.,])${v}`;
    count += normalisedText.match(new RegExp(`${body}(?!\\d|[.,]\\d)`, "g"))?.length ?? 0;
  }
  return count;
}

/** Whether the ISO `date` occurs in `normalisedText` in one of its {@link dateVariants}, not glued to other digits. */
export function hasDate(normalisedText: string, date: string): boolean {
  return dateVariants(date).some((variant) =>
    new RegExp(`(?<!\\d)${escapeRegExp(normaliseForMatch(variant))}(?!\\d)`).test(normalisedText),
  );
}

/** Whether `value` (a name, a reference) occurs in `normalisedText` once both are normalised. */
export function hasText(normalisedText: string, value: string): boolean {
  const needle = normaliseForMatch(value);
  return needle.length > 0 && normalisedText.includes(needle);
}
