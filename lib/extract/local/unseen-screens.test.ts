/**
 * Payment screens of app kinds the tuning corpus does not show, written by hand as OCR would
 * lay them out (status bar, navigation bar, avatars, notes, buttons): the rules must read the
 * payee, the payment method and the reference from what is general about payment screens,
 * not from the tuning designs' words.
 */
import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { type OcrOptions, ocrFromRows, type RowSpec } from "./test-ocr";

function receipt(rows: Array<string | RowSpec>, options?: OcrOptions): Receipt {
  const doc = extractDocument(ocrFromRows(rows, options), { now: new Date(2026, 10, 1) });
  if (doc.kind !== "receipt") throw new Error(`expected a receipt, got ${doc.kind}`);
  return doc;
}

const center = (text: string, height?: number, gapBefore?: number): RowSpec => ({
  cells: [{ text, align: "center" }],
  ...(height === undefined ? {} : { height }),
  ...(gapBefore === undefined ? {} : { gapBefore }),
});

const statusBar = (clock: string): RowSpec => ({ cells: [clock, "5G 87%"], y: 40, height: 30 });

interface Expected {
  merchant?: string | null;
  paymentMethod?: string | null;
  reference?: string | null;
  total?: number;
}

function expectFields(doc: Receipt, expected: Expected): void {
  const got: Expected = {};
  if ("merchant" in expected) got.merchant = doc.merchant.value;
  if ("paymentMethod" in expected) got.paymentMethod = doc.paymentMethod.value;
  if ("reference" in expected) got.reference = doc.reference.value;
  if ("total" in expected) got.total = doc.total.value ?? undefined;
  expect(got).toEqual(expected);
}

describe("P2P transfers", () => {
  it("English: the payee's name under the avatar, not the handle, note or status", () => {
    const doc = receipt([
      statusBar("7:14"),
      { cells: ["<", "Payment"], y: 150, height: 40 },
      center("PN", 60, 120),
      center("Priya Nair", 52, 40),
      center("@priya-nair", 32),
      center("-$40.00", 110, 60),
      center("Dinner at Nopa", 34),
      center("Completed", 30, 40),
      { cells: ["Date", "Mar 3, 2026, 7:12 PM"], gapBefore: 120 },
      "Paid with | Venmo balance",
      "Transaction ID | 3829110299812234",
      center("Share", 36, 120),
    ]);
    expectFields(doc, {
      merchant: "Priya Nair",
      paymentMethod: "Venmo balance",
      reference: "3829110299812234",
      total: 40,
    });
  });

  it("Japanese: the payee in a sentence, the honorific off", () => {
    const doc = receipt(
      [
        statusBar("19:12"),
        { cells: ["x", "送金"], y: 150, height: 40 },
        center("送金が完了しました", 44, 160),
        center("¥3,000", 110, 40),
        center("ヤマダ タロウ さんに送金しました", 34, 30),
        { cells: ["送金日時", "2026年3月3日 19:12"], gapBefore: 120 },
        "送金方法 | PayPayマネー",
        "取引番号 | 04812345678901234567",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, { merchant: "ヤマダタロウ", reference: "04812345678901234567", total: 3000 });
  });

  it("Korean: the payee over the amount, with 님에게", () => {
    const doc = receipt([
      statusBar("오후 2:05"),
      center("김민준님에게", 44, 200),
      center("50,000원", 100, 20),
      center("보냈어요", 44, 20),
      { cells: ["받는 분", "김민준"], gapBefore: 120 },
      "받는 계좌 | 카카오뱅크 3333-01-1234567",
      "출금 계좌 | 토스뱅크 1000-1234-5678",
      "거래 일시 | 2026년 3월 3일 14:05",
      center("확인", 40, 120),
    ]);
    expectFields(doc, { merchant: "김민준", total: 50000 });
  });

  it("German: 'an' before the name, PayPal balance as the method", () => {
    const doc = receipt([
      statusBar("09:41"),
      center("Geld gesendet", 44, 200),
      center("25,00 €", 110, 20),
      center("an Lena Vogel", 40, 20),
      center("lena.vogel@mail.de", 28),
      { cells: ["Verwendungszweck", "Pizza Freitag"], gapBefore: 120 },
      "Datum | 3. März 2026",
      "Zahlungsmethode | PayPal-Guthaben",
      "Transaktionscode | 7XK12345AB678901C",
    ]);
    expectFields(doc, {
      merchant: "Lena Vogel",
      paymentMethod: "PayPal-Guthaben",
      reference: "7XK12345AB678901C",
      total: 25,
    });
  });

  it("French: 'à' before the name, the card as the method", () => {
    const doc = receipt([
      statusBar("20:08"),
      { cells: ["<", "Détails"], y: 150, height: 40 },
      center("Paiement envoyé", 40, 160),
      center("15,00 €", 110, 20),
      center("à Camille Martin", 40, 20),
      { cells: ["Message", "Ciné"], gapBefore: 120 },
      "Date | 3 mars 2026 à 20:08",
      "Moyen de paiement | Carte •••• 1234",
      "Référence | LY-8812-4410",
    ]);
    expectFields(doc, {
      merchant: "Camille Martin",
      paymentMethod: "Carte •••• 1234",
      reference: "LY-8812-4410",
      total: 15,
    });
  });

  it("Traditional Chinese: the 收款人 label's value", () => {
    const doc = receipt(
      [
        statusBar("下午 3:20"),
        center("轉帳成功", 44, 200),
        center("NT$500", 110, 20),
        { cells: ["收款人", "陳小明"], gapBefore: 120 },
        "轉帳時間 | 2026/03/03 15:20",
        "付款方式 | LINE Pay 餘額",
        "交易編號 | 2026030312345678",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, {
      merchant: "陳小明",
      paymentMethod: "LINE Pay 餘額",
      reference: "2026030312345678",
      total: 500,
    });
  });
});

describe("food orders", () => {
  it("English: the restaurant over 'Order delivered', items below", () => {
    const doc = receipt([
      statusBar("8:02"),
      { cells: ["<", "Order details"], y: 150, height: 40 },
      center("Order delivered", 36, 120),
      { cells: ["Golden Dragon Kitchen"], height: 48, gapBefore: 60 },
      "Delivered Mar 3, 2026, 7:48 PM",
      { cells: ["1x Kung Pao Chicken", "$14.50"], gapBefore: 80 },
      "2x Spring Rolls | $9.00",
      { cells: ["Subtotal", "$23.50"], gapBefore: 60 },
      "Delivery fee | $2.99",
      "Tip | $4.00",
      { cells: ["Total", "$30.49"], height: 44 },
      "Payment | Mastercard •••• 5521",
      "Order ID | 8812-4410-2291",
    ]);
    expectFields(doc, {
      merchant: "Golden Dragon Kitchen",
      paymentMethod: "Mastercard •••• 5521",
      reference: "8812-4410-2291",
      total: 30.49,
    });
  });

  it("Japanese: the shop after a status and before the items", () => {
    const doc = receipt(
      [
        statusBar("12:30"),
        { cells: ["<", "注文詳細"], y: 150, height: 40 },
        center("お届け完了", 40, 120),
        { cells: ["松のや 渋谷店"], height: 48, gapBefore: 60 },
        "2026年3月3日 12:18",
        { cells: ["ロースかつ定食 ×1", "¥890"], gapBefore: 80 },
        "豚汁 ×1 | ¥190",
        { cells: ["小計", "¥1,080"], gapBefore: 60 },
        "配達手数料 | ¥300",
        { cells: ["合計", "¥1,380"], height: 44 },
        "お支払い方法 | VISA ****1234",
        "注文番号 | 2026-0303-8812",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, {
      merchant: "松のや渋谷店",
      paymentMethod: "VISA ****1234",
      reference: "2026-0303-8812",
      total: 1380,
    });
  });
});

describe("card approvals", () => {
  it("English: the merchant is the big name over the amount, not the status", () => {
    const doc = receipt([
      statusBar("1:22"),
      { cells: ["<", "Transaction"], y: 150, height: 40 },
      center("Whole Foods Market", 50, 140),
      center("$45.20", 110, 20),
      center("Approved", 32, 20),
      { cells: ["Date", "Mar 3, 2026 1:20 PM"], gapBefore: 120 },
      "Card | Chase Sapphire ••1234",
      "Category | Groceries",
      "Authorization code | 012345",
    ]);
    expectFields(doc, {
      merchant: "Whole Foods Market",
      paymentMethod: "Chase Sapphire ••1234",
      reference: "012345",
      total: 45.2,
    });
  });

  it("Korean: 승인 완료 then the shop", () => {
    const doc = receipt([
      statusBar("오후 1:22"),
      center("승인 완료", 40, 200),
      center("스타벅스 강남점", 48, 20),
      center("4,500원", 100, 20),
      { cells: ["승인 일시", "2026.03.03 13:20"], gapBefore: 120 },
      "카드 | 신한카드 1234",
      "승인번호 | 30012345",
      "결제 구분 | 일시불",
    ]);
    expectFields(doc, { merchant: "스타벅스 강남점", reference: "30012345", total: 4500 });
  });

  it("German: Zahlung genehmigt over the shop", () => {
    const doc = receipt([
      statusBar("13:22"),
      center("Zahlung genehmigt", 40, 200),
      center("REWE Markt", 48, 20),
      center("23,45 €", 100, 20),
      { cells: ["Datum", "03.03.2026, 13:20"], gapBefore: 120 },
      "Karte | Visa •••• 4242",
      "Autorisierungscode | 123456",
    ]);
    expectFields(doc, { merchant: "REWE Markt", paymentMethod: "Visa •••• 4242", reference: "123456", total: 23.45 });
  });
});

describe("QR payments, top-ups and refunds", () => {
  it("Traditional Chinese: the shop under 付款成功", () => {
    const doc = receipt(
      [
        statusBar("下午 3:20"),
        center("付款成功", 44, 200),
        center("NT$150", 110, 20),
        center("星巴克 信義店", 40, 20),
        { cells: ["付款時間", "2026/03/03 15:20"], gapBefore: 120 },
        "付款方式 | 街口支付",
        "交易序號 | 88120044102291",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, {
      merchant: "星巴克信義店",
      paymentMethod: "街口支付",
      reference: "88120044102291",
      total: 150,
    });
  });

  it("French refund: the shop under the status, not the reason", () => {
    const doc = receipt([
      statusBar("10:05"),
      center("Remboursement effectué", 40, 200),
      center("32,90 €", 110, 20),
      center("Monoprix", 44, 20),
      { cells: ["Motif", "Article retourné"], gapBefore: 120 },
      "Date | 3 mars 2026",
      "Remboursé sur | Carte •••• 1234",
      "N° de transaction | RB-44102291",
    ]);
    expectFields(doc, { merchant: "Monoprix", reference: "RB-44102291", total: 32.9 });
  });
});

describe("card approvals under their push notification", () => {
  it("English: the detail's name, not the notification's app or sentence", () => {
    const doc = receipt([
      statusBar("1:22"),
      { cells: ["CHASE", "now"], height: 26, gapBefore: 30 },
      { cells: ["Approved: $45.20 at Whole Foods Market"], height: 30 },
      { cells: ["<", { text: "Transaction", align: "center" }], height: 40, gapBefore: 80 },
      center("Whole Foods Market", 50, 100),
      center("$45.20", 110, 20),
      center("Mar 3, 2026 · 1:20 PM", 30, 20),
      { cells: ["Card", "Sapphire Preferred ••1234"], gapBefore: 120 },
      "Status | Approved",
      "Spent this month | $1,234.56",
    ]);
    expectFields(doc, { merchant: "Whole Foods Market", paymentMethod: "Sapphire Preferred ••1234", total: 45.2 });
  });

  it("Japanese: the shop the notice names, then its detail", () => {
    const doc = receipt(
      [
        statusBar("13:22"),
        { cells: ["楽天カード", "今"], height: 26, gapBefore: 30 },
        { cells: ["セブン-イレブンで1,280円のご利用がありました"], height: 30 },
        center("ご利用内容", 40, 80),
        center("セブン-イレブン", 50, 100),
        center("1,280円", 110, 20),
        { cells: ["ご利用日時", "2026/03/03 13:20"], gapBefore: 120 },
        "カード | 楽天カード(Visa) ****1234",
        "承認番号 | 123456",
        "今月のご利用額 | 48,200円",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, { merchant: "セブン-イレブン", reference: "123456", total: 1280 });
  });

  it("French: Paiement accepté, then the shop", () => {
    const doc = receipt([
      statusBar("18:40"),
      { cells: ["<", { text: "Opération", align: "center" }], height: 40, y: 140 },
      center("Paiement accepté", 36, 160),
      center("Carrefour City", 50, 20),
      center("27,35 €", 110, 20),
      { cells: ["Date", "3 mars 2026 à 18:38"], gapBefore: 120 },
      "Carte | Mastercard •••• 5521",
      "N° d'autorisation | 884120",
      "Dépenses du mois | 612,40 €",
    ]);
    expectFields(doc, {
      merchant: "Carrefour City",
      paymentMethod: "Mastercard •••• 5521",
      reference: "884120",
      total: 27.35,
    });
  });

  it("English, no back button read and no status: the title is no name", () => {
    const doc = receipt([
      statusBar("1:22"),
      center("Transaction", 40, 100),
      center("Whole Foods Market", 52, 120),
      center("$45.20", 110, 20),
      center("Groceries", 30, 20),
      { cells: ["Date", "Mar 3, 2026 1:20 PM"], gapBefore: 120 },
      "Card | Visa •••• 4242",
    ]);
    expectFields(doc, { merchant: "Whole Foods Market", paymentMethod: "Visa •••• 4242", total: 45.2 });
  });
});

describe("more food orders", () => {
  it("German: the restaurant under Bestellung geliefert, the customer's address ignored", () => {
    const doc = receipt([
      statusBar("19:55"),
      { cells: ["<", { text: "Bestellung", align: "center" }], height: 40, y: 140 },
      center("Bestellung geliefert", 36, 140),
      { cells: ["Pizzeria Da Marco"], height: 48, gapBefore: 60 },
      "Geliefert am 3. März 2026, 19:42",
      { cells: ["1x Pizza Margherita", "9,50 €"], gapBefore: 80 },
      "2x Tiramisu | 11,00 €",
      { cells: ["Zwischensumme", "20,50 €"], gapBefore: 60 },
      "Liefergebühr | 2,99 €",
      { cells: ["Gesamt", "23,49 €"], height: 44 },
      "Zahlungsart | PayPal",
      "Bestellnummer | 4471-2291-8812",
      { cells: ["Lieferadresse"], gapBefore: 60 },
      "Hauptstraße 5, 10115 Berlin",
    ]);
    expectFields(doc, {
      merchant: "Pizzeria Da Marco",
      paymentMethod: "PayPal",
      reference: "4471-2291-8812",
      total: 23.49,
    });
  });

  it("Korean: 배달 완료, then the shop", () => {
    const doc = receipt([
      statusBar("오후 7:55"),
      center("배달 완료", 40, 160),
      { cells: ["교촌치킨 강남점"], height: 48, gapBefore: 60 },
      "2026년 3월 3일 19:42",
      { cells: ["허니콤보 x1", "23,000원"], gapBefore: 80 },
      "콜라 1.25L x1 | 2,500원",
      { cells: ["배달팁", "3,000원"], gapBefore: 60 },
      { cells: ["총 결제금액", "28,500원"], height: 44 },
      "결제수단 | 카카오페이",
      "주문번호 | B1Q2-8812-4410",
    ]);
    expectFields(doc, {
      merchant: "교촌치킨 강남점",
      paymentMethod: "카카오페이",
      reference: "B1Q2-8812-4410",
      total: 28500,
    });
  });

  it("Traditional Chinese: 已送達, then the shop", () => {
    const doc = receipt(
      [
        statusBar("下午 7:55"),
        center("訂單已送達", 40, 160),
        { cells: ["八方雲集 信義店"], height: 48, gapBefore: 60 },
        "2026/03/03 19:42",
        { cells: ["招牌鍋貼 x10", "NT$65"], gapBefore: 80 },
        "酸辣湯 x1 | NT$35",
        { cells: ["外送費", "NT$29"], gapBefore: 60 },
        { cells: ["總計", "NT$129"], height: 44 },
        "付款方式 | LINE Pay",
        "訂單編號 | FP-88120044",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, {
      merchant: "八方雲集信義店",
      paymentMethod: "LINE Pay",
      reference: "FP-88120044",
      total: 129,
    });
  });
});

describe("more transfers", () => {
  it("Korean: the status first, the name with 님에게 under the amount, a memo after", () => {
    const doc = receipt([
      statusBar("오후 2:05"),
      center("송금 완료", 40, 200),
      center("50,000원", 100, 20),
      center("김민준님에게", 40, 20),
      center("메모: 점심값", 30, 20),
      { cells: ["출금 계좌", "토스뱅크 ••5678"], gapBefore: 120 },
    ]);
    expectFields(doc, { merchant: "김민준", total: 50000 });
  });

  it("English: the payee on top with no status, the handle and note below", () => {
    const doc = receipt([
      statusBar("7:14"),
      { cells: ["x"], y: 150, height: 40 },
      center("Priya Nair", 52, 140),
      center("@priya-nair", 30),
      center("$40.00", 120, 40),
      center("for Dinner at Nopa", 32),
      { cells: ["Mar 3, 2026"], gapBefore: 120 },
      "Paid with | Bank ••6789",
    ]);
    expectFields(doc, { merchant: "Priya Nair", paymentMethod: "Bank ••6789", total: 40 });
  });

  it("French: the sentence over the amount", () => {
    const doc = receipt([
      statusBar("20:08"),
      center("Vous avez payé Camille Martin", 36, 200),
      center("15,00 €", 110, 20),
      center("Ciné", 30, 20),
      { cells: ["Date", "3 mars 2026"], gapBefore: 120 },
      "Payé avec | Compte Lydia",
    ]);
    expectFields(doc, { merchant: "Camille Martin", total: 15 });
  });
});

describe("a web shop in the title bar", () => {
  it("is read when OCR is a little unsure of its dotted name", () => {
    const doc = receipt(
      [
        {
          cells: [
            { text: "< 注文詳細", x: 60 },
            { text: "Yodobashi.com", align: "right" },
          ],
          confidence: 67,
          y: 160,
        },
        "注文日: 2026年3月3日",
        "ご注文番号: 88120044102291",
        { cells: ["USBケーブル 2m"], gapBefore: 80 },
        "数量: 1",
        "1,280円",
        { cells: ["支払金額", "1,280円"], gapBefore: 80 },
        "支払い方法 | Visa ending in 4242",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, { merchant: "Yodobashi.com", paymentMethod: "Visa ending in 4242", total: 1280 });
  });
});

describe("delivery orders that name the customer's address first", () => {
  it("English: the delivery line is no name; the restaurant in 'Your order from' is", () => {
    const doc = receipt([
      statusBar("8:02"),
      { cells: ["<", { text: "Receipt", align: "center" }], y: 150, height: 40 },
      center("Delivered", 36, 120),
      center("Your order from Burger Hub", 34, 20),
      { cells: ["Delivered to 12 Baker Street"], height: 30, gapBefore: 60 },
      "Mar 3, 2026 at 7:48 PM",
      { cells: ["2x Cheeseburger", "$11.98"], gapBefore: 80 },
      "1x Fries | $3.49",
      { cells: ["Subtotal", "$15.47"], gapBefore: 60 },
      "Service fee | $1.50",
      { cells: ["Total", "$16.97"], height: 44 },
      "Payment | Apple Pay",
    ]);
    expectFields(doc, { merchant: "Burger Hub", paymentMethod: "Apple Pay", total: 16.97 });
    expect(doc.items.map((i) => i.description.value)).toEqual(["Cheeseburger", "Fries"]);
  });

  it("German: Deine Bestellung bei …", () => {
    const doc = receipt([
      statusBar("19:55"),
      center("Geliefert", 36, 160),
      center("Deine Bestellung bei Sushi Circle", 34, 20),
      { cells: ["Lieferung an Hauptstraße 5"], height: 30, gapBefore: 60 },
      { cells: ["1x Lachs Maki", "6,90 €"], gapBefore: 80 },
      "1x Miso Suppe | 3,50 €",
      { cells: ["Gesamt", "10,40 €"], height: 44, gapBefore: 60 },
      "Zahlungsart | Kreditkarte",
    ]);
    expectFields(doc, { merchant: "Sushi Circle", paymentMethod: "Kreditkarte", total: 10.4 });
  });

  it("French: Votre commande chez …", () => {
    const doc = receipt([
      statusBar("12:40"),
      center("Commande livrée", 36, 160),
      center("Votre commande chez Big Fernand", 34, 20),
      { cells: ["Livrée au 8 rue Oberkampf"], height: 30, gapBefore: 60 },
      { cells: ["1x Le Bartholomé", "14,50 €"], gapBefore: 80 },
      "1x Frites | 3,90 €",
      { cells: ["Total", "18,40 €"], height: 44, gapBefore: 60 },
      "Moyen de paiement | Carte •••• 1234",
    ]);
    expectFields(doc, { merchant: "Big Fernand", paymentMethod: "Carte •••• 1234", total: 18.4 });
  });
});

describe("the customer's delivery address", () => {
  const orderWith = (addressRows: Array<string | RowSpec>) =>
    receipt([
      statusBar("8:02"),
      center("Order delivered", 36, 120),
      { cells: ["Golden Dragon Kitchen"], height: 48, gapBefore: 60 },
      ...addressRows,
      { cells: ["1x Kung Pao Chicken", "£14.50"], gapBefore: 80 },
      "1x Egg Fried Rice | £4.20",
      { cells: ["Total", "£18.70"], height: 44, gapBefore: 60 },
    ]);
  it.each([
    [["Deliver to", "221B Baker Street, London NW1 6XE"]],
    [["Delivery address", "Home", "221B Baker Street, London NW1 6XE"]],
    [["Delivered to 221B Baker Street"]],
  ])("is not the restaurant's: %j", (addressRows) => {
    const doc = orderWith(addressRows);
    expect(doc.merchant.value).toBe("Golden Dragon Kitchen");
    expect(doc.address.value).toBeNull();
    expect(doc.items.map((i) => i.description.value)).toEqual(["Kung Pao Chicken", "Egg Fried Rice"]);
  });
  it("does not make the line over it a company", () => {
    const doc = receipt([
      statusBar("12:40"),
      center("Commande livrée", 36, 160),
      center("Votre commande chez Big Fernand", 34, 20),
      { cells: ["Livrée au 8 rue Oberkampf"], height: 30, gapBefore: 60 },
      { cells: ["1x Le Bartholomé", "14,50 €"], gapBefore: 80 },
      { cells: ["Total", "14,50 €"], height: 44, gapBefore: 60 },
    ]);
    expect(doc.merchant.value).toBe("Big Fernand");
    expect(doc.address.value).toBeNull();
  });
});

describe("a smaller line under the status", () => {
  it("loses to the shop set large above the amount", () => {
    const doc = receipt([
      statusBar("1:22"),
      center("Whole Foods Market", 50, 200),
      center("$45.20", 110, 20),
      center("Approved", 32, 20),
      center("Online purchase", 28, 10),
      { cells: ["Date", "Mar 3, 2026 1:20 PM"], gapBefore: 120 },
      "Card | Visa •••• 4242",
    ]);
    expectFields(doc, { merchant: "Whole Foods Market", total: 45.2 });
  });
  it("stays no match for a name of the same size under the status", () => {
    const doc = receipt([
      statusBar("9:41"),
      { cells: ["<", { text: "Payment", align: "center" }], y: 150, height: 40 },
      center("Payment successful", 40, 200),
      center("$12.45", 110, 20),
      center("Blue Bottle Coffee", 44, 40),
      { cells: ["Date", "Oct 3, 2026, 8:42 AM"], gapBefore: 120 },
    ]);
    expectFields(doc, { merchant: "Blue Bottle Coffee", total: 12.45 });
  });
});

describe("an account behind a mask", () => {
  it("is cut off the payee's name", () => {
    const doc = receipt([
      statusBar("9:41"),
      center("Transfer sent", 40, 200),
      center("$200.00", 110, 20),
      { cells: ["Recipient", "Priya Nair ••5678"], gapBefore: 120 },
      "From | Chase Checking ••1234",
      "Reference no. | TRF-88120044",
    ]);
    expectFields(doc, {
      merchant: "Priya Nair",
      paymentMethod: "Chase Checking ••1234",
      reference: "TRF-88120044",
      total: 200,
    });
  });
  it("is never the payee's name by itself", () => {
    const doc = receipt([
      statusBar("9:41"),
      center("Transfer sent", 40, 200),
      center("RM 200.00", 110, 20),
      center("Maybank ••••5678", 36, 20),
      { cells: ["Date", "3 Mar 2026"], gapBefore: 120 },
    ]);
    expect(doc.merchant.value).toBeNull();
  });
});

describe("a category or a note with a trade word in it", () => {
  const screen = (under: string, status = "Payment successful") =>
    receipt([
      statusBar("9:41"),
      center(status, 40, 200),
      center("$12.45", 110, 20),
      center("Blue Bottle Coffee", 44, 40),
      center(under, 28),
      { cells: ["Date", "Oct 3, 2026"], gapBefore: 120 },
      "Transaction ID | TXN-8F3K2Q9P",
    ]);
  it.each(["Coffee shop · Oakland, CA", "Grocery store", "Coffee with the team at a cafe"])(
    "%s is no company: the name over it is the merchant",
    (under) => {
      expect(screen(under).merchant.value).toBe("Blue Bottle Coffee");
    },
  );
});

describe("an issuer's card named by its form", () => {
  it("Korean: the card in the approval's heading is the method, the shop under it the merchant", () => {
    const doc = receipt([
      statusBar("오후 1:22"),
      center("결제 알림", 36, 150),
      center("신한카드 승인", 40, 80),
      center("스타벅스 강남점", 48, 20),
      center("4,500원", 100, 20),
      center("일시불 | 03.03 13:20", 30, 20),
      "누적 금액 | 1,234,567원",
    ]);
    expectFields(doc, { merchant: "스타벅스 강남점", paymentMethod: "신한카드", total: 4500 });
  });
  it("Japanese: the issuer's card, not a point card", () => {
    const doc = receipt(
      [
        statusBar("13:22"),
        center("ご利用が承認されました", 36, 150),
        { cells: ["ご利用日時", "2026/03/03 13:20"], gapBefore: 100 },
        "ご利用先 | AMAZON.CO.JP",
        "ご利用金額 | 3,980円",
        "ポイントカード | Tポイント",
        "お支払い | 楽天カード",
      ],
      { splitJapanese: true },
    );
    expectFields(doc, { merchant: "AMAZON.CO.JP", paymentMethod: "楽天カード", total: 3980 });
  });
});

describe("a refund to a card", () => {
  it("names where the money went back, not the shop", () => {
    const doc = receipt([
      statusBar("9:41"),
      center("Refund issued", 40, 200),
      center("+$23.99", 110, 20),
      center("to Visa •••• 4242", 32, 20),
      center("Target", 44, 60),
      { cells: ["Original payment", "Mar 1, 2026"], gapBefore: 120 },
      "Refund ID | RF-88120044",
    ]);
    expectFields(doc, { merchant: "Target", paymentMethod: "Visa •••• 4242", reference: "RF-88120044", total: 23.99 });
  });
});

describe("a shop's name with a chevron at the row's end", () => {
  it("is still the name (a link to the shop, not a label and its value)", () => {
    const doc = receipt([
      statusBar("8:02"),
      center("Order delivered", 36, 160),
      { cells: ["Golden Dragon Kitchen", "›"], height: 48, gapBefore: 60 },
      { cells: ["1x Kung Pao Chicken", "$14.50"], gapBefore: 80 },
      { cells: ["Total", "$14.50"], height: 44, gapBefore: 60 },
    ]);
    expect(doc.merchant.value).toBe("Golden Dragon Kitchen");
  });
});

describe("a detail screen titled by the shop", () => {
  const detail = (title: string) =>
    receipt([
      statusBar("9:41"),
      { cells: ["<", { text: title, align: "center" }], y: 150, height: 40 },
      center("-$5.40", 110, 200),
      center("Mar 3, 2026 · 8:12 AM", 30, 20),
      { cells: ["Status", "Posted"], gapBefore: 120 },
      "Card | Visa •••• 4242",
    ]);
  it("takes the title when nothing else names the shop", () => {
    expect(detail("Starbucks Coffee").merchant.value).toBe("Starbucks Coffee");
  });
  it.each(["Transaction", "Payment details", "Zahlung"])("takes no generic title (%s)", (title) => {
    expect(detail(title).merchant.value).toBeNull();
  });
});

describe("a Japanese detail screen titled by the shop beside its back button", () => {
  it("takes the title when nothing else names the shop", () => {
    const doc = receipt(
      [
        statusBar("9:41"),
        {
          cells: [
            { text: "く", x: 40 },
            { text: "スターバックス 渋谷店", align: "center" },
          ],
          y: 150,
          height: 40,
        },
        center("-¥640", 110, 200),
        { cells: ["ご利用日", "2026/03/03"], gapBefore: 120 },
        "ステータス | 確定",
      ],
      { splitJapanese: true },
    );
    expect(doc.merchant.value).toBe("スターバックス渋谷店");
  });
});
