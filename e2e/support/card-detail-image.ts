import sharp from "sharp";
import type { TruthReceipt } from "../../scripts/fixtures/truth-schema";

/**
 * A card app's detail page of ONE purchase that shows three dated amounts (purchased, posted,
 * payment due): a layout the local rules take for a list of transactions, though it is one
 * payment. A perfect model reads it as the receipt below; the local guess is only a hint.
 */
export const CARD_DETAIL_TRUTH: TruthReceipt = {
  kind: "receipt",
  merchant: "Sakura Books",
  address: null,
  date: "2026-11-28",
  time: null,
  subtotal: null,
  tax: null,
  rounding: null,
  total: 3480,
  currency: "JPY",
  paymentMethod: "Visa 1234",
  reference: "A7731",
  items: [],
};

export async function cardDetailScreenshot(): Promise<Buffer> {
  const lines = [
    { text: "Purchase details", size: 56, weight: 700 },
    { text: "Sakura Books", size: 52, weight: 700 },
    { text: "2026/11/28    Purchased    ¥3,480", size: 44, weight: 400 },
    { text: "2026/12/10    Posted    ¥3,480", size: 44, weight: 400 },
    { text: "2027/01/27    Payment due    ¥3,480", size: 44, weight: 400 },
    { text: "Card    Visa 1234", size: 44, weight: 400 },
    { text: "Approval    A7731", size: 44, weight: 400 },
  ];
  const body = lines
    .map(
      (line, i) =>
        `<text x="60" y="${140 + i * 120}" font-family="DejaVu Sans, sans-serif" font-size="${line.size}" font-weight="${line.weight}" fill="#111" xml:space="preserve">${line.text}</text>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1170" height="1000"><rect width="1170" height="1000" fill="#fff"/>${body}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
