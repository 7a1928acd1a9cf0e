import type { JobSummary } from "@/lib/review/schema";

/**
 * Whether two receipts record the same payment: the same date, the same total in the same
 * currency, and merchants that read alike. Another photo of one paper receipt, or a screenshot
 * of the app beside a photo of the slip, reads the merchant a little differently each time
 * (OCR, a legal suffix, accents), so the name is compared loosely and the numbers exactly.
 */
export function sameTransaction(a: JobSummary, b: JobSummary): boolean {
  if (a.kind !== "receipt" || b.kind !== "receipt") return false;
  if (a.date === null || a.date !== b.date) return false;
  if (a.total === null || b.total === null || Math.abs(a.total - b.total) >= 0.005) return false;
  if (a.currency !== b.currency) return false;
  return similarMerchants(a.merchant, b.merchant);
}

/** Two bigram sets share at least this share of their bigrams (Sørensen–Dice). */
export const MERCHANT_SIMILARITY = 0.6;

/** Whether two merchant names, normalised, are one contained in the other or share most bigrams. */
export function similarMerchants(a: string | null, b: string | null): boolean {
  const left = normaliseMerchant(a ?? "");
  const right = normaliseMerchant(b ?? "");
  // Two receipts without a name agree on nothing that tells them apart from two real payments.
  if (left === "" || right === "") return false;
  if (left === right) return true;
  const shorter = left.length < right.length ? left : right;
  const longer = shorter === left ? right : left;
  if ([...shorter].length >= 3 && longer.includes(shorter)) return true;
  return dice(left, right) >= MERCHANT_SIMILARITY;
}

// Legal forms say nothing about which shop it was; OCR keeps or drops them at random.
const LEGAL_FORMS =
  /\b(sdn\s*bhd|bhd|inc|ltd|llc|plc|corp|corporation|co|company|gmbh|ag|sa|sas|sarl|kk|pte|limited)\b\.?|株式会社|有限会社|\(株\)|㈱|주식회사|\(주\)|有限公司|股份/g;

/** Lower case, accents and width folded, legal forms and everything but letters and digits dropped. */
export function normaliseMerchant(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .replace(LEGAL_FORMS, " ")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => `${chars[i]}${char}`);
}

function dice(a: string, b: string): number {
  const left = bigrams(a);
  const counts = new Map<string, number>();
  for (const gram of bigrams(b)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + bigrams(b).length);
}
