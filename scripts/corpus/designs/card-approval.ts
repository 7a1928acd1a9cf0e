import { hm24, isoDate, numericDayMonth } from "../dates";
import type { Design } from "../design";
import { esc, kv, palette, reference, screen } from "../kit";
import type { LocaleId } from "../locales";
import { MERCHANTS } from "../merchants";
import { major } from "../money";

const ISSUERS: Record<LocaleId, readonly string[]> = {
  "en-US": ["Chase Sapphire", "Capital One", "Amex Gold", "Citi Double Cash"],
  "en-GB": ["Barclaycard", "Amex", "Monzo"],
  "en-MY": ["Maybank Visa", "CIMB Mastercard", "Public Bank Visa"],
  "en-SG": ["DBS Live Fresh", "OCBC 365", "UOB One"],
  "ja-JP": ["三井住友カード", "楽天カード", "JCBカード", "イオンカード"],
  "de-DE": ["Sparkasse Mastercard", "DKB Visa", "Amex"],
  "fr-FR": ["Carte Visa Premier", "Boursorama Ultim", "Mastercard Gold"],
  "ko-KR": ["신한카드", "KB국민카드", "현대카드", "삼성카드"],
  "zh-TW": ["國泰世華CUBE卡", "台新@GoGo卡", "玉山Pi卡"],
};

const W: Record<
  string,
  { approved: string; title: string; card: string; plan: string; once: string; month: string; code: string }
> = {
  en: {
    approved: "Approved",
    title: "Card purchase",
    card: "Card",
    plan: "Type",
    once: "One-time payment",
    month: "Spent this month",
    code: "Auth code",
  },
  de: {
    approved: "Genehmigt",
    title: "Kartenzahlung",
    card: "Karte",
    plan: "Art",
    once: "Einmalzahlung",
    month: "Ausgaben diesen Monat",
    code: "Autorisierungscode",
  },
  fr: {
    approved: "Autorisé",
    title: "Paiement par carte",
    card: "Carte",
    plan: "Type",
    once: "Paiement comptant",
    month: "Dépenses du mois",
    code: "Code d'autorisation",
  },
  ja: {
    approved: "承認",
    title: "カードご利用のお知らせ",
    card: "カード",
    plan: "支払区分",
    once: "1回払い",
    month: "今月のご利用額",
    code: "承認番号",
  },
  ko: {
    approved: "승인",
    title: "카드 승인 알림",
    card: "카드",
    plan: "할부",
    once: "일시불",
    month: "이번 달 누적",
    code: "승인번호",
  },
  zh: {
    approved: "核准",
    title: "刷卡消費通知",
    card: "卡片",
    plan: "付款方式",
    once: "一次付清",
    month: "本月累計消費",
    code: "授權碼",
  },
};

/**
 * A card issuer's purchase-approval detail, under the push notification that opened it: the
 * notification repeats merchant and amount in short form; the screen adds date, time, card,
 * one-time/instalment, an authorisation code and this month's spending (a distractor amount).
 * Japanese issuers may show the merchant as the statement's half-width kana.
 */
export const cardApproval: Design = {
  id: "card-approval",
  family: "card-approval",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const w = W[ctx.lang] ?? W.en;
    if (!w) throw new Error("no wording");
    const p = palette(ctx.dark, rng.pick(["#0b3d91", "#1f2937", "#b91c1c", "#047857", "#7c3aed"]));
    const issuer = rng.pick(ISSUERS[ctx.locale.id]);
    const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
    const shown = merchant.statement && rng.chance(0.5) ? merchant.statement : merchant.name;
    const total = ctx.amount(rng.chance(0.7) ? "everyday" : "large", rng.chance(0.5));
    const when = ctx.pastMoment(rng.chance(0.7) ? 0 : 2);
    const card = `${issuer} ${rng.pick(["•••• ", "**** ", "(", "末尾"])}${rng.digits(4)}`.replace(/\((\d{4})$/, "($1)");
    const code = reference(ctx, "999999");
    const month = ctx.cash(total.minor + ctx.amount("large").minor * rng.int(1, 4));
    const notification = rng.chance(0.7);
    const ago = rng.pick(["now", "2m", "5m"]);
    const shortDate = numericDayMonth(when.ymd, ctx.locale.numericOrder);
    const css = `
.note { margin: 4px 10px 10px; background:${ctx.dark ? "#2a2a30ee" : "#ffffffee"}; border-radius: 18px; padding: 10px 14px; box-shadow: 0 2px 10px #0003; font-size: 13px; }
.note .h { display:flex; justify-content:space-between; color:${p.sub}; font-size: 12px; margin-bottom: 2px; }
.note b { display:block; }
.hero { background:${p.accent}; color:#fff; margin: 0 16px; border-radius: 18px; padding: 18px; }
.hero .st { display:inline-block; background:#ffffff33; border-radius: 999px; padding: 2px 10px; font-size: 12px; font-weight: 700; }
.hero .m { margin-top: 10px; font-size: 17px; font-weight: 700; }
.hero .a { font-size: 34px; font-weight: 800; margin-top: 2px; }
.box { margin: 12px 16px; background:${p.card}; border-radius: 14px; padding: 2px 16px; }
.kv { display:flex; justify-content:space-between; padding: 12px 0; gap: 14px; font-size: 14px; }
.kv + .kv { border-top: 1px solid ${p.sep}; }
.kv .k { color:${p.sub}; }
.kv .v { text-align:right; }
.month { margin: 0 16px; font-size: 13px; color:${p.sub}; display:flex; justify-content:space-between; }
`;
    const body = `
${
  notification
    ? `<div class="note"><div class="h"><span>${esc(issuer)}</span><span>${esc(ago)}</span></div>
<b>${esc(w.title)}</b>${esc(`${shown} ${ctx.fmt(total)} ${w.approved} ${shortDate}`)}</div>`
    : ""
}
<div style="padding: 6px 16px 10px; font-size: 19px; font-weight: 700">${esc(ctx.label("details"))}</div>
<div class="hero"><span class="st">${esc(w.approved)}</span><div class="m">${esc(shown)}</div><div class="a num">${esc(ctx.fmt(total))}</div></div>
<div class="box">
${kv(ctx.label("date"), `<span class="num">${esc(ctx.dateFormat(when.ymd))} ${esc(ctx.timeFormat(when.hm))}</span>`)}
${kv(w.card, esc(card))}
${kv(w.plan, esc(w.once))}
${kv(w.code, `<span class="num">${esc(code)}</span>`)}
</div>
<div class="month"><span>${esc(w.month)}</span><span class="num">${esc(ctx.fmt(month))}</span></div>
<div class="grow"></div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: 15 }),
      document: {
        kind: "receipt",
        merchant: shown,
        address: null,
        date: isoDate(when.ymd),
        time: hm24(when.hm),
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(total),
        currency: total.currency,
        paymentMethod: card,
        reference: code,
        items: [],
      },
    };
  },
};
