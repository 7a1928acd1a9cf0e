/**
 * Words of a list row that are not its description: a masked card or account number
 * (`****1234`, `•••• 5521`, `xxxx-0042`), a status chip (`Pending`, `Vorgemerkt`, `승인`,
 * `処理中`) and a currency word left apart from its amount (`EUR`, `원`). Statements and card
 * histories print them beside the payee on the same line; the payee is what is left.
 */
import type { Token } from "./layout";

/** A mask of at least two hiding characters, and the few digits a mask leaves shown. */
const MASK = /^[*•●·＊xX]{2,}(?:[-\s]?[*•●·＊xX]{2,})*[-\s]?$/;
const SHOWN_DIGITS = /^\d{2,4}$/;
const MASKED_NUMBER = /^(?:[*•●·＊xX]{2,}[-\s]?)+\d{2,4}$|^[*＊]\d{3,4}$/;

/**
 * Status chips apps and statements set beside a transaction, lower-cased, in the languages the
 * product reads. A chip is dropped only at the start or end of a row and never when it is all
 * the row says (`Refund` alone names the transaction).
 */
const STATUS_CHIPS: readonly string[] = [
  "pending",
  "completed",
  "complete",
  "declined",
  "refunded",
  "reversed",
  "processing",
  "posted",
  "authorised",
  "authorized",
  "failed",
  "cancelled",
  "canceled",
  "successful",
  "ausstehend",
  "vorgemerkt",
  "gebucht",
  "abgeschlossen",
  "erstattet",
  "abgelehnt",
  "storniert",
  "en attente",
  "en cours",
  "terminé",
  "effectué",
  "refusé",
  "remboursé",
  "annulé",
  "処理中",
  "未確定",
  "確定",
  "完了",
  "取消",
  "返金済み",
  "承認済み",
  "승인",
  "승인취소",
  "취소",
  "완료",
  "대기",
  "처리중",
  "處理中",
  "待處理",
  "已完成",
  "交易成功",
  "已退款",
  "已取消",
];

/**
 * Money-in and money-out markers a bank app sets beside the payee (`입금 홍길동`, `ﾔﾏﾀﾞ ﾀﾛｳ 入金`).
 * They end words too (`振込入金`, `체크카드출금`), so they count only standing apart.
 */
const DIRECTION_MARKERS: readonly string[] = [
  "入金",
  "出金",
  "입금",
  "출금",
  "存入",
  "支出",
  "轉入",
  "轉出",
  "提款",
  "存款",
];

/** Currency codes and words that may stand apart from the amount they belong to. */
const CURRENCY_WORDS: readonly string[] = [
  "usd",
  "eur",
  "gbp",
  "jpy",
  "krw",
  "twd",
  "ntd",
  "sgd",
  "myr",
  "rm",
  "hkd",
  "cny",
  "aud",
  "cad",
  "chf",
  // Hangul words come whole from OCR; a lone 円 or 元 may be the last character of a name.
  "원",
];

/** Longest chip, in OCR words: `en attente` takes two, `交易成功` four (one per character). */
const MAX_CHIP_WORDS = 4;

const squeeze = (text: string) => text.replace(/\s/g, "").toLowerCase();
const CHIPS = new Set(STATUS_CHIPS.map(squeeze));
const CURRENCIES = new Set(CURRENCY_WORDS);
const MARKERS = new Set(DIRECTION_MARKERS);

/** A space between two words, not the touching pieces OCR splits one word into: a fifth of a letter. */
function standsApart(left: Token | undefined, right: Token | undefined): boolean {
  if (!left || !right) return true;
  const height = Math.max(1, left.box.y1 - left.box.y0, right.box.y1 - right.box.y0);
  return right.box.x0 - left.box.x1 >= height * 0.2;
}

/** True when tokens still name something: two letters, or one CJK or Hangul character. */
function hasName(tokens: Token[]): boolean {
  return tokens.some((t) => /\p{L}{2}|[\u3040-\u9fff\uac00-\ud7af]/u.test(t.text));
}

/** The tokens without masked numbers, whether OCR kept the mask and its digits together or not. */
function withoutMaskedNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const text = token.text.trim();
    if (MASKED_NUMBER.test(text)) continue;
    const next = tokens[i + 1];
    if (MASK.test(text) && next && SHOWN_DIGITS.test(next.text.trim())) {
      i++;
      continue;
    }
    out.push(token);
  }
  return out;
}

/** How many tokens at one end of a run form a chip or a currency word (0 when none). */
function noiseAtEnd(tokens: Token[], fromStart: boolean): number {
  for (let n = Math.min(MAX_CHIP_WORDS, tokens.length); n >= 1; n--) {
    const part = fromStart ? tokens.slice(0, n) : tokens.slice(tokens.length - n);
    const text = squeeze(part.map((t) => t.text).join("")).replace(/^[([（【]|[)\]）】]$/g, "");
    if (CHIPS.has(text) || (n === 1 && CURRENCIES.has(text))) return n;
    const apart = fromStart
      ? standsApart(tokens[n - 1], tokens[n])
      : standsApart(tokens[tokens.length - n - 1], tokens[tokens.length - n]);
    if (MARKERS.has(text) && apart) return n;
  }
  return 0;
}

/**
 * A row's description tokens without masked numbers, and without status chips and currency
 * words at either end; the tokens as they were when nothing would be left to name the row.
 */
export function withoutRowNoise(tokens: Token[]): Token[] {
  let kept = withoutMaskedNumbers(tokens);
  for (;;) {
    const head = noiseAtEnd(kept, true);
    const tail = head > 0 ? 0 : noiseAtEnd(kept, false);
    if (head === 0 && tail === 0) break;
    const next = head > 0 ? kept.slice(head) : kept.slice(0, kept.length - tail);
    if (!hasName(next)) break;
    kept = next;
  }
  return hasName(kept) ? kept : tokens;
}
