/**
 * Plans a corpus without a browser: for each sample, the design, locale, theme, scale,
 * viewport, capture moment, HTML and truth, all drawn from the seed. The generator renders these;
 * the unit test checks them.
 */

import { createContext, notAfter } from "./context";
import type { CorpusTruth } from "./corpus-truth";
import { addDays, hm24, isoDate, pad2 } from "./dates";
import type { Design, Moment } from "./design";
import { LOCALES, type LocaleId } from "./locales";
import { hash32, Rng } from "./prng";
import { DESIGNS } from "./registry";
import { partOf } from "./split";

/** Phone viewports in CSS pixels (width 360–430). */
const VIEWPORTS = [
  { width: 360, height: 780 },
  { width: 375, height: 812 },
  { width: 390, height: 844 },
  { width: 393, height: 852 },
  { width: 412, height: 915 },
  { width: 414, height: 896 },
  { width: 428, height: 926 },
  { width: 430, height: 932 },
] as const;

/** Capture moments fall in this window (local wall clock). */
const FIRST_DAY = { y: 2023, m: 6, d: 1 };
const SPAN_DAYS = 1280;

export const DEFAULT_SEED = 1;
/** 18 samples for each of the 17 designs. */
export const DEFAULT_COUNT = 306;

export interface SamplePlan {
  name: string;
  design: Design;
  locale: LocaleId;
  html: string;
  viewport: { width: number; height: number };
  /** The truth without the PNG size, which only the renderer knows. */
  truth: Omit<CorpusTruth, "width" | "height">;
}

/** `2026-12-04T21:05:00+09:00` */
export function capturedAtIso(now: Moment, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${isoDate(now.ymd)}T${hm24(now.hm)}:00${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * Sample `k` of a design. Its randomness is seeded by the corpus seed, the design's id and k
 * only, so adding a design adds samples without changing any other (their PNGs and cached OCR
 * stay valid).
 */
export function planSample(seed: number, design: Design, k: number): SamplePlan {
  const rng = new Rng(hash32(`sample:${seed}:${design.id}:${k}`));
  const localeId = rng.pick(design.locales);
  const locale = LOCALES[localeId];
  const theme = rng.chance(0.35) ? "dark" : "light";
  const scale = rng.weighted([
    [1, 2],
    [2, 3],
    [3, 5],
  ] as const);
  const viewport = rng.pick(VIEWPORTS);
  const now: Moment = {
    ymd: addDays(FIRST_DAY, rng.int(0, SPAN_DAYS)),
    hm: { h: rng.int(7, 23), min: rng.int(0, 59) },
  };
  const ctx = createContext({ rng: rng.fork("design"), locale, theme, ...viewport, now });
  const out = design.render(ctx);
  const name = `${design.id}-${String(k).padStart(3, "0")}-${localeId.toLowerCase()}`;
  const truth: SamplePlan["truth"] = {
    name,
    design: design.id,
    locale: localeId,
    theme,
    scale,
    viewport: { width: viewport.width, height: out.viewportHeight ?? viewport.height },
    capturedAt: capturedAtIso(now, locale.utcOffsetMinutes),
    part: partOf(seed, design.id, k),
    seed,
    document: out.document,
  };
  assertNotInFuture(truth, now);
  return { name, design, locale: localeId, html: out.html, viewport: truth.viewport, truth };
}

/** Transactions happen before the screenshot: a design that dates one later has a bug. */
function assertNotInFuture(truth: SamplePlan["truth"], now: Moment): void {
  const doc = truth.document;
  const dates = doc.kind === "receipt" ? [doc.date] : doc.rows.map((r) => r.date);
  for (const date of dates) {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    const time = doc.kind === "receipt" && doc.time ? doc.time.split(":").map(Number) : [0, 0];
    if (!notAfter({ ymd: { y, m, d }, hm: { h: time[0] ?? 0, min: time[1] ?? 0 } }, now)) {
      throw new Error(`${truth.name}: ${date} is after the capture ${truth.capturedAt}`);
    }
  }
}

/** About `count` samples, the same number per design (rounded up), design by design in id order. */
export function planCorpus(seed: number, count: number, designs: readonly Design[] = DESIGNS): SamplePlan[] {
  if (designs.length === 0) throw new Error("no designs registered");
  const perDesign = Math.ceil(count / designs.length);
  return [...designs]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((design) => Array.from({ length: perDesign }, (_, k) => planSample(seed, design, k)));
}
