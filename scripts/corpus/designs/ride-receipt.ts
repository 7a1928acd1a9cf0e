import { hm24, isoDate, minutes } from "../dates";
import type { Design } from "../design";
import { esc, palette, reference, screen } from "../kit";
import type { LocaleId } from "../locales";
import { ADDRESSES, PEOPLE } from "../merchants";
import { type CurrencyCode, major } from "../money";

const APPS: Record<LocaleId, readonly { app: string; accent: string; method: string }[]> = {
  "en-US": [
    { app: "Uber", accent: "#000000", method: "Visa ••••4242" },
    { app: "Lyft", accent: "#ff00bf", method: "Apple Pay" },
  ],
  "en-GB": [
    { app: "Uber", accent: "#000000", method: "Mastercard ••••1881" },
    { app: "Bolt", accent: "#34d186", method: "Cash" },
  ],
  "en-MY": [{ app: "Grab", accent: "#00b14f", method: "GrabPay Wallet" }],
  "en-SG": [
    { app: "Grab", accent: "#00b14f", method: "GrabPay Wallet" },
    { app: "Gojek", accent: "#00aa13", method: "GoPay" },
  ],
  "ja-JP": [
    { app: "GO", accent: "#1a1a1a", method: "GO Pay" },
    { app: "S.RIDE", accent: "#f6a800", method: "Visa ••••4242" },
  ],
  "de-DE": [
    { app: "FREENOW", accent: "#d9004c", method: "PayPal" },
    { app: "Uber", accent: "#000000", method: "Visa ••••4242" },
  ],
  "fr-FR": [
    { app: "G7", accent: "#e2001a", method: "Carte Bancaire" },
    { app: "Uber", accent: "#000000", method: "Visa ••••4242" },
  ],
  "ko-KR": [{ app: "카카오T", accent: "#ffcd00", method: "카카오페이" }],
  "zh-TW": [
    { app: "55688 台灣大車隊", accent: "#f39800", method: "信用卡" },
    { app: "Uber", accent: "#000000", method: "LINE Pay" },
  ],
};

const W: Record<
  string,
  {
    thanks: string;
    fare: string;
    booking: string;
    toll: string;
    pickup: string;
    dropoff: string;
    driver: string;
    km: string;
  }
> = {
  en: {
    thanks: "Thanks for riding",
    fare: "Trip fare",
    booking: "Booking fee",
    toll: "Tolls",
    pickup: "Pickup",
    dropoff: "Drop-off",
    driver: "Your driver",
    km: "km",
  },
  de: {
    thanks: "Danke für deine Fahrt",
    fare: "Fahrpreis",
    booking: "Buchungsgebühr",
    toll: "Maut",
    pickup: "Abholung",
    dropoff: "Ziel",
    driver: "Dein Fahrer",
    km: "km",
  },
  fr: {
    thanks: "Merci d'avoir voyagé avec nous",
    fare: "Prix de la course",
    booking: "Frais de réservation",
    toll: "Péage",
    pickup: "Départ",
    dropoff: "Arrivée",
    driver: "Votre chauffeur",
    km: "km",
  },
  ja: {
    thanks: "ご乗車ありがとうございました",
    fare: "運賃",
    booking: "配車料金",
    toll: "高速料金",
    pickup: "乗車地",
    dropoff: "降車地",
    driver: "乗務員",
    km: "km",
  },
  ko: {
    thanks: "이용해 주셔서 감사합니다",
    fare: "운임",
    booking: "호출료",
    toll: "통행료",
    pickup: "출발",
    dropoff: "도착",
    driver: "기사님",
    km: "km",
  },
  zh: {
    thanks: "感謝您的搭乘",
    fare: "車資",
    booking: "預約費",
    toll: "過路費",
    pickup: "上車地點",
    dropoff: "下車地點",
    driver: "司機",
    km: "公里",
  },
};

/** Fare pieces in minor units: base fare range, booking fee, toll. */
const FARES: Record<CurrencyCode, { fare: readonly [number, number]; booking: number; toll: number }> = {
  USD: { fare: [900, 4800], booking: 295, toll: 650 },
  GBP: { fare: [800, 3900], booking: 150, toll: 0 },
  EUR: { fare: [1000, 4500], booking: 100, toll: 0 },
  JPY: { fare: [1200, 6800], booking: 100, toll: 930 },
  MYR: { fare: [800, 4500], booking: 100, toll: 250 },
  SGD: { fare: [900, 3500], booking: 90, toll: 200 },
  KRW: { fare: [4800, 32000], booking: 1000, toll: 2500 },
  TWD: { fare: [85, 650], booking: 15, toll: 40 },
};

/**
 * A ride-hailing trip receipt (Uber, Grab, GO, Kakao T…): a map-like band, the trip's start and
 * end times and addresses (the rider's, not the merchant's), distance, fare breakdown (fees, not
 * items), the total charged and the payment method. The merchant is the app as shown.
 */
export const rideReceipt: Design = {
  id: "ride-receipt",
  family: "ride",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const app = rng.pick(APPS[ctx.locale.id]);
    const dark = app.accent === "#000000" || app.accent === "#1a1a1a";
    const p = palette(ctx.dark, app.accent);
    const w = W[ctx.lang] ?? W.en;
    if (!w) throw new Error("no wording");
    const currency = ctx.locale.currency;
    const f = FARES[currency];
    const fare = ctx.cash(
      Math.round(rng.int(f.fare[0], f.fare[1]) / (currency === "KRW" ? 100 : currency === "JPY" ? 10 : 1)) *
        (currency === "KRW" ? 100 : currency === "JPY" ? 10 : 1),
    );
    const booking = rng.chance(0.6) ? f.booking : 0;
    const toll = f.toll > 0 && rng.chance(0.25) ? f.toll : 0;
    const total = ctx.cash(fare.minor + booking + toll);
    // The trip ends at least a few minutes before the screenshot.
    const end = ctx.pastMoment(2);
    const duration = rng.int(8, 45);
    const endMin = minutes(end.hm);
    const start = { h: Math.floor((endMin - duration) / 60), min: (endMin - duration) % 60 };
    const endHm = { h: Math.floor(endMin / 60), min: endMin % 60 };
    const [from, to] = rng.sample(ADDRESSES[ctx.locale.id], 2);
    const km = (rng.int(15, 220) / 10).toFixed(1);
    const ref = rng.chance(0.6) ? reference(ctx, rng.pick(["A-99AAA9AA", "9999999999", "AAA-999-999"])) : null;
    const money = (minor: number) => esc(ctx.fmt(ctx.cash(minor)));
    const row = (k: string, v: string, cls = "") =>
      `<div class="r ${cls}"><span>${esc(k)}</span><span class="num">${v}</span></div>`;
    const css = `
.map { height: ${rng.pick([150, 180, 210])}px; background: repeating-linear-gradient(45deg, ${ctx.dark ? "#23262b" : "#e9eef2"} 0 14px, ${ctx.dark ? "#1d2024" : "#f3f6f8"} 14px 28px); position: relative; }
.map .route { position:absolute; left: 18%; top: 30%; width: 62%; height: 40%; border: 4px solid ${dark && ctx.dark ? "#ffffff" : app.accent}; border-radius: 30px 0 30px 0; border-left-color: transparent; border-bottom-color: transparent; }
.brand { padding: 14px 18px 0; font-size: 22px; font-weight: 800; }
.thanks { padding: 2px 18px 8px; color:${p.sub}; }
.tot { display:flex; justify-content:space-between; align-items:baseline; padding: 8px 18px; font-size: 26px; font-weight: 800; }
.sec { margin: 6px 18px; padding: 10px 0; border-top: 1px solid ${p.sep}; }
.r { display:flex; justify-content:space-between; padding: 4px 0; font-size: 14px; }
.stop { display:flex; gap: 10px; padding: 6px 0; font-size: 13px; }
.stop .t { color:${p.sub}; min-width: 64px; }
.dot { width: 10px; height: 10px; border-radius: 50%; margin-top: 4px; flex: none; }
`;
    const body = `
<div class="map"><div class="route"></div></div>
<div class="brand">${esc(app.app)}</div>
<div class="thanks">${esc(w.thanks)}, ${esc(rng.pick(PEOPLE[ctx.locale.id]).split(" ")[0] ?? "")} · <span class="num">${esc(ctx.dateFormat(end.ymd))} ${esc(ctx.timeFormat(endHm))}</span></div>
<div class="tot"><span>${esc(ctx.label("total"))}</span><span class="num">${esc(ctx.fmt(total))}</span></div>
<div class="sec">
${row(w.fare, money(fare.minor))}
${booking ? row(w.booking, money(booking)) : ""}
${toll ? row(w.toll, money(toll)) : ""}
${row(ctx.label("paymentMethod"), esc(app.method))}
${ref ? row(ctx.label("reference"), esc(ref)) : ""}
</div>
<div class="sec">
<div class="stop"><span class="dot" style="background:${p.positive}"></span><span class="t num">${esc(ctx.timeFormat(start))}</span><span>${esc(w.pickup)}: ${esc((from ?? []).join(", "))}</span></div>
<div class="stop"><span class="dot" style="background:${p.negative}"></span><span class="t num">${esc(ctx.timeFormat(endHm))}</span><span>${esc(w.dropoff)}: ${esc((to ?? []).join(", "))}</span></div>
<div class="r" style="color:${p.sub}"><span>${esc(km)} ${esc(w.km)}</span><span>${duration} min</span></div>
</div>
<div class="grow"></div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: 15 }),
      document: {
        kind: "receipt",
        merchant: app.app,
        address: null,
        date: isoDate(end.ymd),
        // The header's time: the drop-off, when the fare was charged (the pickup time is earlier).
        time: hm24(endHm),
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(total),
        currency,
        paymentMethod: app.method,
        reference: ref,
        items: [],
      },
    };
  },
};
