import { describe, expect, it } from "vitest";
import { payeeInNotice, payeeInSentence } from "./payee-sentence";

describe("payeeInSentence", () => {
  it.each([
    ["You paid Priya Nair", "Priya Nair"],
    ["You sent money to Alex Chen", "Alex Chen"],
    ["Payment to Corner Deli", "Corner Deli"],
    ["Transfer to Jordan Lee", "Jordan Lee"],
    ["Zahlung an Bäckerei Sonne", "Bäckerei Sonne"],
    ["Du hast Lena Vogel Geld gesendet", "Lena Vogel"],
    ["Vous avez payé Camille Martin", "Camille Martin"],
    ["Paiement à Boulangerie Paul", "Boulangerie Paul"],
    ["ヤマダ タロウ さんに送金しました", "ヤマダ タロウ"],
    ["山田花子様へのお支払い", "山田花子"],
    ["김민준님에게 50,000원을 보냈어요", "김민준"],
    ["이서연님께 송금 완료", "이서연"],
    ["已轉帳給 陳小明", "陳小明"],
    ["向 王大同 付款", "王大同"],
    ["Your order from Burger Hub", "Burger Hub"],
    ["Payment of $40.00 to Priya Nair", "Priya Nair"],
    ["Payment to Starbucks successful", "Starbucks"],
    ["Payment to Cafe Paid", "Cafe Paid"],
    ["Du hast 25,00 € an Lena Vogel gesendet", "Lena Vogel"],
    ["Vous avez envoyé 15,00 € à Camille Martin", "Camille Martin"],
    ["ヤマダタロウさんに¥3,000を送りました", "ヤマダタロウ"],
    ["已成功轉帳 NT$500 給 陳小明", "陳小明"],
    ["Deine Bestellung bei Sushi Circle", "Sushi Circle"],
    ["Votre commande chez Big Fernand", "Big Fernand"],
    ["松屋 からのご注文", "松屋"],
    ["교촌치킨에서 주문한 내역", "교촌치킨"],
    ["您在 鼎泰豐 的訂單", "鼎泰豐"],
  ])("%s names %s", (sentence, name) => {
    expect(payeeInSentence(sentence)?.name).toBe(name);
  });
  it("says where the name stands in the text", () => {
    const text = "You paid Priya Nair";
    const found = payeeInSentence(text);
    expect(found && text.slice(found.start, found.end)).toBe("Priya Nair");
  });
  it.each(["You paid with Visa", "Payment successful", "Paid with | Venmo balance", "送金が完了しました", "결제 완료"])(
    "%s names no one",
    (text) => {
      expect(payeeInSentence(text)).toBeNull();
    },
  );
});

describe("payeeInNotice", () => {
  it.each([
    ["Approved: $45.20 at Whole Foods Market", "Whole Foods Market"],
    ["セブン-イレブンで1,280円のご利用がありました", "セブン-イレブン"],
    ["您於全聯福利中心消費NT$1,280", "全聯福利中心"],
    ["Kartenzahlung 9,91 € bei REWE Markt", "REWE Markt"],
  ])("%s names %s", (notice, name) => {
    expect(payeeInNotice(notice)?.name).toBe(name);
  });
  it.each(["for Dinner at Nopa", "Whole Foods Market", "Spent this month $1,234.56"])("%s names no one", (text) => {
    expect(payeeInNotice(text)).toBeNull();
  });
});

describe("a notice closed by its verb", () => {
  it.each([
    ["Kartenzahlung über 23,45 € bei REWE Markt genehmigt", "REWE Markt"],
    ["Paiement de 27,35 € chez Carrefour City accepté", "Carrefour City"],
    ["Purchase of $45.20 at Whole Foods Market approved", "Whole Foods Market"],
  ])("%s names %s", (notice, name) => {
    expect(payeeInNotice(notice)?.name).toBe(name);
  });
});
