import { describe, expect, it } from "vitest";
import { detectKind, kindEvidence } from "./detect-kind";
import { analysePage } from "./page";
import { ocrFromRows, type RowSpec } from "./test-ocr";

function kindOf(rows: Array<string | RowSpec>, splitJapanese = false) {
  return detectKind(analysePage(ocrFromRows(rows, { splitJapanese })));
}

describe("detectKind", () => {
  it("reads a payment confirmation as a receipt", () => {
    expect(kindOf(["Payment successful", "$12.45", "Blue Bottle Coffee", "Date | Oct 3, 2026"])).toBe("receipt");
  });

  it("reads a paper receipt with many item rows as a receipt", () => {
    expect(
      kindOf([
        "GREENLEAF MARKET",
        "10/12/2026 14:05",
        "Oat Milk | 4.29",
        "Bread | 6.50",
        "Eggs | 5.99",
        "Coffee | 7.49",
        "SUBTOTAL | 24.27",
        "TAX | 2.09",
        "TOTAL | $26.36",
      ]),
    ).toBe("receipt");
  });

  it("reads rows of dated amounts as a transaction list", () => {
    expect(
      kindOf([
        "Transactions",
        "10/01 | Coffee | -$4.50",
        "10/02 | Groceries | -$52.10",
        "10/03 | Paycheck | +$1,500.00",
        "10/04 | Gas | -$38.00",
      ]),
    ).toBe("transaction_list");
  });

  it("reads a Japanese statement as a transaction list", () => {
    expect(
      kindOf(
        [
          "入出金明細",
          "2026年10月",
          "10/01 | 給与 | +250,000円",
          "10/02 | ATM | -20,000円",
          "10/03 | カード ローソン | -864円",
        ],
        true,
      ),
    ).toBe("transaction_list");
  });

  it("counts its evidence", () => {
    const evidence = kindEvidence(
      analysePage(ocrFromRows(["10/01 | A | -$1.00", "10/02 | B | -$2.00", "10/03 | C | +$3.00"])),
    );
    expect(evidence.dateRows).toBe(3);
    expect(evidence.amountRows).toBe(3);
    expect(evidence.signedRows).toBe(3);
  });
});

describe("payment and refund details", () => {
  it("reads label-and-value rows as a single payment even with two dates and amounts", () => {
    const rows = [
      "退款成功",
      "+$2,326",
      "退款時間 | 2024年2月14日 09:19",
      "退款至 | PayPal",
      "原始交易 | 2024年2月1日",
      "金額 | $2,326",
    ];
    expect(kindOf(rows)).toBe("receipt");
    expect(kindEvidence(analysePage(ocrFromRows(rows))).detailRows).toBeGreaterThanOrEqual(3);
  });

  it("still reads a short dated list as a list", () => {
    expect(
      kindOf(["Recent activity", "Oct 3 | Starbucks | -$5.40", "Oct 2 | Uber | -$12.10", "Oct 1 | Refund | +$3.00"]),
    ).toBe("transaction_list");
  });
});
