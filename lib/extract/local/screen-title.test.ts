import { describe, expect, it } from "vitest";
import { isScreenTitle } from "./screen-title";

describe("isScreenTitle", () => {
  it.each([
    "Trip receipt",
    "Booking details",
    "Purchase summary",
    "Transfer confirmation",
    "Détails du virement",
    "Récapitulatif",
    "Resumen del pedido",
    "Zahlungsübersicht",
    "Fahrtdetails",
    "ご利用明細",
    "송금 상세",
    "訂單詳情",
  ])("takes %s for a title", (text) => {
    expect(isScreenTitle(text)).toBe(true);
  });
  it.each([
    "Blue Bottle Coffee",
    "Details Cafe & Bar",
    "Receipt 12",
    "Thank you for riding with us today, Sam",
    "Lotteria 명동점",
    "鼎泰豐",
    "Nasi Lemak Antarabangsa",
  ])("does not take %s for one", (text) => {
    expect(isScreenTitle(text)).toBe(false);
  });
});
