import { describe, expect, it } from "vitest";
import { dictionaries, interpolate, negotiateLocale, pickLocale, translator } from "@/lib/i18n";
import { en } from "@/lib/i18n/en";
import { ja } from "@/lib/i18n/ja";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** Keys whose languages fill different placeholders on purpose (English spells ordinals). */
const OWN_PLACEHOLDERS = new Set(["queue.waiting"]);

describe("the dictionaries", () => {
  it("have exactly the same keys in English and Japanese", () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it("have no empty text", () => {
    for (const [locale, messages] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
      }
    }
  });

  it("fill the same placeholders in both languages", () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      if (OWN_PLACEHOLDERS.has(key)) continue;
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("give every plural its other form", () => {
    for (const key of Object.keys(en)) {
      if (key.endsWith("_one")) expect(Object.hasOwn(en, key.replace(/_one$/, "_other")), key).toBe(true);
    }
  });

  it("write Japanese in Japanese (no English sentence left untranslated)", () => {
    const sameAsEnglish = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => ja[key] === en[key] && /[a-z]{4,}/.test(en[key]),
    );
    // Names of languages and formats read the same everywhere.
    expect(sameAsEnglish.sort()).toEqual(["language.en"]);
  });
});

describe("choosing the language", () => {
  it("follows Accept-Language, by weight, English when neither is asked for", () => {
    expect(negotiateLocale("ja,en-US;q=0.9,en;q=0.8")).toBe("ja");
    expect(negotiateLocale("en-GB,en;q=0.9,ja;q=0.8")).toBe("en");
    expect(negotiateLocale("fr-FR,ja;q=0.5,en;q=0.3")).toBe("ja");
    expect(negotiateLocale("ja-JP")).toBe("ja");
    expect(negotiateLocale("de-DE,fr;q=0.9")).toBe("en");
    expect(negotiateLocale("ja;q=0")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
  });

  it("prefers the remembered choice in the cookie", () => {
    expect(pickLocale("ja", "en-US")).toBe("ja");
    expect(pickLocale("en", "ja")).toBe("en");
    expect(pickLocale("xx", "ja")).toBe("ja");
    expect(pickLocale(undefined, undefined)).toBe("en");
  });
});

describe("the translator", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(interpolate("Read by {model}", { model: "gpt-4o-mini" })).toBe("Read by gpt-4o-mini");
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("picks plural forms by the language's rules", () => {
    const english = translator("en");
    expect(english.tn("list.count", 1)).toBe("1 transaction");
    expect(english.tn("list.count", 12)).toBe("12 transactions");
    expect(english.tn("list.count", 1280)).toBe("1,280 transactions");
    expect(translator("ja").tn("list.count", 1)).toBe("1件の取引");
    expect(translator("ja").tn("list.count", 12)).toBe("12件の取引");
  });

  it("looks up keys built at run time", () => {
    expect(translator("ja").lookup("check.items_sum")).toBe("明細の合計");
    expect(translator("ja").lookup("check.unheard_of")).toBeUndefined();
    expect(translator("ja").t("field.total")).toBe("合計");
  });
});
