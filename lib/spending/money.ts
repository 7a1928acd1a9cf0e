/**
 * Sums of money in a currency's minor unit (cents, or whole yen), so that adding a hundred
 * 0.10 amounts gives exactly 10.00 and the chart shows what the rows add up to.
 */
export function minorDigits(currency: string | null): number {
  if (!currency) return 2;
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // Not an ISO 4217 code (an extractor's guess that verification kept): two decimals.
    return 2;
  }
}

export const toMinor = (amount: number, digits: number) => Math.round(amount * 10 ** digits);
export const fromMinor = (minor: number, digits: number) => minor / 10 ** digits;
