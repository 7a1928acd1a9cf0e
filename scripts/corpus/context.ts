import type { Theme } from "../fixtures/truth-schema";
import {
  addDays,
  compareYmd,
  FULL_DATE_FORMATS,
  type Hm,
  minutes,
  relativeDay,
  sameYmd,
  TIME_FORMATS,
  type Ymd,
} from "./dates";
import type { DesignContext, Moment } from "./design";
import { LABELS, type LabelKey } from "./labels";
import type { Locale } from "./locales";
import { AMOUNT_RANGES, formatMoney, formatSigned, MONEY_FORMATS, type Money, priceLike } from "./money";
import type { Rng } from "./prng";

export interface ContextOptions {
  rng: Rng;
  locale: Locale;
  theme: Theme;
  width: number;
  height: number;
  now: Moment;
}

/** The DesignContext of one sample: formats and label wordings drawn once, up front. */
export function createContext(o: ContextOptions): DesignContext {
  const { rng, locale, now } = o;
  const lang = locale.language;
  const formats = rng.fork("formats");
  const money = formats.weighted(MONEY_FORMATS[locale.currency]);
  const dateFormat = formats.weighted(FULL_DATE_FORMATS[lang].map(([, format, w]) => [format, w] as const));
  const timeFormat = formats.weighted(TIME_FORMATS[lang].map(([, format, w]) => [format, w] as const));
  const wordings = rng.fork("labels");
  const chosen = new Map<LabelKey, string>();
  const draws = rng.fork("draws");

  const cash = (minor: number): Money => ({ minor, currency: locale.currency });

  return {
    rng: draws,
    locale,
    lang,
    theme: o.theme,
    dark: o.theme === "dark",
    width: o.width,
    height: o.height,
    now,
    money,
    dateFormat,
    timeFormat,
    label(key) {
      let text = chosen.get(key);
      if (text === undefined) {
        text = wordings.pick(LABELS[key][lang]);
        chosen.set(key, text);
      }
      return text;
    },
    fmt: (m) => formatMoney(m, money),
    fmtSigned: (m, sign, minusChar) => formatSigned(m, money, sign, minusChar),
    amount(spend, round = true) {
      const [lo, hi] = AMOUNT_RANGES[locale.currency][spend];
      return cash(priceLike(draws.int(lo, hi), locale.currency, round && draws.chance(0.7)));
    },
    cash,
    pastMoment(maxDaysBack) {
      const ymd = addDays(now.ymd, -draws.int(0, maxDaysBack));
      const latest = sameYmd(ymd, now.ymd) ? minutes(now.hm) : 23 * 60 + 59;
      const earliest = Math.min(latest, 7 * 60);
      const at = draws.int(earliest, latest);
      return { ymd, hm: { h: Math.floor(at / 60), min: at % 60 } };
    },
    relative: (ymd) => relativeDay(lang, ymd, now.ymd),
  };
}

/** Is `a` at or before `b`? */
export function notAfter(a: Moment, b: Moment): boolean {
  const c = compareYmd(a.ymd, b.ymd);
  return c < 0 || (c === 0 && minutes(a.hm) <= minutes(b.hm));
}

export type { Hm, Ymd };
