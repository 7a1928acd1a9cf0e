import { describe, expect, it } from "vitest";
import { payeeOf } from "./list-payee";

describe("payeeOf", () => {
  // Descriptions as the list rules hand them over: the amount already taken out.
  it.each([
    ["A charge of at Nasi Kandar Pelita was made", "Nasi Kandar Pelita"],
    ["You spent at Home Depot", "Home Depot"],
    ["Kartenzahlung bei REWE", "REWE"],
    ["Vous avez payé chez Café de Flore", "Café de Flore"],
    ["您於路易莎咖啡消費", "路易莎咖啡"],
    ["カードご利用のお知らせ：ユニクロ", "ユニクロ"],
    ["Transport for London: card purchase", "Transport for London"],
    ["[승인] 롯데마트 일시불", "롯데마트"],
    ["스타벅스 강남점에서 결제", "스타벅스 강남점"],
    ["JR東日本で のご利用がありました", "JR東日本"],
    ["セブン-イレブンで のご利用がありまし", "セブン-イレブン"],
    ["ローソンで ののご利用が ありました", "ローソン"],
    ["吉野家にて の ご決済がありました", "吉野家"],
    ["カードご利用のお知らせ スターバックス コーヒ", "スターバックス コーヒ"],
  ])("%s → %s", (text, payee) => {
    expect(payeeOf(text)).toBe(payee);
  });

  it.each(["Starbucks", "Tesco Stores 3271", "Coffee at Home", "ファミリーマート 渋谷店", "Transfer to savings"])(
    "leaves a plain name alone: %s",
    (name) => {
      expect(payeeOf(name)).toBe(name);
    },
  );
});
