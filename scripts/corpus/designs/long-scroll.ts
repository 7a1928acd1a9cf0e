import { addDays, isoDate, type Ymd } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, screen } from "../kit";
import { BANKS, MERCHANTS } from "../merchants";
import { type Money, major } from "../money";

const W: Record<string, { title: string; pending: string; spent: string; statement: string; end: string }> = {
  en: {
    title: "All transactions",
    pending: "Pending",
    spent: "Total spent",
    statement: "Statement period",
    end: "No more transactions",
  },
  de: {
    title: "Alle Umsätze",
    pending: "Vorgemerkt",
    spent: "Ausgaben gesamt",
    statement: "Abrechnungszeitraum",
    end: "Keine weiteren Umsätze",
  },
  fr: {
    title: "Toutes les opérations",
    pending: "En attente",
    spent: "Total des dépenses",
    statement: "Période",
    end: "Aucune autre opération",
  },
  ja: {
    title: "ご利用明細一覧",
    pending: "確定前",
    spent: "ご利用合計",
    statement: "対象期間",
    end: "これ以上の明細はありません",
  },
  ko: {
    title: "전체 이용내역",
    pending: "승인 대기",
    spent: "총 이용금액",
    statement: "조회 기간",
    end: "더 이상 내역이 없습니다",
  },
  zh: { title: "全部交易紀錄", pending: "處理中", spent: "消費總計", statement: "查詢期間", end: "沒有更多紀錄" },
};

interface Row {
  date: Ymd;
  description: string;
  amount: Money;
  direction: "in" | "out";
  pending: boolean;
}

/**
 * A long scroll capture (a full-page screenshot several screens tall) of a card or bank app's
 * transaction list: 18–34 compact rows under full-date day headers, a few pending, refunds as
 * money in, a period total at the end (not a row).
 */
export const longScroll: Design = {
  id: "long-scroll",
  family: "list",
  kind: "transaction_list",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const w = W[ctx.lang] ?? W.en;
    if (!w) throw new Error("no wording");
    const p = palette(ctx.dark, rng.pick(["#1e40af", "#0f766e", "#9f1239", "#334155"]), { bg: "#ffffff" });
    const useStatement = rng.chance(0.5);
    const rows: Row[] = [];
    let day = addDays(ctx.now.ymd, -rng.int(0, 1));
    const n = rng.int(18, 34);
    for (let i = 0; i < n; i++) {
      const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
      const refund = rng.chance(0.08);
      rows.push({
        date: day,
        description: useStatement && merchant.statement ? merchant.statement : merchant.name,
        amount: ctx.amount(rng.chance(0.6) ? "everyday" : "small", false),
        direction: refund ? "in" : "out",
        pending: i < 3 && rng.chance(0.4),
      });
      if (rng.chance(0.55)) day = addDays(day, -rng.int(1, 2));
    }
    const groups: { date: Ymd; rows: Row[] }[] = [];
    for (const r of rows) {
      const last = groups[groups.length - 1];
      if (last && isoDate(last.date) === isoDate(r.date)) last.rows.push(r);
      else groups.push({ date: r.date, rows: [r] });
    }
    const spent = ctx.cash(rows.reduce((s, r) => s + (r.direction === "out" ? r.amount.minor : -r.amount.minor), 0));
    const last = rows[rows.length - 1]?.date ?? ctx.now.ymd;
    const compact = rng.chance(0.5);
    const css = `
.nav { display:flex; align-items:center; gap: 8px; padding: 6px 12px 10px; border-bottom: 1px solid ${p.sep}; font-weight: 700; font-size: 17px; }
.period { padding: 10px 16px; font-size: 12px; color:${p.sub}; }
.dh { padding: 8px 16px 4px; font-size: 12px; font-weight: 700; color:${p.sub}; background:${ctx.dark ? "#17171b" : "#f5f6f8"}; }
.r { display:flex; justify-content:space-between; gap: 12px; padding: ${compact ? 8 : 12}px 16px; border-bottom: 1px solid ${p.sep}; }
.r .d { min-width: 0; }
.r .pd { display:inline-block; font-size: 10px; color:${p.accent}; border: 1px solid ${p.accent}; border-radius: 4px; padding: 0 4px; margin-left: 6px; }
.r .a { white-space: nowrap; font-weight: 600; }
.r .a.in { color:${p.positive}; }
.tot { display:flex; justify-content:space-between; padding: 14px 16px; font-weight: 700; }
.end { text-align:center; color:${p.sub}; font-size: 12px; padding: 12px; }
`;
    const body = `
<div class="nav">${icon.chevronLeft(p.text)}<span>${esc(w.title)}</span><span style="margin-left:auto;font-size:13px;color:${p.sub}">${esc(rng.pick(BANKS[ctx.locale.id]))}</span></div>
<div class="period">${esc(w.statement)}: <span class="num">${esc(ctx.dateFormat(last))} – ${esc(ctx.dateFormat(ctx.now.ymd))}</span></div>
${groups
  .map(
    (g) =>
      `<div class="dh">${esc(ctx.dateFormat(g.date))}</div>${g.rows
        .map(
          (r) =>
            `<div class="r"><span class="d">${esc(r.description)}${r.pending ? `<span class="pd">${esc(w.pending)}</span>` : ""}</span><span class="a num ${r.direction}">${esc(ctx.fmtSigned(r.amount, r.direction === "in" ? "plus" : "none"))}</span></div>`,
        )
        .join("")}`,
  )
  .join("")}
<div class="tot"><span>${esc(w.spent)}</span><span class="num">${esc(ctx.fmt(spent.minor > 0 ? spent : ctx.cash(0)))}</span></div>
<div class="end">${esc(w.end)}</div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: compact ? 13 : 15 }),
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
