/**
 * Printed receipts (the SROIE kind): company by legal form, address under it, summary amounts
 * by their labels, rounded totals, day-first dates. Small OCR pages, one rule each.
 */
import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { cleanCompany } from "./receipt-address";
import { classifyAmountLabel } from "./receipt-amount-labels";
import { ocrFromRows, type RowSpec } from "./test-ocr";

const NOW = new Date("2019-06-01T00:00:00Z");

function receipt(rows: Array<string | RowSpec>): Receipt {
  const doc = extractDocument(ocrFromRows(rows, { width: 900, height: 1800 }), { now: NOW, kind: "receipt" });
  if (doc.kind !== "receipt") throw new Error("expected a receipt");
  return doc;
}

const header = [
  "TAN WOON YANN",
  "AIK HUAT HARDWARE",
  "ENTERPRISE (SETIA",
  "ALAM) SDN BHD",
  "(822737-X)",
  "NO. 17-G, JALAN SETIA INDAH 7/4,",
  "40170 SHAH ALAM,",
  "TEL: 012-6651783",
  "GST NO: 000394528768",
  "DATE: 09/02/2018 14:05",
];

describe("printed receipt header", () => {
  const doc = receipt([...header, "WIDGET | 10.00", "TOTAL | RM 10.00"]);
  it("takes the company from the row with a legal form and the rows it continues", () => {
    expect(doc.merchant.value).toBe("AIK HUAT HARDWARE ENTERPRISE (SETIA ALAM) SDN BHD");
    expect(doc.merchant.box).not.toBeNull();
  });
  it("takes the address rows under it, without the registration number, down to the phone", () => {
    expect(doc.address.value).toBe("NO. 17-G, JALAN SETIA INDAH 7/4, 40170 SHAH ALAM,");
    expect(doc.address.seen).toBe(true);
  });
  it("reads a Malaysian date day first", () => {
    expect(doc.date.value).toBe("2018-02-09");
  });
  it("reads RM as ringgit", () => {
    expect(doc.currency.value).toBe("MYR");
  });
  it("leaves the address missing when no row reads like one", () => {
    const screen = receipt(["Blue Bottle Coffee", "Food & Drink", "Total | $5.00", "Oct 3, 2018"]);
    expect(screen.address.value).toBeNull();
  });
});

describe("printed receipt header without a business word", () => {
  it("takes the row right above the address, not an owner's name over it", () => {
    const doc = receipt([
      "TAN WOON YANN",
      "INDAH GIFT & HOME DECO",
      "27,JALAN DEDAP 13,",
      "81100 JOHOR BAHRU,JOHOR.",
      "TEL:07-3507405",
      "TOTAL | RM 60.30",
    ]);
    expect(doc.merchant.value).toBe("INDAH GIFT & HOME DECO");
    expect(doc.address.value).toBe("27,JALAN DEDAP 13, 81100 JOHOR BAHRU,JOHOR.");
  });
  it("passes over address lines without numbers to the name", () => {
    const doc = receipt([
      "TAX INVOICE",
      "BHPETROL SUBANG AIRPORT",
      "JALAN LAPANGAN TERBANG SUBANG",
      "47200 SUBANG",
      "TOTAL | RM 41.95",
    ]);
    expect(doc.merchant.value).toBe("BHPETROL SUBANG AIRPORT");
    expect(doc.address.value).toBe("JALAN LAPANGAN TERBANG SUBANG 47200 SUBANG");
  });
  it("does not take the customer's company printed under the title", () => {
    const doc = receipt([
      "GARDENIA BAKERIES (KL) 5DM BHO",
      "LOT 3, JALAN PELABUR 23/1,",
      "TEL: 03- 55423228",
      "TAX INVOICE",
      "MAKASSAR FRESH MARKET SDN BHD",
      "TOTAL | RM 54.15",
    ]);
    expect(doc.merchant.value).not.toContain("MAKASSAR");
  });
});

describe("summary amounts", () => {
  it("classifies labels by their heaviest phrase", () => {
    expect(classifyAmountLabel("TOTAL GST :")?.role).toBe("tax");
    expect(classifyAmountLabel("TOTAL SALES (INCLUSIVE OF GST) :")?.role).toBe("total");
    expect(classifyAmountLabel("TOTAL SALES (EXCLUDING GST) :")?.role).toBe("subtotal");
    expect(classifyAmountLabel("TOTAL QTY")?.role).toBe("other");
    expect(classifyAmountLabel("ROUNDING ADJ")?.role).toBe("rounding");
    expect(classifyAmountLabel("TOTAL AFTER ADJ INCL GST")?.role).toBe("total");
    expect(classifyAmountLabel("CHANGE")?.role).toBe("change");
    expect(classifyAmountLabel("Thank you")).toBeNull();
    expect(classifyAmountLabel("상품 금액")?.role).toBe("subtotal");
    expect(classifyAmountLabel("商品合計")?.role).toBe("subtotal");
  });

  it("prefers the rounded total and reads subtotal, tax and rounding", () => {
    const doc = receipt([
      ...header,
      "SUB TOTAL (EXCL GST) | 56.90",
      "TOTAL GST | 3.41",
      "TOTAL AMT | 60.31",
      "ROUNDING ADJ | -0.01",
      "| 60.30",
      "CASH | 70.30",
      "CHANGE | 10.00",
    ]);
    expect(doc.total.value).toBe(60.3);
    expect(doc.subtotal.value).toBe(56.9);
    expect(doc.tax.value).toBe(3.41);
    expect(doc.rounding.value).toBe(-0.01);
  });

  it("does not take the tax summary's TOTAL under the payment", () => {
    const doc = receipt([
      ...header,
      "TOTAL SALES (INCLUSIVE OF GST) : | 44.73",
      "CASH : | 50.00",
      "CHANGE : | 5.27",
      "GST SUMMARY",
      "SR | 6 | 42.20 | 2.53",
      "TOTAL : | 42.20",
    ]);
    expect(doc.total.value).toBe(44.73);
  });

  it("takes a rounding line that carries the rounded total itself", () => {
    const doc = receipt([...header, "TOTAL SALES (INCLUSIVE GST) | RM 42.33", "ROUNDING | RM 42.35", "CHANGE | 0.00"]);
    expect(doc.total.value).toBe(42.35);
  });

  it("adds a read adjustment when the rounded total itself was not read", () => {
    const doc = receipt([...header, "TOTAL AMOUNT (INCL. GST) | 18.62", "ROUNDING | -0.02", "CASH | 20.00"]);
    expect(doc.total.value).toBe(18.6);
  });

  it("rounds to the 5-sen step when the rounding line's amount is unreadable", () => {
    const doc = receipt([...header, "GRAND TOTAL : | 64.38", "ROUNDING ADJUSTMENT: | rat", "NET TOTAL : | :"]);
    expect(doc.total.value).toBe(64.4);
    expect(doc.total.confidence).toBeLessThan(0.5);
  });

  it("leaves a total off the step alone when no rounding line follows it", () => {
    const doc = receipt([...header, "GRAND TOTAL : | 64.38", "CASH | 70.00", "CHANGE | 5.62"]);
    expect(doc.total.value).toBe(64.38);
  });
});

describe("company names", () => {
  it.each([
    ["99 SPEED MART S/B (519537-X)", "99 SPEED MART S/B"],
    ["GARDENIA BAKERIES (KL) SDN BHD (139386 X)", "GARDENIA BAKERIES (KL) SDN BHD"],
    ["MR. D.I.Y. (M) SDN BHD CO-REG : 860671-D", "MR. D.I.Y. (M) SDN BHD"],
    ["UNIHAKKA INTERNATIONAL SDN BHD.", "UNIHAKKA INTERNATIONAL SDN BHD"],
    ["TRENDYMAX (M) SDN. BHD.", "TRENDYMAX (M) SDN. BHD."],
    ["THAI DELICIOUS RESTAURANT ‘a", "THAI DELICIOUS RESTAURANT"],
    ["DIMILIKI: BANH MI CAFE SDN BHD", "BANH MI CAFE SDN BHD"],
    ["(lov . UROKO JAPANESE CUISINE SDN BHD", "UROKO JAPANESE CUISINE SDN BHD"],
    ["SERI BAKERIES (PJ) SDN BLED (123456 0)", "SERI BAKERIES (PJ) SDN BHD"],
    ["PUTRA FLORIST SON BHD (765432-W", "PUTRA FLORIST SDN BHD"],
    ["HIKMAH {SP} SON. BUD.", "HIKMAH (SP) SDN. BHD."],
    ["SELERA. KAMPUNG ENTERPRISE", "SELERA KAMPUNG ENTERPRISE"],
    ["TAN BROS. TRADING CO. SDN BHD", "TAN BROS. TRADING CO. SDN BHD"],
  ])("%s → %s", (text, expected) => {
    expect(cleanCompany(text)).toBe(expected);
  });
});

describe("receipt dates", () => {
  it("repairs a year misread one digit off from the page's other dates", () => {
    const doc = receipt([...header.slice(0, -1), "DATE: 12/03/2078", "PRINTED 12/03/2018 10:00", "TOTAL | RM 5.00"]);
    expect(doc.date.value).toBe("2018-03-12");
  });
  it("reads back a labelled date whose slashes OCR read as sevens, and its misread year", () => {
    const doc = receipt([...header.slice(0, -1), "Doc No: CS00011904 | Date: 177042078", "TOTAL | RM 5.00"]);
    expect(doc.date.value).toBe("2018-04-17");
  });
  it("reads back a labelled date whose month's 0 OCR read as a 6", () => {
    const doc = receipt([...header.slice(0, -1), "V E0S14 | Date: 23/16/2017", "TOTAL | RM 5.00"]);
    expect(doc.date.value).toBe("2017-10-23");
  });
  it("resolves Yesterday against the upload time", () => {
    const doc = receipt(["Coffee Shop", "Yesterday 8:42", "Total | $5.00"]);
    expect(doc.date.value).toBe("2019-05-31");
  });
});

describe("OCR's split decimals", () => {
  it("reads `39. 80` after a total label as 39.80", () => {
    const doc = receipt([...header, "GST/TAX 6% | RM 2.25", "TOTAL ; | RM | 39. 80", "CHANGE: | RM 0.00"]);
    expect(doc.total.value).toBe(39.8);
    expect(doc.total.text).toBe("39. 80");
  });
});

describe("totals OCR made hard to read", () => {
  it("reads a total label after a stray digit OCR put before it", () => {
    const doc = receipt([
      ...header,
      "Total 6% supplies (Inc. GST): | 14.10",
      "Total 0% supplies: | 44.76",
      "7 Total Payable: | 58.86",
    ]);
    expect(doc.total.value).toBe(58.86);
  });
  it("takes the amount cash minus change confirms when no total label is printed", () => {
    const doc = receipt([
      ...header,
      "SUBTOTAL : | 43.90",
      "Total (Excluding GST) | 41.42",
      "CASH | 100.00",
      "CHANGE | 56.10",
    ]);
    expect(doc.total.value).toBe(43.9);
  });
  it("takes a subtotal the payment line repeats when no total label is printed", () => {
    const doc = receipt([...header, "Subtotal : | 102.00", "Payment : | 102.00", "Change Due : | 0.00"]);
    expect(doc.total.value).toBe(102);
  });
  it("does not take a subtotal that shipping is added to", () => {
    const doc = receipt([...header, "Subtotal | 40.00", "Shipping | 5.00", "VISA | 45.00"]);
    expect(doc.total.value).not.toBe(40);
  });
});

describe("payment screens the tester saw fail", () => {
  function screen(rows: Array<string | RowSpec>): Receipt {
    const doc = extractDocument(ocrFromRows(rows, { width: 1170, height: 2532 }), { now: NOW, kind: "receipt" });
    if (doc.kind !== "receipt") throw new Error("expected a receipt");
    return doc;
  }
  it("takes the large amount, not a promo banner's coupon", () => {
    const doc = screen([
      { cells: ["9:41", "100%"], y: 40, height: 36 },
      { cells: [{ text: "支払い詳細", align: "center" }], y: 180 },
      { cells: [{ text: "今なら ¥500 OFF クーポン配布中", align: "center" }], height: 44, gapBefore: 80 },
      { cells: [{ text: "1,680円", align: "center" }], height: 110, gapBefore: 120 },
      { cells: [{ text: "ローソン 渋谷店", align: "center" }], height: 50 },
      "支払日時 | 2019/05/03 12:10",
    ]);
    expect(doc.total.value).toBe(1680);
    expect(doc.currency.value).toBe("JPY");
  });
  it("does not take the screen's title as the merchant", () => {
    const doc = screen([
      { cells: ["9:41", "100%"], y: 40, height: 36 },
      { cells: [{ text: "Order details", align: "center" }], y: 180, height: 48 },
      { cells: [{ text: "$23.40", align: "center" }], height: 110, gapBefore: 150 },
      { cells: [{ text: "Sweetgreen", align: "center" }], height: 50 },
      "Date | May 3, 2019",
    ]);
    expect(doc.merchant.value).toBe("Sweetgreen");
    expect(doc.total.value).toBe(23.4);
  });
});

describe("merchants on payment screens", () => {
  function screen(rows: Array<string | RowSpec>): Receipt {
    const doc = extractDocument(ocrFromRows(rows, { width: 1170, height: 2532 }), { now: NOW, kind: "receipt" });
    if (doc.kind !== "receipt") throw new Error("expected a receipt");
    return doc;
  }
  it("drops a logo read as a short word apart from the name", () => {
    const doc = screen([
      { cells: [{ text: "Paiement réussi", align: "center" }], y: 300 },
      {
        cells: [
          { text: "ii", x: 100 },
          { text: "Toast Box", x: 200, align: "left" },
        ],
        height: 50,
      },
      { cells: [{ text: "8,90 €", align: "center" }], height: 110 },
    ]);
    expect(doc.merchant.value).toBe("Toast Box");
  });
  it("takes the card named above the success message when none is named below it", () => {
    const doc = screen([
      { cells: ["5:09", "30%"], y: 40, height: 36 },
      { cells: [{ text: "Xx", x: 30 }], y: 150 },
      { cells: [{ text: "Metro Card", align: "center" }], height: 50, gapBefore: 60 },
      { cells: [{ text: "Top-up successful", align: "center" }], gapBefore: 80 },
      { cells: [{ text: "+SGD 20.00", align: "center" }], height: 110 },
      "Top-up amount | SGD 20.00",
      "Payment method | Visa •••• 4242",
    ]);
    expect(doc.merchant.value).toBe("Metro Card");
  });
  it("never takes a label naming an amount for the merchant", () => {
    for (const label of ["Top-up amount", "儲值金額", "チャージ 金額"]) {
      const doc = screen([
        { cells: [{ text: "Top-up successful", align: "center" }], y: 300 },
        { cells: [{ text: "+SGD 20.00", align: "center" }], height: 110 },
        `${label} | SGD 20.00`,
      ]);
      expect(doc.merchant.value).not.toBe(label);
    }
  });
  it("reads the value of a recipient label", () => {
    const doc = screen(["Transfer sent", "Recipient Isla Morgan", "Amount | £25.00"]);
    expect(doc.merchant.value).toBe("Isla Morgan");
  });
  it("reads a shop label whose umlaut OCR dropped, under a German completion message", () => {
    const doc = screen([
      { cells: [{ text: "Zahlung abgeschlossen", align: "center" }], y: 300 },
      { cells: [{ text: "23,80 €", align: "center" }], height: 110 },
      "Geschaft | Lieferando",
      "Datum | 04.12.2026",
    ]);
    expect(doc.merchant.value).toBe("Lieferando");
  });
  it("skips refund status lines above the shop", () => {
    const doc = screen([
      { cells: [{ text: "Remboursement", align: "center" }], y: 180 },
      { cells: [{ text: "Remboursement effectué", align: "center" }], gapBefore: 200 },
      { cells: [{ text: "Picard", align: "center" }], height: 50 },
      { cells: [{ text: "12,40 €", align: "center" }], height: 110 },
    ]);
    expect(doc.merchant.value).toBe("Picard");
  });
});
