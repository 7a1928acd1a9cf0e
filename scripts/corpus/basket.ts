/** Line items for receipts and orders: products drawn from a pool, quantities, line totals. */
import type { DesignContext } from "./design";
import type { Product } from "./merchants";
import { type Money, priceLike } from "./money";

export interface Line {
  name: string;
  qty: number;
  unit: Money;
  /** qty × unit: what the truth's item amount is. */
  total: Money;
}

/** `n` distinct products (fewer when the pool is small), prices jittered ±20 % like real menus. */
export function basket(ctx: DesignContext, pool: readonly Product[], n: number, maxQty = 3): Line[] {
  return ctx.rng.sample(pool, n).map((product) => {
    const qty = ctx.rng.chance(0.7) ? 1 : ctx.rng.int(2, maxQty);
    const jitter = 0.8 + ctx.rng.float() * 0.4;
    const unit = ctx.cash(priceLike(Math.round(product.price * jitter), ctx.locale.currency, true));
    return { name: product.name, qty, unit, total: ctx.cash(unit.minor * qty) };
  });
}

export const sumMinor = (xs: readonly Money[]): number => xs.reduce((s, m) => s + m.minor, 0);
