import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/extract/schema";
import type { OcrResult } from "@/lib/ocr/types";
import { extractDocument } from "./local-extractor";
import { type OcrOptions, ocrFromRows, type RowSpec } from "./test-ocr";

function receipt(rows: Array<string | RowSpec>, options?: OcrOptions): Receipt {
  return receiptOf(ocrFromRows(rows, options));
}

function receiptOf(ocr: OcrResult): Receipt {
  const doc = extractDocument(ocr, { now: new Date(2026, 10, 1) });
  if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
  return doc;
}

const statusBar: RowSpec = { cells: ["9:41", "all 100%"], y: 56, height: 36 };

describe("English payment screen", () => {
  const doc = receipt([
    statusBar,
    { cells: ["<", "Payment details"], y: 190 },
    { cells: [{ text: "Payment successful", align: "center" }], gapBefore: 300 },
    { cells: [{ text: "$12.45", align: "center" }], height: 96 },
    { cells: [{ text: "Blue Bottle Coffee", align: "center" }], height: 56, gapBefore: 100 },
    { cells: [{ text: "Food & Drink - San Francisco, CA", align: "center" }], height: 30 },
    { cells: ["Date", "Oct 3, 2026, 8:42 AM"], gapBefore: 120 },
    "Payment method | Visa •••• 4242",
    "Transaction ID | TXN-8F3K2Q9P",
    "Status | Completed",
  ]);

  it("finds the prominent amount as the total, in dollars", () => {
    expect(doc.total.value).toBe(12.45);
    expect(doc.total.text).toBe("$12.45");
    expect(doc.currency.value).toBe("USD");
  });
  it("finds the merchant below the success message, not the title bar", () => {
    expect(doc.merchant.value).toBe("Blue Bottle Coffee");
  });
  it("finds the date and time on the labelled row, not the status bar clock", () => {
    expect(doc.date.value).toBe("2026-10-03");
    expect(doc.time.value).toBe("08:42");
  });
  it("finds the labelled payment method and reference", () => {
    expect(doc.paymentMethod.value).toBe("Visa •••• 4242");
    expect(doc.reference.value).toBe("TXN-8F3K2Q9P");
  });
  it("lists no items on a payment screen", () => {
    expect(doc.items).toEqual([]);
  });
  it("gives every found field its provenance", () => {
    expect(doc.total.seen).toBe(true);
    expect(doc.total.box).not.toBeNull();
    expect(doc.reference.box?.x0).toBeGreaterThan(500);
    expect(doc.reference.confidence).toBeGreaterThan(doc.total.confidence);
    for (const field of [doc.merchant, doc.date, doc.time, doc.total, doc.currency, doc.paymentMethod, doc.reference]) {
      expect(field.confidence).toBeGreaterThan(0);
      expect(field.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("Japanese payment screen", () => {
  const doc = receipt(
    [
      { cells: ["12:34"], y: 56 },
      { cells: ["x", { text: "ツバメPay", align: "center" }], y: 190, height: 60 },
      { cells: [{ text: "支払い完了", align: "center" }], gapBefore: 360, height: 60 },
      { cells: [{ text: "ファミリーマート 渋谷道玄坂店", align: "center" }], height: 46 },
      { cells: [{ text: "1,280円", align: "center" }], height: 120 },
      { cells: [{ text: "ポイント付与予定 12pt", align: "center" }] },
      { cells: ["日時", "2026年10月3日 12:34"], gapBefore: 160 },
      "支払い方法 | PayPay残高",
      "取引番号 | 04839201928374655",
    ],
    { splitJapanese: true },
  );

  it("reads the total and the yen", () => {
    expect(doc.total.value).toBe(1280);
    expect(doc.currency.value).toBe("JPY");
  });
  it("reads the merchant, not the app name", () => {
    expect(doc.merchant.value?.replace(/\s/g, "")).toBe("ファミリーマート渋谷道玄坂店");
  });
  it("reads the labelled fields", () => {
    expect(doc.date.value).toBe("2026-10-03");
    expect(doc.time.value).toBe("12:34");
    expect(doc.paymentMethod.value).toBe("PayPay残高");
    expect(doc.reference.value).toBe("04839201928374655");
  });
});

describe("English paper receipt with items", () => {
  const doc = receipt([
    { cells: [{ text: "GREENLEAF MARKET", align: "center" }], height: 50 },
    { cells: [{ text: "1420 Valencia St", align: "center" }] },
    { cells: [{ text: "San Francisco, CA 94110", align: "center" }] },
    { cells: [{ text: "(415) 555-0143", align: "center" }] },
    "STORE 0127 REG 03 CSH MAYA",
    "10/12/2026 14:05",
    "Oat Milk 1L | 4.29",
    "Sourdough Loaf | 6.50",
    "2 @ 2.99",
    "Large Eggs 12ct | 5.98",
    "SUBTOTAL | 16.77",
    "TAX 8.625% | 1.45",
    { cells: ["TOTAL", "$18.22"], height: 50 },
    "CASH | $20.00",
    "CHANGE | $1.78",
    "Ref: 0012-4471",
  ]);

  it("takes the TOTAL row, not subtotal, tax, cash or change", () => {
    expect(doc.total.value).toBe(18.22);
    expect(doc.currency.value).toBe("USD");
  });
  it("reads the store name at the top", () => {
    expect(doc.merchant.value).toBe("GREENLEAF MARKET");
  });
  it("reads a US-ordered date and the time beside it", () => {
    expect(doc.date.value).toBe("2026-10-12");
    expect(doc.time.value).toBe("14:05");
  });
  it("lists the items between the header and the subtotal, without the quantity line", () => {
    expect(doc.items.map((i) => [i.description.value, i.amount.value])).toEqual([
      ["Oat Milk 1L", 4.29],
      ["Sourdough Loaf", 6.5],
      ["Large Eggs 12ct", 5.98],
    ]);
  });
  it("reads cash as the payment method and the reference", () => {
    expect(doc.paymentMethod.value).toBe("CASH");
    expect(doc.reference.value).toBe("0012-4471");
  });
});

describe("Japanese paper receipt", () => {
  const doc = receipt(
    [
      { cells: [{ text: "まちかどマート 渋谷公園通り店", align: "center" }], height: 50 },
      { cells: [{ text: "東京都渋谷区神南1-2-3", align: "center" }] },
      { cells: [{ text: "電話:03-1234-5678", align: "center" }] },
      { cells: [{ text: "登録番号 T1234567890123", align: "center" }] },
      "2026年10月8日(木) 18:22",
      "レジ番号 0002 | 取引番号 004821",
      { cells: [{ text: "領収書", align: "center" }], height: 48 },
      "おにぎり 鮭 | ※¥150",
      "おにぎり ツナマヨ | ※¥140",
      "緑茶 500ml | ※¥256",
      "2個 x 単128",
      "サラダチキン | ※¥258",
      "小計 (5点) | ¥804",
      "(8%対象 | ¥804)",
      "消費税 (8%) | ¥59",
      { cells: ["合計", "¥863"], height: 60 },
      "お預り (交通系IC) | ¥863",
      "お釣り | ¥0",
      "支払方法 | 交通系IC",
      "交通系IC残高 | ¥2,416",
    ],
    { splitJapanese: true },
  );

  it("reads the 合計, not 小計, 対象, 消費税, お預り or 残高", () => {
    expect(doc.total.value).toBe(863);
    expect(doc.currency.value).toBe("JPY");
  });
  it("reads the store name, not the address or phone", () => {
    expect(doc.merchant.value?.replace(/\s/g, "")).toBe("まちかどマート渋谷公園通り店");
  });
  it("reads the date with its weekday and the time", () => {
    expect(doc.date.value).toBe("2026-10-08");
    expect(doc.time.value).toBe("18:22");
  });
  it("reads the items", () => {
    expect(doc.items.map((i) => [i.description.value?.replace(/\s/g, ""), i.amount.value])).toEqual([
      ["おにぎり鮭", 150],
      ["おにぎりツナマヨ", 140],
      ["緑茶500ml", 256],
      ["サラダチキン", 258],
    ]);
  });
  it("reads the payment method and the reference next to its label mid-row", () => {
    expect(doc.paymentMethod.value).toBe("交通系IC");
    expect(doc.reference.value).toBe("004821");
  });
});

describe("labels with values below them", () => {
  const doc = receipt([
    { cells: [{ text: "Receipt", align: "center" }], height: 50 },
    "Paid to",
    { cells: ["Sunrise Bakery"], height: 44 },
    "Amount paid",
    { cells: ["$8.75"], height: 44 },
    "Payment method",
    "Amex •••• 1009",
    "Reference",
    "TXN-2MZ8C4HD",
    "Date",
    "Sep 28, 2026 at 1:05 PM",
  ]);

  it("reads every value under its label", () => {
    expect(doc.merchant.value).toBe("Sunrise Bakery");
    expect(doc.total.value).toBe(8.75);
    expect(doc.paymentMethod.value).toBe("Amex •••• 1009");
    expect(doc.reference.value).toBe("TXN-2MZ8C4HD");
    expect(doc.date.value).toBe("2026-09-28");
    expect(doc.time.value).toBe("13:05");
  });
});

describe("totals", () => {
  it("prefers a labelled total over a bigger unlabelled amount", () => {
    const doc = receipt(["Shop", { cells: ["$120.00"], height: 90 }, "Discount | -$20.00", "Amount paid | $100.00"]);
    expect(doc.total.value).toBe(100);
  });
  it("prefers お支払い金額 to a plain 金額", () => {
    const doc = receipt(["金額 | ¥1,500", "クーポン | -¥200", "お支払い金額 | ¥1,300"], { splitJapanese: true });
    expect(doc.total.value).toBe(1300);
  });
  it("never takes a subtotal or a balance even when nothing else is labelled", () => {
    const doc = receipt(["Corner Shop", "Subtotal | $9.00", { cells: ["$9.90"], height: 40 }, "Balance | $250.00"]);
    expect(doc.total.value).toBe(9.9);
  });
  it("reads a tax-included total", () => {
    const doc = receipt(["合計(税込) | ¥2,200", "(内消費税 | ¥200)"], { splitJapanese: true });
    expect(doc.total.value).toBe(2200);
  });
  it("reads an amount with the yen sign misread as a backslash", () => {
    const doc = receipt(["ローソン", "合計 | \\1,062"], { splitJapanese: true });
    expect(doc.total.value).toBe(1062);
    expect(doc.currency.value).toBe("JPY");
  });
  it("defaults the currency from the language when no amount carries one", () => {
    const doc = receipt(["ローソン 新宿店", "合計 | 1,062"], { splitJapanese: true });
    expect(doc.total.value).toBe(1062);
    expect(doc.currency).toMatchObject({ value: "JPY", seen: false, text: null, box: null });
  });
  it("reads euros and pounds", () => {
    expect(receipt(["Café Central", "Total | €12,45"]).currency.value).toBe("EUR");
    expect(receipt(["Corner Shop", "Total | £8.99"]).total.value).toBe(8.99);
  });
});

describe("merchant", () => {
  it("reads a merchant label on the same row", () => {
    const doc = receipt(["Payment complete", "Merchant | Fresh Fields Market", "Total | $47.18"]);
    expect(doc.merchant.value).toBe("Fresh Fields Market");
    expect(doc.merchant.confidence).toBeGreaterThan(0.8);
  });
  it("reads a Japanese merchant label", () => {
    const doc = receipt(["決済完了", "加盟店 | スターバックス コーヒー 新宿南口店", "決済金額 | ¥650"], {
      splitJapanese: true,
    });
    expect(doc.merchant.value?.replace(/\s/g, "")).toBe("スターバックスコーヒー新宿南口店");
    expect(doc.total.value).toBe(650);
  });
  it("skips status messages, titles and the clock", () => {
    const doc = receipt([statusBar, "Thank you!", "Payment successful", "Joe's Pizza", "Total | $23.00"]);
    expect(doc.merchant.value).toBe("Joe's Pizza");
  });
  it("is missing when nothing reads like a name", () => {
    const doc = receipt(["$5.00", "2026-10-03"]);
    expect(doc.merchant).toEqual({ value: null, text: null, box: null, confidence: 0, seen: false });
  });
});

describe("payment method", () => {
  it.each([
    ["Paid with | Apple Pay", "Apple Pay"],
    ["お支払い方法 | クレジットカード", "クレジットカード"],
    ["決済方法 | 楽天ペイ", "楽天ペイ"],
    ["Card | Mastercard ending in 1881", "Mastercard ending in 1881"],
  ])("reads %s", (row, expected) => {
    expect(receipt(["Shop", row, "Total | $1.00"], { splitJapanese: true }).paymentMethod.value).toBe(expected);
  });
  it("finds a card brand without a label", () => {
    expect(receipt(["Shop", "Total | $29.89", "VISA ****1234 | $29.89"]).paymentMethod.value).toBe("VISA ****1234");
  });
  it("finds a wallet without a label", () => {
    expect(receipt(["ローソン", "合計 | ¥500", "Suica | ¥500"], { splitJapanese: true }).paymentMethod.value).toBe(
      "Suica",
    );
  });
  it("does not read the word Payment alone as a method", () => {
    expect(receipt(["Shop", "Payment | received", "Total | $1.00"]).paymentMethod.value).toBeNull();
  });
});

describe("reference", () => {
  it.each([
    ["Reference | ABC12345", "ABC12345"],
    ["Ref. | 0012-4471", "0012-4471"],
    ["Receipt No. | 123456", "123456"],
    ["Order # | 112-3456789-0123456", "112-3456789-0123456"],
    ["注文番号 | 250-1234567", "250-1234567"],
    ["伝票番号 | 00123", "00123"],
  ])("reads %s", (row, expected) => {
    expect(receipt(["Shop", "Total | $1.00", row], { splitJapanese: true }).reference.value).toBe(expected);
  });
  it("does not take a word as a reference", () => {
    expect(receipt(["Shop", "Total | $1.00", "Reference | Lunch"]).reference.value).toBeNull();
  });
});

describe("items", () => {
  it("reads items when the date is printed at the bottom and no merchant is found", () => {
    const doc = receipt(["Coffee | 3.50", "Muffin | 2.75", "TOTAL | $6.25", "10/12/2026 14:05"]);
    expect(doc.items.map((i) => [i.description.value, i.amount.value])).toEqual([
      ["Coffee", 3.5],
      ["Muffin", 2.75],
    ]);
    expect(doc.date.value).toBe("2026-10-12");
  });
  it("takes a description from the line above a price-only line", () => {
    const doc = receipt(["Corner Deli", "Turkey Sandwich", "1 @ 8.50 | 8.50", "TOTAL | $8.50"]);
    expect(doc.items.map((i) => [i.description.value, i.amount.value])).toEqual([["Turkey Sandwich", 8.5]]);
  });
  it("does not read a registration number as an item", () => {
    const doc = receipt(["ローソン", "登録番号 | 11234567890123", "おにぎり | ¥150", "合計 | ¥150"], {
      splitJapanese: true,
    });
    expect(doc.items.map((i) => i.amount.value)).toEqual([150]);
  });
});

describe("layout tolerance", () => {
  it("pairs a label with a value a few pixels lower on its own OCR line", () => {
    const doc = receipt([
      "Lucky's Diner",
      { cells: ["Total"], y: 500 },
      { cells: [{ text: "$23.50", align: "right" }], y: 510 },
      "Paid with | Google Pay",
    ]);
    expect(doc.total.value).toBe(23.5);
    expect(doc.total.confidence).toBeGreaterThan(0.7);
    expect(doc.paymentMethod.value).toBe("Google Pay");
  });
  it("reads an era date, a kanji time and a spaced-out 合 計", () => {
    const doc = receipt(
      [
        "株式会社 やまや商店",
        "令和8年10月3日 午後2時5分",
        "りんご | ¥300",
        "みかん | ¥200",
        "合　計 | ¥500",
        "お預り | ¥1,000",
        "お釣り | ¥500",
      ],
      { splitJapanese: true },
    );
    expect(doc.date.value).toBe("2026-10-03");
    expect(doc.time.value).toBe("14:05");
    expect(doc.total.value).toBe(500);
    expect(doc.items.map((i) => i.amount.value)).toEqual([300, 200]);
  });
});

describe("payment method misreads", () => {
  it("drops an unreadable card mask but keeps a clean one", () => {
    expect(receipt(["Shop", "Total | $1.00", "Payment method | Visa es 4242"]).paymentMethod.value).toBe("Visa 4242");
    expect(receipt(["Shop", "Total | $1.00", "Payment method | Visa **** 4242"]).paymentMethod.value).toBe(
      "Visa **** 4242",
    );
  });
  it("reads the iD wallet but not the ID of a transaction id", () => {
    expect(receipt(["Shop", "Total | ¥100", "iD | ¥100"]).paymentMethod.value).toBe("iD");
    expect(receipt(["Shop", "Total | $1.00", "Transaction ID | ABC12345"]).paymentMethod.value).toBeNull();
  });
});

describe("merchant names", () => {
  it("accepts a web shop's name but not its web address", () => {
    expect(receipt(["Order placed", "Amazon.com", "Order total | $25.99"]).merchant.value).toBe("Amazon.com");
    expect(receipt(["www.example.com", "Corner Shop", "Total | $2.00"]).merchant.value).toBe("Corner Shop");
  });
});

describe("an order with each item's name, quantity and price stacked", () => {
  it("takes the name above the quantity line, not the quantity", () => {
    const doc = extractDocument(
      ocrFromRows([
        "Merchant | Shopee",
        "Order placed: 19 Apr 2025",
        "Baju Kurung",
        "Qty: 2",
        "MYR 249.30",
        "Earphones",
        "Menge: 1",
        "MYR 88.60",
        "Sub-total | MYR 337.90",
        "Total amount | MYR 337.90",
      ]),
      { now: new Date("2025-05-01T00:00:00Z") },
    );
    if (doc.kind !== "receipt") throw new Error(`read as ${doc.kind}`);
    expect(doc.items.map((item) => [item.description.value, item.amount.value])).toEqual([
      ["Baju Kurung", 249.3],
      ["Earphones", 88.6],
    ]);
  });
});

describe("labelled lines above the merchant", () => {
  it("never takes a `label: value` line for the merchant", () => {
    const doc = extractDocument(
      ocrFromRows(["Order ID: NE89168723", "Bestellt am: 12. März 2024", "Zalando", "Total | €54.90"]),
      {
        now: new Date("2024-04-01T00:00:00Z"),
      },
    );
    if (doc.kind !== "receipt") throw new Error(`read as ${doc.kind}`);
    expect(doc.merchant.value).toBe("Zalando");
  });
});

describe("the account or wallet a payment came from", () => {
  it.each([
    ["From account | Maybank ••4161", "Maybank ••4161"],
    ["出金口座 | 楽天銀行 *3685", "楽天銀行 *3685"],
    ["Card | GrabPay Wallet", "GrabPay Wallet"],
  ])("%s → %s", (row, method) => {
    const doc = extractDocument(ocrFromRows(["Transfer successful", "Amount | RM 1,513.82", row]), {
      now: new Date("2024-12-01T00:00:00Z"),
    });
    if (doc.kind !== "receipt") throw new Error(`read as ${doc.kind}`);
    expect(doc.paymentMethod.value).toBe(method);
  });
});

describe("references as OCR reads them", () => {
  it("reads a Korean label OCR split inside the word, and an id whose Y looked like a yen sign", () => {
    const korean = extractDocument(
      ocrFromRows(["이체가 완료되었습니다", "결제금액 | KRW 1,767,800", "승인 번호 | TA34768012714"]),
    );
    const english = extractDocument(ocrFromRows(["Top-up successful", "Amount | $25.00", "Reference | C6G3K9M7Y6"]));
    if (korean.kind !== "receipt" || english.kind !== "receipt") throw new Error("read as a list");
    expect(korean.reference.value).toBe("TA34768012714");
    expect(english.reference.value).toBe("C6G3K9M7Y6");
  });
});

describe("a shop named in the title bar", () => {
  it("takes the name right of the screen's title, not the first item", () => {
    const doc = extractDocument(
      ocrFromRows([
        {
          cells: [
            { text: "Order details", x: 60 },
            { text: "Shopee", align: "right" },
          ],
        },
        "Order placed: 19 Apr 2025",
        "Baju Kurung",
        "Qty: 2",
        "MYR 249.30",
        "Earphones",
        "Qty: 1",
        "MYR 88.60",
        "Sub-total | MYR 337.90",
        "Total amount | MYR 337.90",
        "Funding source | PayPal",
        "Ship to",
        "Lim Chee Keong",
        "23, Jalan SS15/4",
        "47500 Subang Jaya, Selangor",
      ]),
      { now: new Date("2025-05-01T00:00:00Z") },
    );
    if (doc.kind !== "receipt") throw new Error(`read as ${doc.kind}`);
    expect(doc.merchant.value).toBe("Shopee");
    expect(doc.items.map((item) => item.description.value)).toEqual(["Baju Kurung", "Earphones"]);
  });
});

describe("an icon at the end of the title bar", () => {
  it("is not a shop's name: a short word OCR was unsure of", () => {
    const doc = extractDocument(
      ocrFromRows([
        {
          cells: [
            { text: "Payment details", x: 60 },
            { text: "Quxly", align: "right" },
          ],
          confidence: 50,
        },
        "Payment successful",
        "$12.45",
        "Blue Bottle Coffee",
        "Date | Oct 3, 2026",
      ]),
      { now: new Date("2026-10-05T00:00:00Z") },
    );
    if (doc.kind !== "receipt") throw new Error(`read as ${doc.kind}`);
    expect(doc.merchant.value).toBe("Blue Bottle Coffee");
  });
});

describe("the hero amount over a plain Amount label", () => {
  const refund = (rows: Array<string | RowSpec>) => receipt(rows);
  it("takes the refunded amount, not the original payment's amount listed below it", () => {
    const doc = refund([
      { cells: [{ text: "Refund issued", align: "center" }], height: 36, gapBefore: 120 },
      { cells: [{ text: "$18.20", align: "center" }], height: 96 },
      { cells: [{ text: "Walgreens", align: "center" }], height: 40 },
      "Refunded on | Oct 12, 2026",
      "Refunded to | Visa 4242",
      "Original payment | Oct 2, 2026",
      "Amount | $54.60",
    ]);
    expect(doc.total.value).toBe(18.2);
  });
  it("keeps a strong total label over a big promotional amount", () => {
    const doc = refund([
      { cells: [{ text: "Payment complete", align: "center" }], height: 36, gapBefore: 120 },
      { cells: [{ text: "$18.20", align: "center" }], height: 96 },
      "Total | $21.40",
    ]);
    expect(doc.total.value).toBe(21.4);
  });
});

describe("an order's seller address", () => {
  it("is read under the seller label, and the items above it stay items", () => {
    const doc = receipt(
      [
        { cells: ["Order details"], height: 40 },
        "Order placed: Mar 3, 2026",
        { cells: ["Desk Lamp"], gapBefore: 80 },
        "Qty: 1",
        "$42.00",
        { cells: ["Sold by: Northwind Home"], gapBefore: 60 },
        "1800 Pike Street",
        "Portland, OR 97205",
        { cells: ["Subtotal", "$42.00"], gapBefore: 80 },
        "Total | $45.99",
        "Ship to",
        "Sam Rivera",
        "77 Elm Road",
      ],
      { height: 1400 },
    );
    expect(doc.address.value).toBe("1800 Pike Street Portland, OR 97205");
    expect(doc.items.map((i) => i.description.value)).toEqual(["Desk Lamp"]);
  });
});
