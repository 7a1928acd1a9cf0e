import { addDays, isoDate, type Ymd } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, screen, tabBar } from "../kit";
import { MERCHANTS } from "../merchants";
import { type Money, major } from "../money";

const ACCENTS = ["#4f46e5", "#0e7490", "#be123c", "#15803d", "#1d4ed8"];
const CARDS = ["Visa Platinum", "Sapphire", "Gold Card", "Everyday Card", "World Elite", "Rewards+"];
const REFUND: Record<string, string> = {
  en: "Refund",
  de: "Erstattung",
  fr: "Remboursement",
  ja: "返金",
  ko: "환불",
  zh: "退款",
};
const CREDIT: Record<string, string> = {
  en: "Available credit",
  de: "Verfügbarer Rahmen",
  fr: "Crédit disponible",
  ja: "ご利用可能額",
  ko: "이용 가능 한도",
  zh: "可用額度",
};

interface Row {
  date: Ymd;
  description: string;
  sub: string;
  amount: Money;
  direction: "in" | "out";
}

/**
 * A credit-card app's history: a card summary (balance and available credit: not rows), filter
 * chips, rows grouped under day headers (relative for today/yesterday when the app does that),
 * refunds in green with a plus. Japanese cards sometimes show the statement's half-width kana.
 */
export const cardHistory: Design = {
  id: "card-history",
  family: "list",
  kind: "transaction_list",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const p = palette(ctx.dark, rng.pick(ACCENTS), { bg: "#f4f4f7" });
    const useStatementNames = rng.chance(0.5);
    const useRelative = rng.chance(0.6);
    const groups: { date: Ymd; rows: Row[] }[] = [];
    let day = ctx.now.ymd;
    const nGroups = rng.int(2, 4);
    for (let g = 0; g < nGroups; g++) {
      day = g === 0 ? addDays(day, -rng.int(0, 1)) : addDays(day, -rng.int(1, 3));
      const rows: Row[] = [];
      for (let r = rng.int(1, 3); r > 0; r--) {
        const mer = rng.pick(MERCHANTS[ctx.locale.id]);
        const refund = rng.chance(0.12);
        rows.push({
          date: day,
          description: useStatementNames && mer.statement ? mer.statement : mer.name,
          sub: refund ? (REFUND[ctx.lang] ?? "Refund") : mer.category,
          amount: ctx.amount(rng.chance(0.6) ? "everyday" : "small", false),
          direction: refund ? "in" : "out",
        });
      }
      groups.push({ date: day, rows });
    }
    const showMinus = rng.chance(0.4);
    const row = (r: Row) => `<div class="tx">
  <div class="logo" style="background:${rng.pick(ACCENTS)}">${esc(r.description.charAt(0))}</div>
  <div class="mid"><div class="m">${esc(r.description)}</div><div class="c">${esc(r.sub)}</div></div>
  <div class="amt num${r.direction === "in" ? " in" : ""}">${esc(ctx.fmtSigned(r.amount, r.direction === "in" ? "plus" : showMinus ? "minus" : "none"))}</div>
</div>`;
    const header = (d: Ymd) => (useRelative ? (ctx.relative(d) ?? ctx.dateFormat(d)) : ctx.dateFormat(d));
    const balance = ctx.amount("large", false);
    const credit = ctx.amount("large", true);
    const css = `
.top { display:flex; align-items:center; justify-content:space-between; padding: 6px 20px 10px; }
.top h1 { font-size: ${rng.pick([24, 28, 30])}px; font-weight: 700; }
.sum { margin: 0 16px 12px; background:${p.card}; border-radius: 16px; padding: 14px; display:flex; gap: 14px; align-items:center; }
.plastic { width: 96px; height: 60px; border-radius: 8px; flex:none; padding: 7px 8px; color:#fff; font-size: 10px; font-weight:700;
  background: linear-gradient(135deg, #111827, ${p.accent}); display:flex; flex-direction:column; justify-content:space-between; }
.bal .k, .bal .a { font-size: 12px; color:${p.sub}; }
.bal .v { font-size: 22px; font-weight: 700; }
.chips { display:flex; gap: 8px; padding: 0 16px 4px; font-size: 13px; }
.chips span { padding: 5px 12px; border-radius: 999px; background:${p.sep}; }
.day { font-size: 13px; font-weight: 700; color:${p.sub}; padding: 14px 20px 6px; }
.list { background:${p.card}; border-radius: 14px; margin: 0 16px; }
.tx { display:flex; align-items:center; gap: 12px; padding: 11px 14px; }
.tx + .tx { border-top: 1px solid ${p.sep}; }
.logo { width: 36px; height: 36px; border-radius: 50%; color:#fff; font-weight:700; display:flex; align-items:center; justify-content:center; flex:none; }
.mid { flex: 1; min-width: 0; }
.m { font-weight: 700; }
.c { font-size: 12px; color:${p.sub}; }
.amt { font-weight: 700; white-space: nowrap; }
.amt.in { color:${p.positive}; }
`;
    const body = `
<div class="top"><h1>${esc(ctx.label("transactions"))}</h1><div style="display:flex;gap:16px">${icon.search(p.accent)}${icon.filter(p.accent)}</div></div>
<div class="sum"><div class="plastic"><span>${esc(rng.pick(CARDS))}</span><span style="text-align:right">•••• ${rng.digits(4)}</span></div>
<div class="bal"><div class="k">${esc(ctx.label("balance"))}</div><div class="v num">${esc(ctx.fmt(balance))}</div>
<div class="a">${esc(CREDIT[ctx.lang] ?? "")} <span class="num">${esc(ctx.fmt(credit))}</span></div></div></div>
${groups.map((g) => `<div class="day">${esc(header(g.date))}</div><div class="list">${g.rows.map(row).join("")}</div>`).join("\n")}
<div class="grow" style="min-height:16px"></div>
${tabBar(ctx, p, 1)}`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: rng.pick([14, 15, 16]) }),
      document: {
        kind: "transaction_list",
        currency: ctx.locale.currency,
        rows: groups.flatMap((g) =>
          g.rows.map((r) => ({
            date: isoDate(r.date),
            description: r.description,
            amount: major(r.amount),
            direction: r.direction,
          })),
        ),
      },
    };
  },
};
