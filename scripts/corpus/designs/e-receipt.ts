import { basket, sumMinor } from "../basket";
import { hm24, isoDate, numericDate } from "../dates";
import type { Design, DesignContext } from "../design";
import { esc, palette, reference, screen } from "../kit";
import { ADDRESSES, FOOD, GOODS, MERCHANTS } from "../merchants";
import { type Money, major } from "../money";

/** How tax shows on a receipt in each market: added on top, or included in the prices. */
interface TaxRule {
  rate: number;
  included: boolean;
  label: string;
  /** Cash totals round to 5 sen (Malaysia). */
  roundTo5?: boolean;
}

function taxRule(ctx: DesignContext): TaxRule {
  const r = ctx.rng;
  switch (ctx.locale.id) {
    case "en-US":
      return { rate: r.pick([0.0725, 0.08875, 0.1025, 0.06]), included: false, label: "Sales Tax" };
    case "en-GB":
      return { rate: 0.2, included: true, label: "VAT 20% incl." };
    case "en-MY":
      return { rate: 0.06, included: false, label: "SST 6%", roundTo5: true };
    case "en-SG":
      return { rate: 0.09, included: false, label: "GST 9%" };
    case "ja-JP":
      return r.chance(0.6)
        ? { rate: 0.1, included: true, label: "(内消費税等 10%)" }
        : { rate: 0.08, included: false, label: "消費税(8%)" };
    case "de-DE":
      return { rate: r.pick([0.19, 0.07]), included: true, label: "enth. MwSt." };
    case "fr-FR":
      return { rate: r.pick([0.2, 0.1]), included: true, label: "dont TVA" };
    case "ko-KR":
      return { rate: 0.1, included: true, label: "부가세" };
    case "zh-TW":
      return { rate: 0.05, included: true, label: "營業稅" };
  }
}

const HEAD: Record<string, { receipt: string; thanks: string; qty: string; card: readonly string[] }> = {
  en: {
    receipt: "E-RECEIPT",
    thanks: "Thank you for shopping with us!",
    qty: "x",
    card: ["VISA ****4242", "MASTERCARD ****1881", "CASH", "DEBIT ****0093"],
  },
  de: {
    receipt: "KASSENBON",
    thanks: "Vielen Dank für Ihren Einkauf!",
    qty: "x",
    card: ["Girocard", "VISA ****4242", "BAR"],
  },
  fr: {
    receipt: "TICKET DE CAISSE",
    thanks: "Merci de votre visite !",
    qty: "x",
    card: ["CB ****4242", "ESPECES", "VISA ****1881"],
  },
  ja: {
    receipt: "領収書",
    thanks: "ご来店ありがとうございました",
    qty: "点",
    card: ["クレジット", "現金", "交通系IC", "PayPay"],
  },
  ko: { receipt: "전자영수증", thanks: "이용해 주셔서 감사합니다", qty: "개", card: ["신용카드", "현금", "체크카드"] },
  zh: { receipt: "電子發票證明聯", thanks: "謝謝光臨", qty: "x", card: ["信用卡", "現金", "悠遊卡"] },
};

const TOTAL_WORD: Record<string, string> = {
  en: "TOTAL",
  de: "SUMME",
  fr: "TOTAL",
  ja: "合計",
  ko: "합계",
  zh: "總計",
};

/**
 * A store's e-receipt in the app (paper-receipt look, monospace or serif): store, address, date
 * and time, items with quantities, subtotal, tax added or included, a Malaysian rounding line,
 * total, tender, receipt number.
 */
export const eReceipt: Design = {
  id: "e-receipt",
  family: "e-receipt",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const p = palette(ctx.dark, rng.pick(["#111827", "#0f766e", "#7c2d12"]));
    const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
    const addressLines = rng.chance(0.85) ? rng.pick(ADDRESSES[ctx.locale.id]) : null;
    const when = ctx.pastMoment(20);
    const lines = basket(ctx, rng.chance(0.5) ? FOOD[ctx.locale.id] : GOODS[ctx.locale.id], rng.int(2, 5));
    const rule = taxRule(ctx);
    const subtotalMinor = sumMinor(lines.map((l) => l.total));
    const taxMinor = rule.included
      ? Math.round(subtotalMinor - subtotalMinor / (1 + rule.rate))
      : Math.round(subtotalMinor * rule.rate);
    const beforeRounding = rule.included ? subtotalMinor : subtotalMinor + taxMinor;
    const totalMinor = rule.roundTo5 ? Math.round(beforeRounding / 5) * 5 : beforeRounding;
    const roundingMinor = totalMinor - beforeRounding;
    const showSubtotal = !rule.included || rng.chance(0.5);
    const showTax = rng.chance(0.85);
    const h = HEAD[ctx.lang] ?? HEAD.en;
    if (!h) throw new Error("no receipt wording");
    const tender = rng.pick(h.card);
    const receiptNo = reference(ctx, rng.pick(["9999-999-99999", "R99999999", "No.9999 999"]));
    const money = (m: Money) => esc(ctx.fmt(m));
    const signed = (minor: number) => esc(ctx.fmtSigned(ctx.cash(Math.abs(minor)), minor < 0 ? "minus" : "none"));
    const row = (k: string, v: string, cls = "") =>
      `<div class="r ${cls}"><span>${k}</span><span class="num">${v}</span></div>`;
    const date = rng.chance(0.5) ? numericDate(when.ymd, ctx.locale.numericOrder) : ctx.dateFormat(when.ymd);
    const font = rng.chance(0.6) ? ctx.locale.font.mono : ctx.locale.font.serif;
    const css = `
.paper { background: ${ctx.dark ? "#1f1f24" : "#fffdf8"}; margin: 12px ${rng.pick([12, 16, 20])}px; padding: 20px 18px; border-radius: 6px;
  box-shadow: 0 1px 4px #0002; font-family: ${font}; font-size: ${rng.pick([13, 14, 15])}px; }
.c { text-align: center; }
.store { font-size: 1.35em; font-weight: 700; }
.dash { border-top: 1px dashed ${p.sub}; margin: 10px 0; }
.r { display: flex; justify-content: space-between; gap: 10px; padding: 2px 0; }
.r.total { font-size: 1.3em; font-weight: 700; padding-top: 6px; }
.q { color: ${p.sub}; font-size: .9em; padding-left: 12px; }
.top { display:flex; align-items:center; gap:12px; padding: 6px 16px; font-weight:700; }
`;
    const items = lines
      .map(
        (l) =>
          `${row(esc(l.name), money(l.total))}${l.qty > 1 ? `<div class="q num">${l.qty} ${esc(h.qty)} @ ${money(l.unit)}</div>` : ""}`,
      )
      .join("");
    const body = `
<div class="top">${esc(ctx.label("details"))}</div>
<div class="paper">
  <div class="c store">${esc(merchant.name)}</div>
  ${addressLines ? addressLines.map((a) => `<div class="c">${esc(a)}</div>`).join("") : ""}
  <div class="c" style="margin-top:6px">${esc(h.receipt)}</div>
  <div class="r num"><span>${esc(date)}</span><span>${esc(hm24(when.hm))}</span></div>
  <div class="dash"></div>
  ${items}
  <div class="dash"></div>
  ${showSubtotal ? row(esc(ctx.label("subtotal")), money(ctx.cash(subtotalMinor))) : ""}
  ${showTax && !rule.included ? row(esc(rule.label), money(ctx.cash(taxMinor))) : ""}
  ${roundingMinor !== 0 ? row("Rounding Adj.", signed(roundingMinor)) : ""}
  ${row(esc(TOTAL_WORD[ctx.lang] ?? "TOTAL"), money(ctx.cash(totalMinor)), "total")}
  ${showTax && rule.included ? row(esc(rule.label), money(ctx.cash(taxMinor))) : ""}
  <div class="dash"></div>
  ${row(esc(ctx.label("paymentMethod")), esc(tender))}
  ${row(esc(ctx.label("reference")), esc(receiptNo))}
  <div class="c" style="margin-top:12px">${esc(h.thanks)}</div>
</div>
<div class="grow"></div>`;
    return {
      html: screen(ctx, { palette: p, css, body }),
      document: {
        kind: "receipt",
        merchant: merchant.name,
        address: addressLines ? addressLines.join(", ") : null,
        date: isoDate(when.ymd),
        time: hm24(when.hm),
        subtotal: showSubtotal ? major(ctx.cash(subtotalMinor)) : null,
        tax: showTax ? major(ctx.cash(taxMinor)) : null,
        rounding: roundingMinor !== 0 ? major(ctx.cash(roundingMinor)) : null,
        total: major(ctx.cash(totalMinor)),
        currency: ctx.locale.currency,
        paymentMethod: tender,
        reference: receiptNo,
        items: lines.map((l) => ({ description: l.name, amount: major(l.total) })),
      },
    };
  },
};
