import { addDays, hm24, isoDate, monthHeader, numericDayMonth, YEARLESS_DATE_FORMATS, type Ymd } from "../dates";
import type { Design } from "../design";
import { esc, palette, pointsLine, screen, tabBar } from "../kit";
import type { LocaleId } from "../locales";
import { MERCHANTS, PEOPLE } from "../merchants";
import { type Money, major } from "../money";

const WALLETS: Record<LocaleId, readonly { name: string; accent: string }[]> = {
  "en-US": [{ name: "Cash App", accent: "#00c244" }],
  "en-GB": [{ name: "Revolut", accent: "#0666eb" }],
  "en-MY": [
    { name: "Touch 'n Go eWallet", accent: "#005abb" },
    { name: "Boost", accent: "#ee2e24" },
  ],
  "en-SG": [
    { name: "GrabPay", accent: "#00b14f" },
    { name: "YouTrip", accent: "#1f2c5c" },
  ],
  "ja-JP": [
    { name: "PayPay", accent: "#ff0033" },
    { name: "楽天ペイ", accent: "#bf0000" },
    { name: "Suica", accent: "#2e8b57" },
  ],
  "de-DE": [{ name: "PayPal", accent: "#003087" }],
  "fr-FR": [{ name: "Lydia", accent: "#0f7dff" }],
  "ko-KR": [
    { name: "토스", accent: "#3182f6" },
    { name: "네이버페이", accent: "#03c75a" },
  ],
  "zh-TW": [
    { name: "街口支付", accent: "#d7000f" },
    { name: "悠遊付", accent: "#0f6cbd" },
  ],
};

const W: Record<string, { topUp: string; received: string; cashback: string; payment: string }> = {
  en: { topUp: "Top up", received: "Received from", cashback: "Cashback", payment: "Payment" },
  de: { topUp: "Aufladung", received: "Erhalten von", cashback: "Cashback", payment: "Zahlung" },
  fr: { topUp: "Rechargement", received: "Reçu de", cashback: "Cashback", payment: "Paiement" },
  ja: { topUp: "チャージ", received: "受け取り", cashback: "ポイント還元", payment: "支払い" },
  ko: { topUp: "충전", received: "받은 돈", cashback: "캐시백", payment: "결제" },
  zh: { topUp: "儲值", received: "收款", cashback: "回饋", payment: "付款" },
};

interface Row {
  date: Ymd;
  time: string;
  description: string;
  sub: string;
  amount: Money;
  direction: "in" | "out";
}

/**
 * An e-wallet's history: the wallet balance and points on top (not rows), rows with an icon,
 * the payee, a kind and time line, and a signed amount; top-ups, money received and cashback
 * are money in. Dates are month headers over year-less days, or Today/Yesterday then numeric.
 */
export const walletHistory: Design = {
  id: "wallet-history",
  family: "list",
  kind: "transaction_list",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const wallet = rng.pick(WALLETS[ctx.locale.id]);
    const p = palette(ctx.dark, wallet.accent);
    const w = W[ctx.lang] ?? W.en;
    if (!w) throw new Error("no wording");
    const relativeDays = rng.chance(0.5);
    const dayFormat = rng.weighted(YEARLESS_DATE_FORMATS[ctx.lang].map(([, f, weight]) => [f, weight] as const));
    const rows: Row[] = [];
    let day = addDays(ctx.now.ymd, -rng.int(0, 1));
    for (let i = rng.int(5, 9); i > 0; i--) {
      const when = rng.int(7 * 60, 23 * 60);
      const kind = rng.weighted([
        ["pay", 7],
        ["topup", 1.5],
        ["received", 1],
        ["cashback", 0.7],
      ] as const);
      const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
      const person = rng.pick(PEOPLE[ctx.locale.id]);
      const row: Row = {
        date: day,
        time: hm24({ h: Math.floor(when / 60), min: when % 60 }),
        description:
          kind === "pay"
            ? merchant.name
            : kind === "topup"
              ? `${w.topUp}`
              : kind === "received"
                ? `${w.received} ${person}`
                : `${w.cashback} ${merchant.name}`,
        sub: kind === "pay" ? w.payment : kind === "topup" ? rng.pick(["Visa ••4242", "Bank", "ATM"]) : "",
        amount:
          kind === "cashback" ? ctx.amount("small", false) : ctx.amount(kind === "pay" ? "everyday" : "transfer", true),
        direction: kind === "pay" ? "out" : "in",
      };
      // Today's rows cannot be later than the capture.
      if (
        day.y === ctx.now.ymd.y &&
        day.m === ctx.now.ymd.m &&
        day.d === ctx.now.ymd.d &&
        row.time > hm24(ctx.now.hm)
      ) {
        row.time = hm24(ctx.now.hm);
      }
      rows.push(row);
      if (rng.chance(0.6)) day = addDays(day, -rng.int(1, 3));
    }
    // Within a day, newest first.
    rows.sort((a, b) => (isoDate(b.date) + b.time).localeCompare(isoDate(a.date) + a.time));

    const dayLabel = (d: Ymd) =>
      (relativeDays ? ctx.relative(d) : null) ??
      (relativeDays ? numericDayMonth(d, ctx.locale.numericOrder) : dayFormat(d));
    const balance = ctx.amount("large");
    const minus = rng.pick(["-", "−"]);
    const rowHtml = (r: Row) => `<div class="row">
<span class="ic" style="background:${r.direction === "in" ? p.positive : wallet.accent}22;color:${r.direction === "in" ? p.positive : wallet.accent}">${esc(r.description.charAt(0))}</span>
<span class="mid"><span class="d">${esc(r.description)}</span><span class="s num">${esc([dayLabel(r.date), r.time, r.sub].filter(Boolean).join(" · "))}</span></span>
<span class="a num ${r.direction}">${esc(ctx.fmtSigned(r.amount, r.direction === "in" ? "plus" : "minus", minus))}</span></div>`;
    const byMonth: { month: Ymd; rows: Row[] }[] = [];
    for (const r of rows) {
      const last = byMonth[byMonth.length - 1];
      if (last && last.month.m === r.date.m && last.month.y === r.date.y) last.rows.push(r);
      else byMonth.push({ month: r.date, rows: [r] });
    }
    const css = `
.head { padding: 8px 18px 14px; display:flex; justify-content:space-between; align-items:flex-end; }
.head .n { font-size: 22px; font-weight: 800; color:${wallet.accent}; }
.head .b { text-align:right; }
.head .b .v { font-size: 20px; font-weight: 700; }
.mh { padding: 12px 18px 4px; font-size: 13px; font-weight: 700; color:${p.sub}; }
.row { display:flex; align-items:center; gap: 12px; padding: 10px 18px; background:${p.card}; border-bottom: 1px solid ${p.sep}; }
.ic { width: 34px; height: 34px; border-radius: 10px; display:flex; align-items:center; justify-content:center; font-weight: 700; flex:none; }
.mid { flex:1; min-width:0; display:flex; flex-direction:column; }
.d { font-weight: 600; }
.s { font-size: 12px; color:${p.sub}; }
.a { font-weight: 700; white-space: nowrap; }
.a.in { color:${p.positive}; }
`;
    const body = `
<div class="head"><span class="n">${esc(wallet.name)}</span><span class="b"><span style="font-size:12px;color:${p.sub}">${esc(ctx.label("balance"))}</span><div class="v num">${esc(ctx.fmt(balance))}</div></span></div>
<div style="padding: 0 18px 8px">${rng.chance(0.5) ? pointsLine(ctx, p, rng.int(10, 4000)) : ""}</div>
<div style="padding: 4px 18px 6px; font-size: 17px; font-weight: 700">${esc(ctx.label("transactions"))}</div>
${byMonth.map((m) => `${relativeDays ? "" : `<div class="mh">${esc(monthHeader(ctx.lang, m.month))}</div>`}${m.rows.map(rowHtml).join("")}`).join("")}
<div class="grow"></div>
${tabBar(ctx, p, 2)}`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: rng.pick([14, 15]) }),
      document: {
        kind: "transaction_list",
        currency: ctx.locale.currency,
        rows: rows.map((r) => ({
          date: isoDate(r.date),
          description: r.description,
          amount: major(r.amount),
          direction: r.direction,
        })),
      },
    };
  },
};
