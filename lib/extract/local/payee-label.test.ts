import { describe, expect, it } from "vitest";
import { extractDocument } from "./local-extractor";
import { isPayeeLabel } from "./payee-label";
import { ocrFromRows, type RowSpec } from "./test-ocr";

describe("isPayeeLabel", () => {
  it.each([
    "Biller",
    "Merchant name",
    "Transferred to",
    "Zahlungsempfänger",
    "Destinataire",
    "Marchand",
    "送金先",
    "お支払い先",
    "받는사람",
    "수취인",
    "상호명",
    "商店名稱",
    "收款方",
    "商戶",
  ])("takes %s for a payee label", (label) => {
    expect(isPayeeLabel(label)).toBe(true);
  });
  it.each([
    "Sold by",
    "Seller",
    "판매자",
    "Paid with",
    "Payment date",
    "送金日時",
    "받는 계좌",
    "收款帳號",
    "Burger Hub",
  ])("does not take %s for one", (label) => {
    expect(isPayeeLabel(label)).toBe(false);
  });
});

describe("the payee under a label known by its form", () => {
  const merchantOf = (rows: Array<string | RowSpec>) => {
    const doc = extractDocument(
      ocrFromRows([
        { cells: [{ text: "Done", align: "center" }], height: 40 },
        { cells: [{ text: "NT$1,280", align: "center" }], height: 100 },
        { cells: ["Date", "2026/03/03 12:00"], gapBefore: 100 },
        ...rows,
        "Note | Lunch",
      ]),
      { now: new Date(2026, 10, 1) },
    );
    if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
    return doc.merchant.value;
  };
  it("reads the value beside it", () => {
    expect(merchantOf(["Zahlungsempfänger | Lena Vogel"])).toBe("Lena Vogel");
  });
  it("reads the value under it, not the label (a lexicon label's head is no label)", () => {
    expect(
      merchantOf([
        { cells: ["商店名稱"], height: 28 },
        { cells: ["全聯福利中心"], gapBefore: -30 },
      ]),
    ).toBe("全聯福利中心");
  });
  it("never takes the label itself for the name", () => {
    expect(
      merchantOf([
        { cells: ["수취인"], height: 28 },
        { cells: ["김민준"], gapBefore: -30 },
      ]),
    ).toBe("김민준");
  });
});
