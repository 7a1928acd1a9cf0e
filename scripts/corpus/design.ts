/**
 * The contract between the generator and an app design (one file per design in designs/). A
 * design gets a DesignContext for one sample (seeded randomness, locale, theme, the moment of the
 * screenshot, the money/date/time formats drawn for this sample) and returns the page's HTML and
 * the truth a careful reader would take from it.
 */
import type { Theme, TruthDocument } from "../fixtures/truth-schema";
import type { DateFormat, Hm, TimeFormat, Ymd } from "./dates";
import type { LabelKey } from "./labels";
import type { Language, Locale, LocaleId } from "./locales";
import type { Money, MoneyFormat, Spend } from "./money";
import type { Rng } from "./prng";

/** What the split holds out (see split.ts): a design's family. */
export type DesignFamily =
  | "payment"
  | "p2p"
  | "transfer"
  | "refund"
  | "qr"
  | "card-approval"
  | "top-up"
  | "delivery"
  | "ride"
  | "list"
  | "e-receipt"
  | "shop-order";

export interface Design {
  /** Kebab-case, unique: part of every sample name. */
  id: string;
  family: DesignFamily;
  kind: TruthDocument["kind"];
  /** The locales this app exists in. */
  locales: readonly LocaleId[];
  render(ctx: DesignContext): DesignOutput;
}

export interface DesignOutput {
  html: string;
  document: TruthDocument;
  /**
   * CSS height of the viewport to shoot, when the design wants a non-phone one (a long scroll
   * capture sets a tall one). The capture is always full-page, so content never gets cut off.
   */
  viewportHeight?: number;
}

/** A moment in the locale's wall clock. */
export interface Moment {
  ymd: Ymd;
  hm: Hm;
}

export interface DesignContext {
  rng: Rng;
  locale: Locale;
  lang: Language;
  theme: Theme;
  dark: boolean;
  /** Viewport in CSS pixels. */
  width: number;
  height: number;
  /** When the screenshot is taken (the status-bar clock shows it). */
  now: Moment;
  /** How this sample prints money, dates (with year) and times; drawn once per sample. */
  money: MoneyFormat;
  dateFormat: DateFormat;
  timeFormat: TimeFormat;
  /** One wording of a UI concept in the label language, the same every time it is asked for. */
  label(key: LabelKey): string;
  /** `¥1,280` in this sample's money format (the locale's currency unless `m` says otherwise). */
  fmt(m: Money): string;
  /** `-$12.30` / `+1,280円`. */
  fmtSigned(m: Money, sign: "none" | "minus" | "plus", minusChar?: string): string;
  /** A random amount of the locale's currency. `round` makes it price-like (yen to 10, won to 100). */
  amount(spend: Spend, round?: boolean): Money;
  /** Money of the locale's currency from minor units. */
  cash(minor: number): Money;
  /** A random moment at most `maxDaysBack` days before `now`, never after it. */
  pastMoment(maxDaysBack: number): Moment;
  /** `Today`/`Yesterday` in the label language when `ymd` is, else null. */
  relative(ymd: Ymd): string | null;
}
