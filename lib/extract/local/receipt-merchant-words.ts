/**
 * Receipt-side words for finding the merchant, beside the shared lexicon: labels whose value
 * names the payee (a transfer's recipient, a shop in another language) and status titles a
 * payment or refund screen shows above the name (`Remboursement`, `返金が完了しました`).
 * Collected from the screenshot corpus's tuning part (bench/support/screen-corpus.ts).
 */
import { MERCHANT_LABELS, SUCCESS_WORDS } from "./lexicon";

/** Labels whose value is who was paid. */
export const PAYEE_LABELS: readonly string[] = [
  ...MERCHANT_LABELS,
  "recipient",
  "payee name",
  "beneficiary",
  "empfänger",
  "händler",
  "geschäft",
  "bénéficiaire",
  "commerçant",
  "magasin",
  "받는 분",
  "받는분",
  "가맹점",
  "受取人",
  "振込先",
  "收款人",
  "商店",
];

/** Status titles: the merchant is below them, never them. */
export const STATUS_WORDS: readonly string[] = [
  ...SUCCESS_WORDS,
  "refund",
  "refunded",
  "refund complete",
  "remboursement",
  "remboursé",
  "erstattung",
  "rückerstattung",
  "erstattet",
  "환불",
  "返金",
  "退款",
  "受け付けました",
  "完了しました",
  "완료",
  "transfer sent",
  "virement effectué",
  "überweisung gesendet",
];
