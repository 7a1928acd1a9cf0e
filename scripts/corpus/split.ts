/**
 * The tune/report split. Four whole designs are held out (report only), one from each family a
 * rule-based extractor is most tempted to overfit on: a transaction list, a person-to-person
 * transfer, an order with items, a card approval. They are named here rather than drawn, so that
 * the held-out set stays the same for every seed and as designs are added: tuning never sees
 * them. Every other sample goes to tune or report by a hash of the seed, its design and its number, ~65/35.
 */
import type { Part } from "./corpus-truth";
import { hash32, Rng } from "./prng";

export const HELD_OUT_DESIGNS: readonly string[] = ["bank-statement", "p2p-send", "delivery-order", "card-approval"];

export const REPORT_SHARE = 0.35;

export function partOf(seed: number, design: string, k: number): Part {
  if (HELD_OUT_DESIGNS.includes(design)) return "report";
  return new Rng(hash32(`split:${seed}:${design}:${k}`)).chance(REPORT_SHARE) ? "report" : "tune";
}
