import { describe, expect, it } from "vitest";
import { analysePage, rowAmounts } from "./page";
import { currencyField, pageCurrency } from "./page-currency";
import { ocrFromRows } from "./test-ocr";

function currencyOfRows(rows: string[]) {
  const page = analysePage(ocrFromRows(rows));
  return pageCurrency(page, page.rows.flatMap(rowAmounts));
}

describe("pageCurrency", () => {
  it("takes the mark on the amounts", () => {
    expect(currencyOfRows(["Grab Food", "Total | RM 17.20"])?.code).toBe("MYR");
    expect(currencyOfRows(["스타벅스", "결제금액 | 12,000원"])?.code).toBe("KRW");
    expect(currencyOfRows(["Betrag | 12,50 €"])?.code).toBe("EUR");
  });

  it("resolves a bare dollar by the country the page names", () => {
    expect(currencyOfRows(["PayNow transfer", "Amount | $12.50", "Singapore"])?.code).toBe("SGD");
    expect(currencyOfRows(["Amount | $12.50", "Currency SGD"])?.code).toBe("SGD");
    expect(currencyOfRows(["付款成功", "金額 | $1,200"])?.code).toBe("TWD");
  });

  it("reads a lone dollar as US dollars, with less certainty than a marked one", () => {
    const lone = currencyOfRows(["Coffee", "Total | $4.50"]);
    const marked = currencyOfRows(["Coffee", "Total | US$4.50"]);
    expect(lone?.code).toBe("USD");
    expect(marked?.code).toBe("USD");
    expect(lone?.confidence ?? 1).toBeLessThan(marked?.confidence ?? 0);
  });

  it("has no currency when nothing on the page tells", () => {
    expect(currencyOfRows(["Coffee", "Total | 4.50"])).toBeNull();
    const page = analysePage(ocrFromRows(["Coffee", "Total | 4.50"]));
    expect(currencyField(page, page.rows.flatMap(rowAmounts))).toMatchObject({ value: null, seen: false });
  });

  it("infers yen on a Japanese page without any mark, and says it was inferred", () => {
    const page = analysePage(ocrFromRows(["ご利用明細", "セブンイレブン | 580"]));
    expect(currencyField(page, page.rows.flatMap(rowAmounts))).toMatchObject({ value: "JPY", seen: false, box: null });
  });
});
