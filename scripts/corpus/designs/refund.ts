import { addDays, hm24, isoDate } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, reference, screen } from "../kit";
import type { Language } from "../locales";
import { MERCHANTS } from "../merchants";
import { major } from "../money";

const W: Record<
  Language,
  {
    title: string;
    refunded: string;
    original: string;
    processed: string;
    to: string;
    reason: string;
    reasons: readonly string[];
    note: string;
  }
> = {
  en: {
    title: "Refund",
    refunded: "Refund issued",
    original: "Original payment",
    processed: "Refunded on",
    to: "Refunded to",
    reason: "Reason",
    reasons: ["Item returned", "Order cancelled", "Damaged item"],
    note: "It may take 3–5 business days to appear on your statement.",
  },
  de: {
    title: "Erstattung",
    refunded: "Erstattung veranlasst",
    original: "Ursprüngliche Zahlung",
    processed: "Erstattet am",
    to: "Erstattet auf",
    reason: "Grund",
    reasons: ["Rücksendung", "Bestellung storniert"],
    note: "Die Gutschrift kann 3–5 Werktage dauern.",
  },
  fr: {
    title: "Remboursement",
    refunded: "Remboursement effectué",
    original: "Paiement initial",
    processed: "Remboursé le",
    to: "Remboursé sur",
    reason: "Motif",
    reasons: ["Article retourné", "Commande annulée"],
    note: "Le crédit peut prendre 3 à 5 jours ouvrés.",
  },
  ja: {
    title: "返金",
    refunded: "返金が完了しました",
    original: "元のお支払い",
    processed: "返金日時",
    to: "返金先",
    reason: "理由",
    reasons: ["返品", "注文キャンセル", "商品不良"],
    note: "カード会社により反映まで数日かかる場合があります。",
  },
  ko: {
    title: "환불",
    refunded: "환불이 완료되었어요",
    original: "원결제",
    processed: "환불일시",
    to: "환불 수단",
    reason: "사유",
    reasons: ["반품", "주문 취소"],
    note: "카드사 사정에 따라 3~5영업일이 걸릴 수 있습니다.",
  },
  zh: {
    title: "退款",
    refunded: "退款成功",
    original: "原始交易",
    processed: "退款時間",
    to: "退款至",
    reason: "原因",
    reasons: ["退貨", "訂單取消"],
    note: "款項可能需要3至5個工作天入帳。",
  },
};

/**
 * A refund confirmation: the refunded amount with a plus sign or in green, the shop, the date of
 * the original payment (and often its amount, larger for a partial refund) beside the refund's
 * own date and time, where the money goes, a reason. The truth is the refund: its date, its amount.
 */
export const refund: Design = {
  id: "refund",
  family: "refund",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const w = W[ctx.lang];
    const p = palette(ctx.dark, rng.pick(["#0f766e", "#2563eb", "#9333ea", "#ea580c"]));
    const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
    const original = ctx.amount("everyday");
    const partial = rng.chance(0.35);
    const amount = partial ? ctx.cash(Math.max(1, Math.round(original.minor * rng.pick([0.25, 0.5, 0.4])))) : original;
    const when = ctx.pastMoment(5);
    const paidOn = addDays(when.ymd, -rng.int(1, 20));
    const method = rng.pick(["Visa •••• 4242", "Mastercard •••• 1881", "PayPal", "Apple Pay"]);
    const ref = rng.chance(0.7) ? reference(ctx, rng.pick(["RF99999999", "9999-9999-99", "R-AAA999999"])) : null;
    const plus = rng.chance(0.5);
    const row = (k: string, v: string) =>
      `<div class="kv"><span class="k">${esc(k)}</span><span class="v">${v}</span></div>`;
    const css = `
.top { display:flex; align-items:center; gap: 10px; padding: 6px 16px 8px; font-weight: 700; font-size: 17px; }
.hero { text-align:center; padding: 18px 16px 20px; }
.hero .b { display:inline-block; padding: 3px 12px; border-radius: 999px; background:${p.positive}22; color:${p.positive}; font-weight: 700; font-size: 13px; }
.hero .a { font-size: ${rng.pick([36, 40, 44])}px; font-weight: 800; color:${p.positive}; margin-top: 10px; }
.hero .m { color:${p.sub}; margin-top: 4px; }
.box { background:${p.card}; margin: 0 16px 12px; border-radius: 12px; padding: 4px 14px; }
.kv { display:flex; justify-content:space-between; gap: 12px; padding: 11px 0; font-size: 14px; }
.kv + .kv { border-top: 1px solid ${p.sep}; }
.kv .k { color:${p.sub}; }
.kv .v { text-align:right; }
.note { margin: 0 20px; font-size: 12px; color:${p.sub}; }
`;
    const body = `
<div class="top">${icon.chevronLeft(p.text)}<span>${esc(w.title)}</span></div>
<div class="hero"><span class="b">${esc(w.refunded)}</span>
<div class="a num">${esc(ctx.fmtSigned(amount, plus ? "plus" : "none"))}</div>
<div class="m">${esc(merchant.name)}</div></div>
<div class="box">
${row(w.processed, `<span class="num">${esc(ctx.dateFormat(when.ymd))} ${esc(ctx.timeFormat(when.hm))}</span>`)}
${row(w.to, esc(method))}
${rng.chance(0.6) ? row(w.reason, esc(rng.pick(w.reasons))) : ""}
${ref ? row(ctx.label("reference"), `<span class="num">${esc(ref)}</span>`) : ""}
</div>
<div class="box">
${row(w.original, `<span class="num">${esc(ctx.dateFormat(paidOn))}</span>`)}
${partial || rng.chance(0.5) ? row(ctx.label("amount"), `<span class="num">${esc(ctx.fmt(original))}</span>`) : ""}
</div>
<div class="note">${esc(w.note)}</div>
<div class="grow"></div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: 15 }),
      document: {
        kind: "receipt",
        merchant: merchant.name,
        address: null,
        date: isoDate(when.ymd),
        time: hm24(when.hm),
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(amount),
        currency: amount.currency,
        paymentMethod: method,
        reference: ref,
        items: [],
      },
    };
  },
};
