import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";
import { currencyOf, findAmounts, parseAmount, parseNumber } from "./parse-amount";

/** Parses OCR text the way the extractor does: normalised first. */
function amount(text: string) {
  const a = parseAmount(normaliseText(text));
  return a ? { value: a.value, currency: a.currency, sign: a.sign } : null;
}

describe("parseAmount", () => {
  it("marks a bare dollar sign as a dollar of no particular country", () => {
    const [bare] = findAmounts("$12.45");
    expect(bare).toMatchObject({ currency: null, dollar: true, marked: true });
    const [us] = findAmounts("US$12.45");
    expect(us).toMatchObject({ currency: "USD", dollar: false });
    const [plain] = findAmounts("4.29");
    expect(plain).toMatchObject({ currency: null, dollar: false });
  });

  it.each([
    ["¥1,280", 1280, "JPY", null],
    ["1,280円", 1280, "JPY", null],
    ["1,280 円", 1280, "JPY", null],
    ["$12.45", 12.45, null, null],
    ["-$23.10", 23.1, null, "-"],
    ["$-5.40", 5.4, null, "-"],
    ["+250,000円", 250000, "JPY", "+"],
    ["12.45 USD", 12.45, "USD", null],
    ["JPY 1,280", 1280, "JPY", null],
    ["￥１，２８０", 1280, "JPY", null],
    ["€12,45", 12.45, "EUR", null],
    ["£8.99", 8.99, "GBP", null],
    ["US$1,234.56", 1234.56, "USD", null],
    ["−¥500", 500, "JPY", "-"],
    ["¥ 1, 280", 1280, "JPY", null],
    ["\\1,062", 1062, "JPY", null],
    ["Y980", 980, "JPY", null],
    ["1.280円", 1280, "JPY", null],
    ["1.280n", 1280, "JPY", null],
    ["¥1,2O0", 1200, "JPY", null],
    ["-648", 648, null, "-"],
    ["4.29", 4.29, null, null],
    ["¥150軽", 150, "JPY", null],
    ["※¥258", 258, "JPY", null],
    ["¥0", 0, "JPY", null],
    ["RM 17.20", 17.2, "MYR", null],
    ["RM17.20", 17.2, "MYR", null],
    ["MYR 9.00", 9, "MYR", null],
    ["S$8.50", 8.5, "SGD", null],
    ["SGD 1,024.00", 1024, "SGD", null],
    ["₩12,000", 12000, "KRW", null],
    ["12,000원", 12000, "KRW", null],
    ["￦ 3,500", 3500, "KRW", null],
    ["-W37,648", 37648, "KRW", "-"],
    ["+W4,193", 4193, "KRW", "+"],
    ["JPY. 204", 204, "JPY", null],
    ["NT$1,200", 1200, "TWD", null],
    ["NT$ 85", 85, "TWD", null],
    ["1,200元", 1200, "TWD", null],
    ["12,50 €", 12.5, "EUR", null],
    ["1.234,56 €", 1234.56, "EUR", null],
    ["1 234,56 €", 1234.56, "EUR", null],
    ["-4,99 EUR", 4.99, "EUR", "-"],
    ["£1,024.50", 1024.5, "GBP", null],
  ])("%s → %d %s %s", (text, value, currency, sign) => {
    expect(amount(text)).toEqual({ value, currency, sign });
  });

  it("takes the last amount of a labelled text", () => {
    expect(amount("Total: $1,234.56")?.value).toBe(1234.56);
    expect(amount("合計 ¥1,280(税込)")?.value).toBe(1280);
    expect(amount("2 x $3.00 $6.00")?.value).toBe(6);
  });

  it.each([
    "2026/10/03",
    "2026-10-03",
    "2026.10.03",
    "14:05",
    "Visa ****4242",
    "•••• 4242",
    "10%",
    "2点",
    "3個",
    "03-1234-5678",
    "No.1234",
    "#1234",
    "ID1234",
    "12pt",
    "500ml",
    "10/01",
    "2026年",
  ])("%s is not an amount", (text) => {
    expect(findAmounts(normaliseText(text))).toEqual([]);
  });
});

describe("findAmounts", () => {
  it("finds every amount with its span", () => {
    const text = "VISA ****1234 $29.89";
    const found = findAmounts(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.text).toBe("$29.89");
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe("$29.89");
  });
  it("marks bare numbers as unmarked", () => {
    const [bare] = findAmounts("Oct 3");
    expect(bare?.marked).toBe(false);
    const [grouped] = findAmounts("1,280");
    expect(grouped?.marked).toBe(true);
  });
  it("finds a transaction amount and a running balance on one row", () => {
    expect(findAmounts("-8,412 421,795").map((a) => a.value)).toEqual([8412, 421795]);
  });
  it("drops ids with a leading zero", () => {
    expect(findAmounts("0012")).toEqual([]);
  });
});

describe("parseNumber", () => {
  it("tells thousands separators from decimal points", () => {
    expect(parseNumber("1,280")).toBe(1280);
    expect(parseNumber("1.280")).toBe(1280);
    expect(parseNumber("12.45")).toBe(12.45);
    expect(parseNumber("12,45")).toBe(12.45);
    expect(parseNumber("1,234,567.89")).toBe(1234567.89);
    expect(parseNumber("abc")).toBeNull();
  });
});

describe("currencyOf", () => {
  it("maps symbols and words to ISO codes", () => {
    expect(currencyOf("¥")).toBe("JPY");
    expect(currencyOf("円")).toBe("JPY");
    expect(currencyOf("$")).toBeNull();
    expect(currencyOf("RM")).toBe("MYR");
    expect(currencyOf("원")).toBe("KRW");
    expect(currencyOf("€")).toBe("EUR");
    expect(currencyOf("£")).toBe("GBP");
    expect(currencyOf("usd")).toBe("USD");
    expect(currencyOf("pt")).toBeNull();
  });
});
