/**
 * The labels of a receipt's summary amounts, as data: each phrase names the role of the amount
 * beside it and how much that says. Where several phrases of a label match, the heaviest wins,
 * then the longest: `TOTAL GST` is tax (the tax phrase outweighs a bare `total`), `TOTAL SALES
 * (INCLUSIVE OF GST)` is the total (an inclusive phrase outweighs `gst`), `TOTAL QTY` is a count.
 * Weights were set on the SROIE tuning part and the screenshot fixtures (bench/receipts.ts).
 */
import { findWord } from "./keywords";
import { TOTAL_LABELS } from "./lexicon";

/** What an amount on a receipt is. `other` is anything that must never be taken as the total. */
export type AmountRole = "total" | "subtotal" | "tax" | "rounding" | "tendered" | "change" | "other";

export type AmountLabel = readonly [phrase: string, role: AmountRole, weight: number];

/** A rounded or final total, which includes every adjustment: the strongest total labels. */
const FINAL_TOTAL = [
  "rounded total",
  "total rounded",
  "total (rounded)",
  "rounded amount",
  "nett total",
  "net total",
  "nett amount",
  "net amount",
  "total payable",
  "amount payable",
  "net payable",
  "total inclusive",
  "inclusive of gst",
  "inclusive gst",
  "incl. gst",
  "incl gst",
  "inc. gst",
  "inc gst",
  "including gst",
  "gst inclusive",
  "incl. tax",
  "including tax",
  "tax included",
  "total incl",
  "total amt",
  "total sales",
  "total (rm)",
  "total rm",
  "total amount due",
  "grand total",
  "gesamtbetrag",
  "gesamtsumme",
  "montant total",
  "total ttc",
  "à payer",
  "summe",
  "합계",
  "결제금액",
  "총액",
] as const;

const SUBTOTAL = [
  "subtotal",
  "sub total",
  "sub-total",
  "sub ttl",
  "excluding gst",
  "excl. gst",
  "excl gst",
  "exclusive of gst",
  "exclusive gst",
  "excluded gst",
  "exc gst",
  "before gst",
  "before tax",
  "total excl",
  "zwischensumme",
  "sous-total",
  "total ht",
  "小計",
] as const;

const TAX = [
  "tax",
  "taxes",
  "gst",
  "sst",
  "vat",
  "total gst",
  "total tax",
  "gst amount",
  "gst amt",
  "tax amount",
  "service tax",
  "sales tax",
  "tva",
  "mwst",
  "ust",
  "消費税",
  "内税",
  "外税",
  "税額",
  "부가세",
] as const;

const ROUNDING = [
  "rounding",
  "rounding adj",
  "rounding adjustment",
  "round adj",
  "round off",
  "rounding off",
  "adjustment",
  "adj",
  "rnd",
] as const;

const TENDERED = [
  "cash",
  "tendered",
  "cash tendered",
  "cash received",
  "received",
  "paid",
  "payment",
  "visa",
  "mastercard",
  "master",
  "credit card",
  "credit",
  "debit",
  "card",
  "お預り",
  "お預かり",
  "預り",
  "預かり",
] as const;

const CHANGE = ["change", "change due", "balance", "お釣り", "お釣", "おつり", "釣銭", "釣り銭"] as const;

/** Counts, savings and loyalty lines: never the total, whatever else they say. */
const OTHER = [
  "qty",
  "total qty",
  "total quantity",
  "quantity",
  "total items",
  "total item",
  "item(s)",
  "items",
  "no. of items",
  "no of items",
  "pcs",
  "discount",
  "total discount",
  "you saved",
  "saving",
  "savings",
  "points",
  "point",
  "coupon",
  "voucher",
  "promo",
  "ポイント",
  "クーポン",
  "プレゼント",
  "キャンペーン",
  "キャッシュバック",
  "還元",
  "紹介",
  "cashback",
  "cash back",
  "reward",
  "rewards",
  "bonus",
  "off",
  "割引",
  "値引",
  "残高",
  "available",
  "remaining",
] as const;

/** Every phrase with its role and weight; the app's generic total labels come from the lexicon. */
export const AMOUNT_LABELS: readonly AmountLabel[] = [
  ...TOTAL_LABELS.map(([phrase, weight]): AmountLabel => [phrase, "total", weight]),
  ...FINAL_TOTAL.map((p): AmountLabel => [p, "total", 6]),
  ...SUBTOTAL.map((p): AmountLabel => [p, "subtotal", 7]),
  // The sum of the items is the subtotal, outweighing the count word `items`.
  ...[
    "items total",
    "item total",
    "total items amount",
    "warenwert",
    "merchandise total",
    "montant des articles",
    "商品金額",
    "商品合計",
    "商品小計",
    "상품금액",
    "상품 금액",
  ].map((p): AmountLabel => [p, "subtotal", 8]),
  ...TAX.map((p): AmountLabel => [p, "tax", 5]),
  ...ROUNDING.map((p): AmountLabel => [p, "rounding", 7]),
  // After the adjustment: the final total, outweighing the `adj` it names.
  ...["total after adj", "after adj", "after rounding", "total after rounding"].map(
    (p): AmountLabel => [p, "total", 8],
  ),
  ...TENDERED.map((p): AmountLabel => [p, "tendered", 5]),
  ...CHANGE.map((p): AmountLabel => [p, "change", 6]),
  ...OTHER.map((p): AmountLabel => [p, "other", 7]),
];

/**
 * A header that starts the tax breakdown table printed under the total (`GST SUMMARY`, `TAX
 * CODE`): its own `TOTAL` line sums the taxable amounts, not the payment.
 */
export const TAX_SUMMARY_HEADER = /\b(?:gst|tax|vat|sst) ?summary\b|\btax ?code\b|\bgst ?analysis\b|税率別/i;

/** The role a label gives its amount, with the weight and length of the phrase that decided. */
export interface LabelRole {
  role: AmountRole;
  weight: number;
  phrase: string;
}

/** The role of a label text: its heaviest matching phrase, the longest of equals; null if none. */
export function classifyAmountLabel(label: string): LabelRole | null {
  let best: LabelRole | null = null;
  for (const [phrase, role, weight] of AMOUNT_LABELS) {
    if (!findWord(label, phrase)) continue;
    if (!best || weight > best.weight || (weight === best.weight && phrase.length > best.phrase.length)) {
      best = { role, weight, phrase };
    }
  }
  return best;
}
