import { en, type MessageKey, type Messages } from "@/lib/i18n/en";
import { ja } from "@/lib/i18n/ja";

export type { MessageKey, Messages } from "@/lib/i18n/en";

/** The languages of the interface. */
export const locales = ["en", "ja"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** The cookie that remembers the chosen language, so the server renders it on reload. */
export const LOCALE_COOKIE = "lang";
/** A year: the choice outlives the session. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The `Intl` locale of each language: amounts, dates and plurals follow it. */
export const intlLocales: Record<Locale, string> = { en: "en-US", ja: "ja-JP" };

export const dictionaries: Record<Locale, Messages> = { en, ja };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The language a tag like `ja-JP`, `en-GB` or `JA` names, if it is one of ours. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/**
 * The best of our languages for an `Accept-Language` header (`ja,en-US;q=0.9,en;q=0.8`):
 * the supported tag with the highest weight, the first listed among equals; English when
 * the header names neither.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of acceptLanguage.split(",")) {
    const [tag = "", ...params] = part.split(";");
    const locale = localeOfTag(tag);
    if (!locale) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale ?? defaultLocale;
}

/** The language to render: the remembered choice, else the browser's preference. */
export function pickLocale(cookie: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookie) ? cookie : negotiateLocale(acceptLanguage);
}

export type Params = Readonly<Record<string, string | number>>;

/** Keys that come in `_one` / `_other` pairs, named without the suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

/** Texts of one language. */
export interface Translator {
  locale: Locale;
  /** The `Intl` locale (`en-US`, `ja-JP`). */
  intl: string;
  /** The text of `key` with its `{placeholders}` filled. */
  t: (key: MessageKey, params?: Params) => string;
  /** The plural form for `count` (`{count}` is filled, formatted for the locale). */
  tn: (key: PluralKey, count: number, params?: Params) => string;
  /** The text of a key built at run time (a check code), or undefined when there is none. */
  lookup: (key: string, params?: Params) => string | undefined;
}

/** Fills `{name}` placeholders; an unknown one is left as it is, so a mistake shows. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

function createTranslator(locale: Locale): Translator {
  const messages = dictionaries[locale];
  const intl = intlLocales[locale];
  const plurals = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  const t = (key: MessageKey, params?: Params) => interpolate(messages[key], params);
  const lookup = (key: string, params?: Params) =>
    Object.hasOwn(messages, key) ? interpolate(messages[key as MessageKey], params) : undefined;
  const tn = (key: PluralKey, count: number, params?: Params) => {
    const form = plurals.select(count);
    const all = { count: numbers.format(count), ...params };
    return lookup(`${key}_${form}`, all) ?? t(`${key}_other` as MessageKey, all);
  };
  return { locale, intl, t, tn, lookup };
}

const translators = new Map<Locale, Translator>();

/** The (cached) texts of a language. */
export function translator(locale: Locale = defaultLocale): Translator {
  let found = translators.get(locale);
  if (!found) {
    found = createTranslator(locale);
    translators.set(locale, found);
  }
  return found;
}
