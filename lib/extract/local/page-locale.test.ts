import { describe, expect, it } from "vitest";
import { readLocale, scriptOf } from "./page-locale";

describe("scriptOf", () => {
  it.each([
    ["ご利用明細 ファミリーマート", "ja"],
    ["決済完了 東京都渋谷区", "ja"],
    ["결제 완료 스타벅스 강남점", "ko"],
    ["付款成功 全家便利商店 台北市", "zh"],
    ["轉帳成功 交易序號", "zh"],
    ["Payment successful Blue Bottle", "latin"],
    ["Payment to 스타 at Starbucks Coffee Company downtown", "latin"],
    ["12,000 3,500", null],
  ])("%s → %s", (text, script) => {
    expect(scriptOf(text)).toBe(script);
  });
});

describe("readLocale", () => {
  it("reads a Malaysian receipt as day-first from its money and words", () => {
    expect(readLocale("KEDAI ABC SDN BHD\nJALAN BUKIT\nTOTAL RM 17.20\n09/02/2018")).toMatchObject({
      region: "MY",
      dateOrder: "dmy",
    });
  });

  it("reads a Malaysian receipt as day-first from its area words when OCR garbled the rest", () => {
    const text = "SRI MELUR RESTAURANT\n12, JALAM KENANGA 3/9\nBANDAR BARU 43200 CHERAS\n03/05/2018 20:24";
    expect(readLocale(text)).toMatchObject({ region: "MY", dateOrder: "dmy" });
  });
  it("lets a date that reads only one way decide the order", () => {
    expect(readLocale("Coffee $4.50\n12/25/2026").dateOrder).toBe("mdy");
    expect(readLocale("Coffee $4.50\n25/12/2026").dateOrder).toBe("dmy");
  });

  it("reads German and French labels, and needs two of them", () => {
    expect(readLocale("Zahlung erfolgreich\nBetrag 12,50 €\nDatum 04.12.2026")).toMatchObject({
      language: "de",
      region: "EU",
      dateOrder: "dmy",
    });
    expect(readLocale("Paiement réussi\nMontant 8,90 €")).toMatchObject({ language: "fr", region: "EU" });
    expect(readLocale("Summe: the total of the day").language).toBe("en");
  });

  it("names the country of Asian scripts without money cues", () => {
    expect(readLocale("결제 완료").region).toBe("KR");
    expect(readLocale("ご利用ありがとうございました").region).toBe("JP");
    expect(readLocale("付款成功").region).toBe("TW");
  });

  it("says nothing when nothing tells", () => {
    expect(readLocale("Coffee 4.50\n10/03/2026")).toMatchObject({ region: null, dateOrder: null });
  });
});
