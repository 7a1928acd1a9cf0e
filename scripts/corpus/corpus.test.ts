import { describe, expect, it } from "vitest";
import { type CorpusTruth, corpusTruthSchema } from "./corpus-truth";
import { dateSpellings, timeSpellings, type Ymd } from "./dates";
import { type CurrencyCode, DECIMALS, numberSpellings } from "./money";
import { htmlText } from "./page-text";
import { planCorpus, planSample } from "./plan";
import { DESIGNS } from "./registry";
import { HELD_OUT_DESIGNS } from "./split";

const SEED = 42;
/** Enough samples for every design to appear at least twice. */
const COUNT = DESIGNS.length * 3;
const plans = planCorpus(SEED, COUNT);

const ymdOf = (iso: string): Ymd => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return { y, m, d };
};

/** Is `amount` (major units) on the page in one of the ways money.ts prints numbers? */
function showsAmount(text: string, amount: number, currency: string): boolean {
  const code = currency as CurrencyCode;
  const minor = Math.round(amount * 10 ** DECIMALS[code]);
  return numberSpellings({ minor, currency: code }).some((s) => text.includes(s));
}

/** Every value of the truth that should be readable on the page, with how to find it. */
function missingValues(truth: Omit<CorpusTruth, "width" | "height">, html: string): string[] {
  const text = htmlText(html);
  const now = ymdOf(truth.capturedAt);
  const missing: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) missing.push(what);
  };
  const hasDate = (iso: string) => dateSpellings(ymdOf(iso), now).some((s) => text.includes(s));
  const doc = truth.document;
  if (doc.kind === "receipt") {
    need(text.includes(doc.merchant), `merchant ${doc.merchant}`);
    need(hasDate(doc.date), `date ${doc.date}`);
    if (doc.time) {
      const [h, min] = doc.time.split(":").map(Number) as [number, number];
      need(
        timeSpellings({ h, min }).some((s) => text.includes(s)),
        `time ${doc.time}`,
      );
    }
    need(showsAmount(text, doc.total, doc.currency), `total ${doc.total}`);
    for (const [key, value] of [
      ["subtotal", doc.subtotal],
      ["tax", doc.tax],
    ] as const) {
      if (value !== null && value > 0) need(showsAmount(text, value, doc.currency), `${key} ${value}`);
    }
    if (doc.paymentMethod) need(text.includes(doc.paymentMethod), `method ${doc.paymentMethod}`);
    if (doc.reference) need(text.includes(doc.reference), `reference ${doc.reference}`);
    if (doc.address) for (const part of doc.address.split(", ")) need(text.includes(part), `address ${part}`);
    for (const item of doc.items) {
      need(text.includes(item.description), `item ${item.description}`);
      need(showsAmount(text, item.amount, doc.currency), `item amount ${item.amount}`);
    }
  } else {
    for (const row of doc.rows) {
      need(text.includes(row.description), `row ${row.description}`);
      need(hasDate(row.date), `row date ${row.date}`);
      need(showsAmount(text, row.amount, doc.currency), `row amount ${row.amount}`);
    }
  }
  return missing;
}

describe("corpus plan", () => {
  it("keeps a design's samples when designs are added or removed", () => {
    const [first, ...others] = DESIGNS;
    if (!first) throw new Error("no designs");
    const alone = planCorpus(SEED, 3, [first]);
    const together = planCorpus(SEED, 3 * DESIGNS.length).filter((p) => p.design.id === first.id);
    expect(together.map((p) => p.html)).toEqual(alone.map((p) => p.html));
    expect(planSample(SEED, first, 1).html).toBe(alone[1]?.html);
    expect(others.length).toBeGreaterThan(0);
  });

  it("is the same for the same seed and differs for another", () => {
    const again = planCorpus(SEED, COUNT);
    expect(again.map((p) => [p.html, p.truth])).toEqual(plans.map((p) => [p.html, p.truth]));
    const other = planCorpus(SEED + 1, COUNT);
    expect(other.map((p) => p.html)).not.toEqual(again.map((p) => p.html));
  });

  it("writes valid truth for every design", () => {
    for (const plan of plans) {
      expect(() => corpusTruthSchema.parse({ ...plan.truth, width: 390, height: 844 }), plan.name).not.toThrow();
    }
    expect(new Set(plans.map((p) => p.design.id))).toEqual(new Set(DESIGNS.map((d) => d.id)));
  });

  it("uses each design's own locales and unique kebab-case ids", () => {
    const ids = DESIGNS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const plan of plans) expect(plan.design.locales).toContain(plan.locale);
  });

  it("holds out registered designs of both kinds", () => {
    const heldOut = DESIGNS.filter((d) => HELD_OUT_DESIGNS.includes(d.id));
    expect(heldOut.map((d) => d.id).sort()).toEqual([...HELD_OUT_DESIGNS].sort());
    expect(new Set(heldOut.map((d) => d.kind))).toEqual(new Set(["receipt", "transaction_list"]));
    expect(DESIGNS.length - heldOut.length).toBeGreaterThanOrEqual(heldOut.length);
  });

  it("never puts a held-out design in the tune part, and splits the others about 65/35", () => {
    const many = planCorpus(SEED, 30 * DESIGNS.length);
    for (const plan of many) {
      if (HELD_OUT_DESIGNS.includes(plan.design.id)) expect(plan.truth.part, plan.name).toBe("report");
    }
    const open = many.filter((p) => !HELD_OUT_DESIGNS.includes(p.design.id));
    const tuneShare = open.filter((p) => p.truth.part === "tune").length / open.length;
    expect(tuneShare).toBeGreaterThan(0.55);
    expect(tuneShare).toBeLessThan(0.75);
  });

  it("shows every truth value on the page", () => {
    for (const plan of plans) expect(missingValues(plan.truth, plan.html), plan.name).toEqual([]);
  });

  it("catches a truth that drifted from the page", () => {
    const plan = plans.find((p) => p.truth.document.kind === "receipt");
    if (plan?.truth.document.kind !== "receipt") throw new Error("no receipt design registered");
    const drifted = { ...plan.truth, document: { ...plan.truth.document, total: plan.truth.document.total + 17 } };
    expect(missingValues(drifted, plan.html)).not.toEqual([]);
  });

  it("dates no transaction after the capture", () => {
    for (const plan of plans) {
      const doc = plan.truth.document;
      const dates = doc.kind === "receipt" ? [doc.date] : doc.rows.map((r) => r.date);
      for (const date of dates) expect(date <= plan.truth.capturedAt.slice(0, 10), plan.name).toBe(true);
    }
  });
});
