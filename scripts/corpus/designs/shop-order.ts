import { basket, sumMinor } from "../basket";
import { isoDate } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, reference, screen } from "../kit";
import type { Language, LocaleId } from "../locales";
import { ADDRESSES, GOODS, PEOPLE } from "../merchants";
import { type CurrencyCode, major } from "../money";

const SHOPS: Record<LocaleId, readonly { shop: string; accent: string }[]> = {
  "en-US": [
    { shop: "Amazon.com", accent: "#ff9900" },
    { shop: "Target.com", accent: "#cc0000" },
    { shop: "Etsy", accent: "#f1641e" },
  ],
  "en-GB": [
    { shop: "Amazon.co.uk", accent: "#ff9900" },
    { shop: "ASOS", accent: "#2d2d2d" },
  ],
  "en-MY": [
    { shop: "Shopee", accent: "#ee4d2d" },
    { shop: "Lazada", accent: "#0f146d" },
  ],
  "en-SG": [
    { shop: "Shopee", accent: "#ee4d2d" },
    { shop: "Lazada", accent: "#0f146d" },
  ],
  "ja-JP": [
    { shop: "楽天市場", accent: "#bf0000" },
    { shop: "Amazon.co.jp", accent: "#ff9900" },
    { shop: "ZOZOTOWN", accent: "#111111" },
  ],
  "de-DE": [
    { shop: "Zalando", accent: "#ff6900" },
    { shop: "Otto", accent: "#d52b1e" },
  ],
  "fr-FR": [
    { shop: "Cdiscount", accent: "#0b3b8c" },
    { shop: "Fnac.com", accent: "#e1a925" },
  ],
  "ko-KR": [
    { shop: "쿠팡", accent: "#e52528" },
    { shop: "11번가", accent: "#ff0038" },
  ],
  "zh-TW": [
    { shop: "momo購物網", accent: "#d6006f" },
    { shop: "PChome 24h購物", accent: "#e60012" },
  ],
};

const W: Record<
  Language,
  {
    title: string;
    placed: string;
    shipping: string;
    shipTo: string;
    soldBy: string;
    free: string;
    qty: string;
    estTax: string;
  }
> = {
  en: {
    title: "Order details",
    placed: "Order placed",
    shipping: "Shipping",
    shipTo: "Ship to",
    soldBy: "Sold by",
    free: "FREE",
    qty: "Qty",
    estTax: "Estimated tax",
  },
  de: {
    title: "Bestelldetails",
    placed: "Bestellt am",
    shipping: "Versand",
    shipTo: "Lieferadresse",
    soldBy: "Verkauft von",
    free: "Kostenlos",
    qty: "Menge",
    estTax: "MwSt.",
  },
  fr: {
    title: "Détails de la commande",
    placed: "Commandé le",
    shipping: "Livraison",
    shipTo: "Adresse de livraison",
    soldBy: "Vendu par",
    free: "Gratuite",
    qty: "Qté",
    estTax: "TVA",
  },
  ja: {
    title: "注文詳細",
    placed: "注文日",
    shipping: "配送料",
    shipTo: "お届け先",
    soldBy: "販売元",
    free: "無料",
    qty: "数量",
    estTax: "消費税",
  },
  ko: {
    title: "주문 상세",
    placed: "주문일",
    shipping: "배송비",
    shipTo: "배송지",
    soldBy: "판매자",
    free: "무료",
    qty: "수량",
    estTax: "부가세",
  },
  zh: {
    title: "訂單明細",
    placed: "訂購日期",
    shipping: "運費",
    shipTo: "收件地址",
    soldBy: "賣家",
    free: "免運",
    qty: "數量",
    estTax: "稅額",
  },
};

const SHIPPING: Record<CurrencyCode, readonly number[]> = {
  USD: [0, 599, 799],
  GBP: [0, 399, 499],
  EUR: [0, 395, 499],
  JPY: [0, 550, 660],
  MYR: [0, 490, 800],
  SGD: [0, 199, 399],
  KRW: [0, 2500, 3000],
  TWD: [0, 60, 80],
};

const SELLERS: Record<Language, readonly string[]> = {
  en: ["Anker Direct", "BrightHome Supplies", "Northwind Outfitters"],
  de: ["Tech-Welt GmbH", "Haus & Garten Handel"],
  fr: ["Maison Lumière SARL", "TechDirect France"],
  ja: ["株式会社ライフスタイル", "ヤマダ電機 公式ショップ", "ﾊﾟﾜｰｼｮｯﾌﾟ"],
  ko: ["(주)리빙마켓", "디지털플라자"],
  zh: ["好生活旗艦店", "3C數位館"],
};

/**
 * An online shop's order detail: order number and date, items with quantities and prices,
 * subtotal, shipping (often free), tax added in the US, the order total, the card, the buyer's
 * shipping address (not the merchant's). Some orders name the seller with its business address:
 * then that is the truth's merchant address. The merchant is the shop as shown.
 */
export const shopOrder: Design = {
  id: "shop-order",
  family: "shop-order",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const shop = rng.pick(SHOPS[ctx.locale.id]);
    const p = palette(ctx.dark, shop.accent);
    const w = W[ctx.lang];
    const lines = basket(ctx, GOODS[ctx.locale.id], rng.int(1, 4), 2);
    const subtotal = sumMinor(lines.map((l) => l.total));
    const shipping = rng.pick(SHIPPING[ctx.locale.currency]);
    const tax = ctx.locale.id === "en-US" ? Math.round(subtotal * rng.pick([0.0625, 0.07, 0.08875])) : 0;
    const total = subtotal + shipping + tax;
    const when = ctx.pastMoment(25);
    const orderNo = reference(ctx, rng.pick(["999-9999999-9999999", "AA99999999", "9999999999999"]));
    const shipTo = rng.pick(ADDRESSES[ctx.locale.id]);
    const buyer = rng.pick(PEOPLE[ctx.locale.id]);
    const sellerAddress = rng.chance(0.4) ? rng.pick(ADDRESSES[ctx.locale.id].filter((a) => a !== shipTo)) : null;
    const seller = rng.pick(SELLERS[ctx.lang]);
    const card = rng.pick(["Visa ending in 4242", "Mastercard •••• 1881", "PayPal", "Amex •••• 1007", "Apple Pay"]);
    const money = (minor: number) => esc(ctx.fmt(ctx.cash(minor)));
    const row = (k: string, v: string, cls = "") =>
      `<div class="r ${cls}"><span>${esc(k)}</span><span class="num">${v}</span></div>`;
    const css = `
.nav { display:flex; align-items:center; gap: 10px; padding: 6px 14px 10px; border-bottom: 3px solid ${shop.accent}; }
.nav b { font-size: 17px; }
.nav .s { margin-left: auto; font-weight: 800; color:${shop.accent}; }
.meta { padding: 12px 16px; font-size: 13px; color:${p.sub}; }
.meta div { padding: 1px 0; }
.card { background:${p.card}; margin: 8px 12px; border-radius: 10px; padding: 12px 14px; }
.cap { font-weight: 700; margin-bottom: 6px; }
.it { display:flex; gap: 12px; padding: 8px 0; }
.it + .it { border-top: 1px solid ${p.sep}; }
.ph { width: 56px; height: 56px; border-radius: 8px; background:${p.sep}; flex:none; }
.it .n { font-size: 14px; }
.it .q { font-size: 12px; color:${p.sub}; }
.it .pr { font-weight: 700; margin-top: 2px; }
.r { display:flex; justify-content:space-between; padding: 3px 0; font-size: 14px; }
.r.t { font-weight: 800; font-size: 16px; border-top: 1px solid ${p.sep}; margin-top: 6px; padding-top: 8px; }
.addr { font-size: 14px; }
`;
    const body = `
<div class="nav">${icon.chevronLeft(p.text)}<b>${esc(w.title)}</b><span class="s">${esc(shop.shop)}</span></div>
<div class="meta"><div>${esc(w.placed)}: <span class="num">${esc(ctx.dateFormat(when.ymd))}</span></div><div>${esc(ctx.label("orderNumber"))}: <span class="num">${esc(orderNo)}</span></div></div>
<div class="card">${lines
      .map(
        (l) =>
          `<div class="it"><div class="ph"></div><div><div class="n">${esc(l.name)}</div><div class="q num">${esc(w.qty)}: ${l.qty}</div><div class="pr num">${money(l.total.minor)}</div></div></div>`,
      )
      .join("")}
${sellerAddress ? `<div class="q" style="font-size:12px;color:${p.sub};margin-top:6px">${esc(w.soldBy)}: ${esc(seller)}<br>${sellerAddress.map(esc).join("<br>")}</div>` : ""}
</div>
<div class="card">
${row(ctx.label("subtotal"), money(subtotal))}
${row(w.shipping, shipping === 0 ? esc(w.free) : money(shipping))}
${tax ? row(w.estTax, money(tax)) : ""}
${row(ctx.label("total"), money(total), "t")}
${row(ctx.label("paymentMethod"), esc(card))}
</div>
<div class="card addr"><div class="cap">${esc(w.shipTo)}</div><div>${esc(buyer)}</div>${shipTo.map((a) => `<div>${esc(a)}</div>`).join("")}</div>
<div class="grow"></div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: 15 }),
      document: {
        kind: "receipt",
        merchant: shop.shop,
        address: sellerAddress ? sellerAddress.join(", ") : null,
        date: isoDate(when.ymd),
        time: null,
        subtotal: major(ctx.cash(subtotal)),
        tax: tax ? major(ctx.cash(tax)) : null,
        rounding: null,
        total: major(ctx.cash(total)),
        currency: ctx.locale.currency,
        paymentMethod: card,
        reference: orderNo,
        items: lines.map((l) => ({ description: l.name, amount: major(l.total) })),
      },
    };
  },
};
