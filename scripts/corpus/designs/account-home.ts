import { addDays, isoDate, numericDayMonth, type Ymd } from "../dates";
import type { Design } from "../design";
import { esc, palette, promoBanner, screen, tabBar } from "../kit";
import type { Language } from "../locales";
import { BANKS, MERCHANTS, PEOPLE } from "../merchants";
import { type Money, major } from "../money";

const W: Record<
  Language,
  { hello: string; recent: string; seeAll: string; actions: readonly string[]; savings: string; salary: string }
> = {
  en: {
    hello: "Good evening",
    recent: "Recent transactions",
    seeAll: "See all",
    actions: ["Send", "Request", "Top up", "Pay bills"],
    savings: "Savings goal",
    salary: "Salary",
  },
  de: {
    hello: "Guten Abend",
    recent: "Letzte Umsätze",
    seeAll: "Alle anzeigen",
    actions: ["Senden", "Anfordern", "Aufladen", "Rechnungen"],
    savings: "Sparziel",
    salary: "Gehalt",
  },
  fr: {
    hello: "Bonsoir",
    recent: "Dernières opérations",
    seeAll: "Tout voir",
    actions: ["Envoyer", "Demander", "Recharger", "Factures"],
    savings: "Objectif d'épargne",
    salary: "Salaire",
  },
  ja: {
    hello: "こんばんは",
    recent: "最近の取引",
    seeAll: "すべて見る",
    actions: ["送る", "受け取る", "チャージ", "請求書払い"],
    savings: "目標貯金",
    salary: "給与",
  },
  ko: {
    hello: "안녕하세요",
    recent: "최근 거래",
    seeAll: "전체보기",
    actions: ["송금", "요청", "충전", "공과금"],
    savings: "저축 목표",
    salary: "급여",
  },
  zh: {
    hello: "晚安",
    recent: "近期交易",
    seeAll: "查看全部",
    actions: ["轉帳", "收款", "儲值", "繳費"],
    savings: "儲蓄目標",
    salary: "薪資",
  },
};

interface Row {
  date: Ymd;
  description: string;
  amount: Money;
  direction: "in" | "out";
}

/**
 * A banking app's home screen: a big balance, quick-action buttons, a savings goal with its own
 * amounts, a promo, then only three to five recent transactions (the list the truth holds), each
 * with a short numeric or relative date, and a tab bar. Most amounts on it are not transactions.
 */
export const accountHome: Design = {
  id: "account-home",
  family: "list",
  kind: "transaction_list",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const w = W[ctx.lang];
    const p = palette(ctx.dark, rng.pick(["#6d28d9", "#0369a1", "#be185d", "#15803d", "#c2410c"]), { bg: "#f6f5fb" });
    const bank = rng.pick(BANKS[ctx.locale.id]);
    const rows: Row[] = [];
    let day = ctx.now.ymd;
    for (let i = rng.int(3, 5); i > 0; i--) {
      const salary = rng.chance(0.12);
      const person = rng.chance(0.15);
      rows.push({
        date: day,
        description: salary
          ? w.salary
          : person
            ? rng.pick(PEOPLE[ctx.locale.id])
            : rng.pick(MERCHANTS[ctx.locale.id]).name,
        amount: salary ? ctx.amount("transfer") : ctx.amount(rng.chance(0.5) ? "everyday" : "small", false),
        direction: salary || (person && rng.chance(0.5)) ? "in" : "out",
      });
      if (rng.chance(0.6)) day = addDays(day, -rng.int(1, 2));
    }
    const label = (d: Ymd) => ctx.relative(d) ?? numericDayMonth(d, ctx.locale.numericOrder);
    const balance = ctx.amount("large");
    const goal = ctx.cash(ctx.amount("large").minor * 10);
    const saved = ctx.cash(Math.round(goal.minor * rng.float() * 0.8));
    const css = `
.hd { padding: 6px 18px 0; display:flex; justify-content:space-between; align-items:center; }
.hd .hi { font-size: 14px; color:${p.sub}; }
.hd .bank { font-weight: 800; font-size: 18px; }
.bal { margin: 12px 16px; background:${p.accent}; color:#fff; border-radius: 20px; padding: 18px; }
.bal .k { font-size: 13px; opacity: .85; }
.bal .v { font-size: ${rng.pick([30, 34, 38])}px; font-weight: 800; }
.bal .acc { font-size: 12px; opacity: .8; margin-top: 6px; }
.acts { display:flex; justify-content:space-around; padding: 4px 10px 8px; font-size: 12px; }
.acts div { display:flex; flex-direction:column; align-items:center; gap: 4px; }
.acts span { width: 44px; height: 44px; border-radius: 14px; background:${p.accent}22; }
.goal { margin: 4px 16px; background:${p.card}; border-radius: 14px; padding: 12px 14px; font-size: 13px; }
.bar { height: 6px; border-radius: 3px; background:${p.sep}; margin-top: 8px; }
.bar i { display:block; height: 100%; border-radius: 3px; background:${p.accent}; }
.rh { display:flex; justify-content:space-between; padding: 12px 18px 6px; font-weight: 700; }
.rh a { color:${p.accent}; font-size: 13px; font-weight: 600; }
.list { margin: 0 16px; background:${p.card}; border-radius: 14px; }
.tx { display:flex; align-items:center; gap: 10px; padding: 11px 14px; }
.tx + .tx { border-top: 1px solid ${p.sep}; }
.tx .mid { flex: 1; min-width: 0; }
.tx .m { font-weight: 600; }
.tx .d { font-size: 12px; color:${p.sub}; }
.tx .a { font-weight: 700; white-space: nowrap; }
.tx .a.in { color:${p.positive}; }
`;
    const body = `
<div class="hd"><div><div class="hi">${esc(w.hello)}</div><div class="bank">${esc(bank)}</div></div><span style="width:34px;height:34px;border-radius:50%;background:${p.accent}"></span></div>
<div class="bal"><div class="k">${esc(ctx.label("balance"))}</div><div class="v num">${esc(ctx.fmt(balance))}</div><div class="acc num">•••• ${rng.digits(4)}</div></div>
<div class="acts">${w.actions.map((a) => `<div><span></span>${esc(a)}</div>`).join("")}</div>
${rng.chance(0.6) ? `<div class="goal"><div style="display:flex;justify-content:space-between"><span>${esc(w.savings)}</span><span class="num">${esc(ctx.fmt(saved))} / ${esc(ctx.fmt(goal))}</span></div><div class="bar"><i style="width:${Math.round((saved.minor / goal.minor) * 100)}%"></i></div></div>` : ""}
${rng.chance(0.5) ? promoBanner(ctx, p) : ""}
<div class="rh"><span>${esc(w.recent)}</span><a>${esc(w.seeAll)}</a></div>
<div class="list">${rows
      .map(
        (r) =>
          `<div class="tx"><div class="mid"><div class="m">${esc(r.description)}</div><div class="d num">${esc(label(r.date))}</div></div><div class="a num ${r.direction}">${esc(ctx.fmtSigned(r.amount, r.direction === "in" ? "plus" : "minus"))}</div></div>`,
      )
      .join("")}</div>
<div class="grow" style="min-height:14px"></div>
${tabBar(ctx, p, 0)}`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: 15 }),
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
