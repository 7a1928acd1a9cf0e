import { describe, expect, it } from "vitest";
import { isStatusMessage } from "./status-message";

describe("isStatusMessage", () => {
  it.each([
    "Order delivered",
    "Transfer sent!",
    "Payment declined",
    "Zahlung ausgeführt",
    "Virement envoyé",
    "Commande livrée",
    "送金しました",
    "이체 완료",
    "轉帳成功",
    "Zahlung genehmigt",
    "Überwiesen",
    "Paiement autorisé",
    "Transaction authorized",
    "보냈어요",
    "승인 완료",
    "카드 승인",
    "已退款",
    "Transaction posted",
  ])("takes %s for a status message", (text) => {
    expect(isStatusMessage(text)).toBe(true);
  });
  it.each(["Sent to Alex Chen", "Paid with Visa", "Green Curry House", "Delivered to 12 Baker Street", "Paid 2 items"])(
    "does not take %s for one",
    (text) => {
      expect(isStatusMessage(text)).toBe(false);
    },
  );
});
