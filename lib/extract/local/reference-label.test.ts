import { describe, expect, it } from "vitest";
import { isIdLabel } from "./reference-label";

describe("isIdLabel", () => {
  it.each([
    "Ref. no.",
    "Booking ID",
    "Trip code",
    "Auftrags-Nr.",
    "Vorgangsnummer",
    "N° d'autorisation",
    "Numéro de facture",
    "お問い合わせ番号",
    "예약 번호",
    "訂單號碼",
    "Payment ID:",
    "Transaktionscode",
    "Autorisierungscode",
    "Buchungsreferenz",
    "Authorization",
    "Réf. de transaction",
    "Code d'autorisation",
    "Identifiant",
    "交易代碼",
    "單號",
  ])("takes %s for a reference label", (label) => {
    expect(isIdLabel(label)).toBe(true);
  });
  it.each([
    "Phone no.",
    "Account number",
    "Card no.",
    "Membership ID",
    "GST Reg No",
    "Tracking number",
    "口座番号",
    "카드 번호",
    "Table no",
    "Kontonummer",
    "Postcode",
    "Thank you for your order, we will send you the tracking number",
    "Merchant",
    "Total",
  ])("does not take %s for one", (label) => {
    expect(isIdLabel(label)).toBe(false);
  });
});
