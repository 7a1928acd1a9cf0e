import { basket, sumMinor } from "../basket";
import { hm24, isoDate } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, reference, screen } from "../kit";
import type { LocaleId } from "../locales";
import { ADDRESSES, FOOD } from "../merchants";
import { type CurrencyCode, major } from "../money";

const APPS: Record<LocaleId, readonly { app: string; accent: string }[]> = {
  "en-US": [
    { app: "Uber Eats", accent: "#06c167" },
    { app: "DoorDash", accent: "#ff3008" },
  ],
  "en-GB": [
    { app: "Deliveroo", accent: "#00ccbc" },
    { app: "Just Eat", accent: "#ff8000" },
  ],
  "en-MY": [
    { app: "GrabFood", accent: "#00b14f" },
    { app: "foodpanda", accent: "#d70f64" },
  ],
  "en-SG": [
    { app: "GrabFood", accent: "#00b14f" },
    { app: "Deliveroo", accent: "#00ccbc" },
  ],
  "ja-JP": [
    { app: "出前館", accent: "#e60012" },
    { app: "Uber Eats", accent: "#06c167" },
    { app: "Wolt", accent: "#009de0" },
  ],
  "de-DE": [
    { app: "Lieferando", accent: "#ff8000" },
    { app: "Wolt", accent: "#009de0" },
  ],
  "fr-FR": [
    { app: "Deliveroo", accent: "#00ccbc" },
    { app: "Uber Eats", accent: "#06c167" },
  ],
  "ko-KR": [
    { app: "배달의민족", accent: "#2ac1bc" },
    { app: "쿠팡이츠", accent: "#00a5e5" },
  ],
  "zh-TW": [
    { app: "foodpanda", accent: "#d70f64" },
    { app: "Uber Eats", accent: "#06c167" },
  ],
};

const RESTAURANTS: Record<LocaleId, readonly string[]> = {
  "en-US": ["Sweetgreen", "Joe's Pizza", "Chipotle Mexican Grill", "Thai Basil Kitchen", "Shake Shack"],
  "en-GB": ["Wagamama", "Leon", "Dishoom", "Franco Manca", "Nando's"],
  "en-MY": ["Nasi Kandar Pelita", "Village Park Restaurant", "Tealive", "Marini's Kitchen"],
  "en-SG": ["Tian Tian Chicken Rice", "Ya Kun Kaya Toast", "Kopitiam", "Song Fa Bak Kut Teh"],
  "ja-JP": ["すき家", "松屋", "丸亀製麺", "ピザハット 渋谷店", "銀だこ"],
  "de-DE": ["Pizzeria Da Mario", "Burgermeister", "Mustafas Gemüse Kebap", "Sushi Circle"],
  "fr-FR": ["Big Mamma", "PNY Burger", "Le Petit Bistrot", "Sushi Shop"],
  "ko-KR": ["교촌치킨 역삼점", "BHC 강남점", "홍콩반점", "김밥천국"],
  "zh-TW": ["鼎泰豐", "八方雲集", "麥當勞", "春水堂", "50嵐"],
};

/** Delivery fees and discount coupons, minor units. */
const FEES: Record<CurrencyCode, { delivery: readonly number[]; discount: readonly number[] }> = {
  USD: { delivery: [199, 299, 399, 499], discount: [300, 500, 1000] },
  GBP: { delivery: [149, 199, 299], discount: [300, 500] },
  EUR: { delivery: [99, 199, 290], discount: [300, 500] },
  JPY: { delivery: [150, 250, 300, 350], discount: [300, 500] },
  MYR: { delivery: [300, 490, 590], discount: [500, 800] },
  SGD: { delivery: [199, 299, 399], discount: [300, 500] },
  KRW: { delivery: [1000, 2000, 3000, 3500], discount: [2000, 3000, 5000] },
  TWD: { delivery: [29, 39, 49, 59], discount: [50, 80, 100] },
};

const W: Record<
  string,
  { delivered: string; fee: string; service: string; tip: string; to: string; from: string; promo: string }
> = {
  en: {
    delivered: "Your order has been delivered",
    fee: "Delivery fee",
    service: "Service fee",
    tip: "Rider tip",
    to: "Delivered to",
    from: "Order from",
    promo: "Promotion",
  },
  de: {
    delivered: "Deine Bestellung wurde geliefert",
    fee: "Liefergebühr",
    service: "Servicegebühr",
    tip: "Trinkgeld",
    to: "Lieferadresse",
    from: "Bestellt bei",
    promo: "Gutschein",
  },
  fr: {
    delivered: "Votre commande a été livrée",
    fee: "Frais de livraison",
    service: "Frais de service",
    tip: "Pourboire",
    to: "Livré à",
    from: "Commande chez",
    promo: "Réduction",
  },
  ja: {
    delivered: "配達が完了しました",
    fee: "配達手数料",
    service: "サービス料",
    tip: "チップ",
    to: "お届け先",
    from: "注文店舗",
    promo: "クーポン割引",
  },
  ko: {
    delivered: "배달이 완료되었어요",
    fee: "배달팁",
    service: "서비스 이용료",
    tip: "라이더 팁",
    to: "배달 주소",
    from: "주문 가게",
    promo: "할인 쿠폰",
  },
  zh: {
    delivered: "訂單已送達",
    fee: "外送費",
    service: "服務費",
    tip: "小費",
    to: "外送地址",
    from: "訂購店家",
    promo: "優惠折抵",
  },
};

/**
 * A food-delivery order summary: restaurant, items with quantities, subtotal, delivery and
 * service fees, a discount, a tip, the total charged; the customer's delivery address is shown
 * (not the merchant's: the truth's address stays null). Fees, tips and discounts are not items.
 */
export const deliveryOrder: Design = {
  id: "delivery-order",
  family: "delivery",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const app = rng.pick(APPS[ctx.locale.id]);
    const p = palette(ctx.dark, app.accent);
    const w = W[ctx.lang] ?? W.en;
    if (!w) throw new Error("no wording");
    const restaurant = rng.pick(RESTAURANTS[ctx.locale.id]);
    const lines = basket(ctx, FOOD[ctx.locale.id], rng.int(1, 4), 3);
    const subtotal = sumMinor(lines.map((l) => l.total));
    const fees = FEES[ctx.locale.currency];
    const fee = rng.chance(0.2) ? 0 : rng.pick(fees.delivery);
    const service = rng.chance(0.5) ? Math.round(subtotal * 0.05) : 0;
    const discount = rng.chance(0.3) ? Math.min(Math.round(subtotal * 0.3), rng.pick(fees.discount)) : 0;
    const tip = ctx.locale.id === "en-US" && rng.chance(0.6) ? Math.round(subtotal * rng.pick([0.1, 0.15, 0.18])) : 0;
    const total = subtotal + fee + service + tip - discount;
    const when = ctx.pastMoment(4);
    const ref = reference(ctx, rng.pick(["#A99A9", "9999-9999-9999", "AAA-9999999"]));
    const addressLines = rng.pick(ADDRESSES[ctx.locale.id]);
    const money = (minor: number) => esc(ctx.fmt(ctx.cash(minor)));
    const row = (k: string, v: string, cls = "") =>
      `<div class="r ${cls}"><span>${esc(k)}</span><span class="num">${v}</span></div>`;
    const showTime = rng.chance(0.7);
    const css = `
.head { padding: 8px 16px 14px; }
.head .app { color:${app.accent}; font-weight: 800; font-size: 18px; }
.head h1 { font-size: 21px; margin-top: 8px; }
.head .when { color:${p.sub}; font-size: 13px; margin-top: 4px; }
.sec { background:${p.card}; margin: 8px 0; padding: 12px 16px; }
.sec .cap { color:${p.sub}; font-size: 12px; margin-bottom: 4px; }
.item { display:flex; gap: 10px; padding: 6px 0; }
.item .q { color:${app.accent}; font-weight:700; min-width: 26px; }
.item .n { flex: 1; }
.r { display:flex; justify-content:space-between; padding: 4px 0; font-size: 14px; }
.r.t { font-weight: 800; font-size: 17px; border-top: 1px solid ${p.sep}; margin-top: 6px; padding-top: 10px; }
.r.neg span:last-child { color:${p.positive}; }
`;
    const body = `
<div class="head">${icon.chevronLeft(p.text)}<div class="app">${esc(app.app)}</div>
<h1>${esc(w.delivered)}</h1>
<div class="when num">${esc(ctx.dateFormat(when.ymd))}${showTime ? ` · ${esc(ctx.timeFormat(when.hm))}` : ""} · ${esc(ctx.label("orderNumber"))} ${esc(ref)}</div></div>
<div class="sec"><div class="cap">${esc(w.from)}</div><b>${esc(restaurant)}</b>
${lines.map((l) => `<div class="item"><span class="q num">${l.qty}×</span><span class="n">${esc(l.name)}</span><span class="num">${money(l.total.minor)}</span></div>`).join("")}
</div>
<div class="sec">
${row(ctx.label("subtotal"), money(subtotal))}
${row(w.fee, money(fee))}
${service ? row(w.service, money(service)) : ""}
${discount ? row(w.promo, esc(ctx.fmtSigned(ctx.cash(discount), "minus")), "neg") : ""}
${tip ? row(w.tip, money(tip)) : ""}
${row(ctx.label("total"), money(total), "t")}
</div>
<div class="sec"><div class="cap">${esc(w.to)}</div>${addressLines.map((a) => `<div>${esc(a)}</div>`).join("")}</div>
<div class="grow"></div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: 15 }),
      document: {
        kind: "receipt",
        merchant: restaurant,
        address: null,
        date: isoDate(when.ymd),
        time: showTime ? hm24(when.hm) : null,
        subtotal: major(ctx.cash(subtotal)),
        tax: null,
        rounding: null,
        total: major(ctx.cash(total)),
        currency: ctx.locale.currency,
        paymentMethod: null,
        reference: ref,
        items: lines.map((l) => ({ description: l.name, amount: major(l.total) })),
      },
    };
  },
};
