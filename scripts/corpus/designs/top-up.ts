import { hm24, isoDate } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, reference, screen } from "../kit";
import type { LocaleId } from "../locales";
import { major } from "../money";

const CARDS: Record<LocaleId, readonly { card: string; accent: string; source: readonly string[] }[]> = {
  "en-US": [{ card: "Starbucks Card", accent: "#00704a", source: ["Visa ••4242", "Apple Pay"] }],
  "en-GB": [{ card: "Oyster", accent: "#0019a8", source: ["Mastercard ••1881", "Apple Pay"] }],
  "en-MY": [{ card: "Touch 'n Go eWallet", accent: "#005abb", source: ["Maybank Online Banking", "Visa ••4242"] }],
  "en-SG": [{ card: "EZ-Link", accent: "#7ab648", source: ["NETS", "Visa ••4242"] }],
  "ja-JP": [
    { card: "モバイルSuica", accent: "#2e8b57", source: ["ビューカード", "Apple Pay"] },
    { card: "PASMO", accent: "#e4007f", source: ["クレジットカード"] },
    { card: "PayPay", accent: "#ff0033", source: ["銀行口座", "セブン銀行ATM"] },
  ],
  "de-DE": [{ card: "PayPal", accent: "#003087", source: ["Girokonto", "SEPA-Lastschrift"] }],
  "fr-FR": [{ card: "Navigo Easy", accent: "#0a6fb4", source: ["Carte Bancaire"] }],
  "ko-KR": [
    { card: "티머니", accent: "#ff6f00", source: ["신한카드", "계좌이체"] },
    { card: "카카오페이머니", accent: "#fee500", source: ["카카오뱅크"] },
  ],
  "zh-TW": [
    { card: "悠遊卡", accent: "#0f6cbd", source: ["信用卡", "銀行帳戶"] },
    { card: "一卡通", accent: "#00a0e9", source: ["LINE Pay"] },
  ],
};

const W: Record<string, { done: string; amount: string; newBalance: string; bonus: string }> = {
  en: { done: "Top-up successful", amount: "Top-up amount", newBalance: "New balance", bonus: "Bonus" },
  de: { done: "Aufladung erfolgreich", amount: "Aufgeladen", newBalance: "Neues Guthaben", bonus: "Bonus" },
  fr: { done: "Rechargement effectué", amount: "Montant rechargé", newBalance: "Nouveau solde", bonus: "Bonus" },
  ja: { done: "チャージが完了しました", amount: "チャージ金額", newBalance: "チャージ後残高", bonus: "特典" },
  ko: { done: "충전 완료", amount: "충전 금액", newBalance: "충전 후 잔액", bonus: "보너스" },
  zh: { done: "儲值成功", amount: "儲值金額", newBalance: "儲值後餘額", bonus: "加碼回饋" },
};

/** Top-ups come in round amounts. */
const STEPS: Record<string, readonly number[]> = {
  USD: [1000, 2000, 2500, 5000],
  GBP: [1000, 2000, 3000],
  EUR: [1000, 2000, 5000],
  JPY: [1000, 3000, 5000, 10000],
  MYR: [1000, 2000, 5000, 10000],
  SGD: [1000, 2000, 5000],
  KRW: [10000, 30000, 50000, 100000],
  TWD: [100, 500, 1000],
};

/**
 * An e-money or transit card top-up: the card's name and colour, the amount charged in big
 * type, the balance after (larger, a distractor), a bonus, the funding source, the time and a
 * transaction number. The "merchant" is the card or wallet topped up, as shown.
 */
export const topUp: Design = {
  id: "top-up",
  family: "top-up",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const card = rng.pick(CARDS[ctx.locale.id]);
    const onAccent = card.accent === "#fee500" ? "#191919" : "#ffffff";
    const p = palette(ctx.dark, card.accent);
    const w = W[ctx.lang] ?? W.en;
    if (!w) throw new Error("no wording");
    const amount = ctx.cash(rng.pick(STEPS[ctx.locale.currency] ?? [1000]));
    const after = ctx.cash(amount.minor + ctx.amount("everyday").minor);
    const source = rng.pick(card.source);
    const when = ctx.pastMoment(rng.chance(0.7) ? 0 : 3);
    const ref = rng.chance(0.75) ? reference(ctx, rng.pick(["9999999999999", "TU-99999999", "A9A9A9A9A9"])) : null;
    const showTime = rng.chance(0.85);
    const bonus = rng.chance(0.3) ? ctx.cash(Math.round(amount.minor * 0.02)) : null;
    const row = (k: string, v: string) =>
      `<div class="kv"><span class="k">${esc(k)}</span><span class="v">${v}</span></div>`;
    const css = `
.hd { display:flex; justify-content:space-between; align-items:center; padding: 6px 16px; }
.plastic { margin: 10px auto 0; width: 230px; height: 140px; border-radius: 14px; background: linear-gradient(135deg, ${card.accent}, ${card.accent}aa); color:${onAccent};
  padding: 14px; display:flex; flex-direction:column; justify-content:space-between; font-weight: 800; font-size: 18px; }
.plastic small { font-size: 12px; font-weight: 600; opacity: .85; }
.done { text-align:center; margin-top: 18px; font-weight: 700; font-size: 18px; }
.amt { text-align:center; font-size: ${rng.pick([38, 44])}px; font-weight: 800; margin: 6px 0 14px; }
.box { background:${p.card}; margin: 0 16px; border-radius: 12px; padding: 4px 14px; }
.kv { display:flex; justify-content:space-between; gap: 12px; padding: 11px 0; font-size: 14px; }
.kv + .kv { border-top: 1px solid ${p.sep}; }
.kv .k { color:${p.sub}; }
.btn { margin: 16px; height: 48px; border-radius: 12px; background:${card.accent}; color:${onAccent}; display:flex; align-items:center; justify-content:center; font-weight: 700; }
`;
    const body = `
<div class="hd">${icon.close(p.text)}${icon.share(p.text)}</div>
<div class="plastic"><span>${esc(card.card)}</span><small class="num">${esc(w.newBalance)} ${esc(ctx.fmt(after))}</small></div>
<div class="done">${esc(w.done)}</div>
<div class="amt num">${esc(ctx.fmtSigned(amount, rng.chance(0.4) ? "plus" : "none"))}</div>
<div class="box">
${row(w.amount, `<span class="num">${esc(ctx.fmt(amount))}</span>`)}
${row(ctx.label("paymentMethod"), esc(source))}
${row(ctx.label("date"), `<span class="num">${esc(ctx.dateFormat(when.ymd))}${showTime ? ` ${esc(ctx.timeFormat(when.hm))}` : ""}</span>`)}
${bonus && bonus.minor > 0 ? row(w.bonus, `<span class="num">${esc(ctx.fmt(bonus))}</span>`) : ""}
${ref ? row(ctx.label("reference"), `<span class="num">${esc(ref)}</span>`) : ""}
</div>
<div class="grow"></div>
<div class="btn">${esc(ctx.label("done"))}</div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: 15 }),
      document: {
        kind: "receipt",
        merchant: card.card,
        address: null,
        date: isoDate(when.ymd),
        time: showTime ? hm24(when.hm) : null,
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(amount),
        currency: amount.currency,
        paymentMethod: source,
        reference: ref,
        items: [],
      },
    };
  },
};
