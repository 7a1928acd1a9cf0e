import { describe, expect, it } from "vitest";
import { chooseLanguages } from "@/lib/ocr/choose-languages";
import { sampleLanguages } from "@/lib/ocr/recognize";
import { countScripts } from "@/lib/ocr/script-counts";

const ALL = ["eng", "jpn", "kor", "chi_tra"];
const choose = (text: string, allowed: readonly string[] = ALL) => chooseLanguages(countScripts(text), allowed);

describe("chooseLanguages", () => {
  it("reads Latin-only text with English alone", () => {
    expect(choose("Payment details Blue Bottle Coffee Visa 4242 Total $48.27")).toBe("eng");
  });

  it("ignores a few stray CJK misreads of icons in an English page", () => {
    expect(choose(`${"Groceries Trader Joe's Amazon Marketplace ".repeat(5)}カ 口`)).toBe("eng");
  });

  it("adds Korean for Hangul", () => {
    expect(choose("결제 상세 스타벅스 강남역점 12,500원 신한카드")).toBe("kor+eng");
  });

  it("adds Japanese for kana, also when most of the page is kanji", () => {
    expect(choose("入出金明細 普通預金 残高 振込手数料 カード")).toBe("jpn+eng");
    expect(choose("ﾐﾂｲｽﾐﾄﾓ ｶ-ﾄﾞ -45,210")).toBe("jpn+eng");
  });

  it("reads Han without kana as Traditional Chinese", () => {
    expect(choose("交易明細 全聯福利中心 信義店 交易時間 付款方式 NT$ 1,280")).toBe("chi_tra+eng");
  });

  it("keeps both when a page mixes Korean and Japanese", () => {
    expect(choose("결제 상세 스타벅스 ありがとうございました")).toBe("kor+jpn+eng");
  });

  it("chooses only among the allowed languages", () => {
    expect(choose("交易明細 全聯福利中心 信義店", ["jpn", "eng"])).toBe("jpn+eng");
    expect(choose("결제 상세 스타벅스", ["jpn", "eng"])).toBe("jpn+eng");
    expect(choose("Payment details", ["jpn"])).toBe("jpn");
    expect(choose("결제 상세 스타벅스", ["eng"])).toBe("eng");
  });

  it("falls back to every allowed language when the sample read nothing", () => {
    expect(choose("12,500 -- 10/02")).toBe("eng+jpn+kor+chi_tra");
  });

  const WITH_LATIN = ["eng", "deu", "fra", "jpn", "kor", "chi_tra"];
  const latin = (text: string, language: "deu" | "fra" | null, allowed: readonly string[] = WITH_LATIN) =>
    chooseLanguages(countScripts(text), allowed, language);

  it("reads a German or French page's Latin letters with its own model instead of eng", () => {
    expect(latin("Zahlung erfolgreich Betrag Händler Bäckerei Kamps", "deu")).toBe("deu");
    expect(latin("Paiement réussi Montant Marchand Monoprix", "fra")).toBe("fra");
    expect(latin("Payment details Blue Bottle Coffee", null)).toBe("eng");
    expect(latin("Zahlung erfolgreich Betrag", "deu", ALL)).toBe("eng");
  });

  it("leaves the Latin variants out of the fallback: eng reads their letters", () => {
    expect(latin("12,500 -- 10/02", null)).toBe("eng+jpn+kor+chi_tra");
    expect(latin("12,500 -- 10/02", null, ["deu", "fra"])).toBe("deu+fra");
  });
});

describe("sampleLanguages", () => {
  it("samples with jpn and kor, which tell every script apart, when allowed", () => {
    expect(sampleLanguages(ALL)).toBe("jpn+kor");
    expect(sampleLanguages(["jpn", "eng"])).toBe("jpn");
    expect(sampleLanguages(["chi_tra", "eng"])).toBe("chi_tra+eng");
  });
});
