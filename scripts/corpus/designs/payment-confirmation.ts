import { hm24, isoDate } from "../dates";
import type { Design } from "../design";
import { esc, icon, kv, palette, pointsLine, promoBanner, reference, screen } from "../kit";
import { MERCHANTS } from "../merchants";
import { major } from "../money";

const ACCENTS = ["#1a73e8", "#0a8f5b", "#6d28d9", "#e4572e", "#0f766e"];
const METHODS: Record<string, readonly string[]> = {
  en: ["Visa •••• 4242", "Mastercard ending 1881", "Apple Pay", "Google Pay", "Amex •••• 1007"],
  de: ["Visa •••• 4242", "Girocard", "Apple Pay", "PayPal"],
  fr: ["Carte Visa •••• 4242", "Carte Bancaire", "Apple Pay", "PayPal"],
  ja: ["Visa •••• 4242", "楽天カード", "Apple Pay", "iD"],
  ko: ["신한카드 (1234)", "카카오페이머니", "삼성페이"],
  zh: ["國泰世華卡 (5678)", "Apple Pay", "LINE Pay"],
};

/**
 * A generic wallet's "payment complete" screen: a big check mark, the amount large and centred,
 * the merchant under it, then label/value rows. Shows or hides the time, reference, method and
 * points per sample.
 */
export const paymentConfirmation: Design = {
  id: "payment-confirmation",
  family: "payment",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const p = palette(ctx.dark, rng.pick(ACCENTS));
    const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
    const total = ctx.amount("everyday");
    const when = ctx.pastMoment(rng.chance(0.6) ? 0 : 3);
    const showTime = rng.chance(0.75);
    const method = rng.chance(0.8) ? rng.pick(METHODS[ctx.lang] ?? METHODS.en ?? []) : null;
    const ref = rng.chance(0.7) ? reference(ctx, rng.pick(["9999 9999 9999", "AA99999999", "99999999-9999"])) : null;
    const relative = rng.chance(0.4) ? ctx.relative(when.ymd) : null;
    const dateText = `${relative ?? ctx.dateFormat(when.ymd)}${showTime ? `, ${ctx.timeFormat(when.hm)}` : ""}`;
    const rows = [
      kv(ctx.label("merchant"), esc(merchant.name)),
      kv(ctx.label("date"), `<span class="num">${esc(dateText)}</span>`),
      method ? kv(ctx.label("paymentMethod"), esc(method)) : "",
      ref ? kv(ctx.label("reference"), `<span class="num">${esc(ref)}</span>`) : "",
      kv(ctx.label("status"), `<span style="color:${p.positive}">${esc(ctx.label("completed"))}</span>`),
    ].filter(Boolean);
    const rowsFirst = rng.chance(0.3);
    const hero = `<div class="hero">${icon.checkCircle(p.accent, rng.pick([56, 64, 72]))}
  <div class="t">${esc(ctx.label("paymentComplete"))}</div>
  <div class="amt num">${esc(ctx.fmt(total))}</div>
  ${rowsFirst ? "" : `<div class="m">${esc(merchant.name)}</div>`}
</div>`;
    const fontSize = rng.pick([14, 15, 16, 17]);
    const css = `
.hero { display:flex; flex-direction:column; align-items:center; padding: 28px 20px 18px; gap: 8px; }
.hero .t { font-size: 1.15em; font-weight: 700; }
.hero .amt { font-size: ${rng.pick([34, 38, 42])}px; font-weight: 700; letter-spacing: -0.5px; }
.hero .m { color: ${p.sub}; }
.card { background: ${p.card}; margin: 8px 16px; border-radius: ${rng.pick([0, 12, 16])}px; padding: 4px 16px; }
.kv { display:flex; justify-content:space-between; gap: 16px; padding: 13px 0; }
.kv + .kv { border-top: 1px solid ${p.sep}; }
.kv .k { color: ${p.sub}; white-space: nowrap; }
.kv .v { text-align: right; }
.extra { display:flex; justify-content:center; padding: 10px; }
.btn { margin: 18px 16px 8px; height: 50px; border-radius: 12px; background: ${p.accent}; color: ${p.onAccent};
  display:flex; align-items:center; justify-content:center; font-weight:700; }
`;
    const body = `
<div style="display:flex;justify-content:flex-end;padding:6px 16px">${icon.close(p.text)}</div>
${hero}
<div class="card">${rows.join("")}</div>
${rng.chance(0.4) ? `<div class="extra">${pointsLine(ctx, p, rng.int(1, 99))}</div>` : ""}
${rng.chance(0.35) ? promoBanner(ctx, p) : ""}
<div class="grow"></div>
<div class="btn">${esc(ctx.label("done"))}</div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize }),
      document: {
        kind: "receipt",
        merchant: merchant.name,
        address: null,
        date: isoDate(when.ymd),
        time: showTime ? hm24(when.hm) : null,
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(total),
        currency: total.currency,
        paymentMethod: method,
        reference: ref,
        items: [],
      },
    };
  },
};
