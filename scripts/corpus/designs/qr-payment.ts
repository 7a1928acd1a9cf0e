import { hm24, isoDate } from "../dates";
import type { Design } from "../design";
import { balanceLine, esc, icon, palette, pointsLine, promoBanner, reference, screen } from "../kit";
import { MERCHANTS } from "../merchants";
import { major } from "../money";

const BRANDS: Record<string, readonly { brand: string; accent: string; method: string }[]> = {
  "ja-JP": [
    { brand: "PayPay", accent: "#ff0033", method: "PayPay残高" },
    { brand: "楽天ペイ", accent: "#bf0000", method: "楽天キャッシュ" },
    { brand: "d払い", accent: "#cc0033", method: "d払い残高" },
    { brand: "au PAY", accent: "#eb5505", method: "au PAY 残高" },
  ],
  "ko-KR": [
    { brand: "카카오페이", accent: "#fee500", method: "카카오페이머니" },
    { brand: "토스페이", accent: "#3182f6", method: "토스머니" },
  ],
  "zh-TW": [
    { brand: "街口支付", accent: "#d7000f", method: "街口帳戶餘額" },
    { brand: "全支付", accent: "#00a0e9", method: "全支付餘額" },
  ],
  "en-MY": [
    { brand: "Touch 'n Go eWallet", accent: "#005abb", method: "eWallet Balance" },
    { brand: "DuitNow QR", accent: "#e6007e", method: "Maybank Savings" },
  ],
  "en-SG": [
    { brand: "GrabPay", accent: "#00b14f", method: "GrabPay Wallet" },
    { brand: "PayNow QR", accent: "#7b2d8e", method: "DBS eSavings" },
  ],
};

const DONE: Record<string, string> = {
  ja: "支払いが完了しました",
  ko: "결제 완료",
  zh: "付款成功",
  en: "Payment successful",
};

/**
 * A QR-code wallet's completion screen (PayPay-like): a brand header in the wallet's colour, the
 * store, the amount huge, a reference, the wallet balance left and points earned as distractors.
 */
export const qrPayment: Design = {
  id: "qr-payment",
  family: "qr",
  kind: "receipt",
  locales: ["ja-JP", "ko-KR", "zh-TW", "en-MY", "en-SG"],
  render(ctx) {
    const { rng } = ctx;
    const brand = rng.pick(BRANDS[ctx.locale.id] ?? []);
    const light = brand.accent === "#fee500";
    const p = palette(ctx.dark, brand.accent);
    const onAccent = light ? "#191919" : "#ffffff";
    const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
    const total = ctx.amount(rng.chance(0.5) ? "small" : "everyday");
    const when = ctx.pastMoment(0);
    const ref = reference(ctx, rng.pick(["99999999999999999999", "9999-9999-9999", "A9999999999"]));
    const showRef = rng.chance(0.75);
    const balance = ctx.amount("large");
    const done = DONE[ctx.lang] ?? DONE.en ?? "";
    const rows: string[] = [
      `<div class="r"><span>${esc(ctx.label("date"))}</span><span class="num">${esc(ctx.dateFormat(when.ymd))} ${esc(hm24(when.hm))}</span></div>`,
      `<div class="r"><span>${esc(ctx.label("paymentMethod"))}</span><span>${esc(brand.method)}</span></div>`,
    ];
    if (showRef)
      rows.push(`<div class="r"><span>${esc(ctx.label("reference"))}</span><span class="num">${esc(ref)}</span></div>`);
    const css = `
.head { background: ${brand.accent}; color: ${onAccent}; padding: 10px 16px 16px; display:flex; align-items:center; justify-content:space-between; }
.head .b { font-size: 20px; font-weight: 800; letter-spacing: .3px; }
.done { display:flex; flex-direction:column; align-items:center; padding: 22px 16px 10px; background:${p.card}; gap: 10px; }
.done .h { font-size: 19px; font-weight: 700; }
.done .shop { display:flex; gap: 8px; align-items:center; font-weight:700; }
.done .amt { font-size: ${rng.pick([40, 46, 52])}px; font-weight: 800; }
.extras { background:${p.card}; display:flex; flex-direction:column; align-items:center; gap:4px; padding: 0 16px 16px; }
.list { background:${p.card}; margin-top: 10px; }
.r { display:flex; justify-content:space-between; padding: 14px 18px; font-size: 14px; gap: 12px; }
.r + .r { border-top: 1px solid ${p.sep}; }
.r span:first-child { color: ${p.sub}; }
.btn { margin: 18px 20px; height: 48px; border-radius: 24px; border: 2px solid ${brand.accent}; color: ${ctx.dark ? p.text : brand.accent};
  display:flex; align-items:center; justify-content:center; font-weight:700; }
`;
    const body = `
<div class="head">${icon.close(onAccent)}<span class="b">${esc(brand.brand)}</span><span style="width:22px"></span></div>
<div class="done">
  ${icon.checkCircle(light ? "#191919" : brand.accent, 60)}
  <div class="h">${esc(done)}</div>
  <div class="shop">${icon.store(p.sub, 20)}<span>${esc(merchant.name)}</span></div>
  <div class="amt num">${esc(ctx.fmt(total))}</div>
</div>
<div class="extras">${rng.chance(0.6) ? pointsLine(ctx, p, rng.int(1, 60)) : ""}${rng.chance(0.6) ? balanceLine(ctx, p, balance) : ""}</div>
<div class="list">${rows.join("")}</div>
${rng.chance(0.5) ? promoBanner(ctx, p) : ""}
<div class="grow"></div>
<div class="btn">${esc(ctx.label("done"))}</div>`;
    return {
      html: screen(ctx, {
        palette: p,
        css,
        body,
        statusBarBackground: brand.accent,
        statusBarColor: onAccent,
        fontSize: 15,
      }),
      document: {
        kind: "receipt",
        merchant: merchant.name,
        address: null,
        date: isoDate(when.ymd),
        time: hm24(when.hm),
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(total),
        currency: total.currency,
        paymentMethod: brand.method,
        reference: showRef ? ref : null,
        items: [],
      },
    };
  },
};
