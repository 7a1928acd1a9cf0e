import { addDays, compareYmd, isoDate, monthHeader, YEARLESS_DATE_FORMATS, type Ymd } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, screen } from "../kit";
import type { LocaleId } from "../locales";
import { BANKS, MERCHANTS, PEOPLE } from "../merchants";
import { type Money, major } from "../money";

/** Statement wordings, as banks print them: `{m}` a merchant's statement name, `{p}` a person. */
const OUT: Record<string, readonly string[]> = {
  en: ["CARD PAYMENT {m}", "{m}", "DIRECT DEBIT {m}", "TRANSFER TO {P}", "ATM WITHDRAWAL"],
  de: ["Kartenzahlung {m}", "Lastschrift {m}", "Überweisung an {p}", "Bargeldauszahlung"],
  fr: ["PAIEMENT CB {m}", "PRLV SEPA {m}", "VIR. EMIS {P}", "RETRAIT DAB"],
  ja: ["{k}", "ﾐﾂｲｽﾐﾄﾓ ｶ-ﾄﾞ", "ﾗｸﾃﾝｶ-ﾄﾞｻ-ﾋﾞｽ", "ﾃﾞﾝｷﾀﾞｲ", "ｽｲﾄﾞｳﾀﾞｲ", "ATM ﾋｷﾀﾞｼ", "ｼﾞｪｰｼｰﾋﾞｰ"],
  ko: ["{m}", "체크카드 {m}", "{p} 이체", "ATM 출금"],
  zh: ["{m}", "轉帳 {p}", "ATM提款", "信用卡費"],
};
const IN: Record<string, readonly string[]> = {
  en: ["SALARY ACME LTD", "TRANSFER FROM {P}", "REFUND {m}", "INTEREST"],
  de: ["Gehalt Muster GmbH", "Gutschrift {p}", "Zinsen"],
  fr: ["VIR. RECU {P}", "SALAIRE SARL DUPONT", "REMBOURSEMENT {m}"],
  ja: ["ｷﾕｳﾖ ｶ)ｻｸﾗｼﾖｳｼﾞ", "ﾌﾘｺﾐ {h}", "ﾘｿｸ"],
  ko: ["급여 (주)한빛상사", "{p} 입금", "이자"],
  zh: ["薪資轉入", "{p} 轉入", "利息"],
};
const COLUMNS: Record<string, { out: string; in: string; bal: string; account: string }> = {
  en: { out: "Money out", in: "Money in", bal: "Balance", account: "Current account" },
  de: { out: "Ausgang", in: "Eingang", bal: "Saldo", account: "Girokonto" },
  fr: { out: "Débit", in: "Crédit", bal: "Solde", account: "Compte courant" },
  ja: { out: "お引出し", in: "お預入れ", bal: "残高", account: "普通預金" },
  ko: { out: "출금", in: "입금", bal: "잔액", account: "입출금통장" },
  zh: { out: "支出", in: "存入", bal: "餘額", account: "活期存款" },
};

interface Row {
  date: Ymd;
  description: string;
  amount: Money;
  direction: "in" | "out";
  balance: Money;
}

const HALF_WIDTH_PEOPLE = ["ﾀﾅｶ ﾀﾛｳ", "ｻﾄｳ ﾊﾅｺ", "ﾔﾏﾀﾞ ｹﾝｼﾞ", "ｽｽﾞｷ ｲﾁﾛｳ"];

function statementText(template: string, locale: LocaleId, pick: <T>(xs: readonly T[]) => T): string {
  const merchant = pick(MERCHANTS[locale]);
  const person = pick(PEOPLE[locale]);
  return template
    .replace("{m}", merchant.statement ?? merchant.name)
    .replace("{k}", merchant.statement ?? merchant.name)
    .replace("{p}", person)
    .replace("{P}", person.toUpperCase())
    .replace("{h}", pick(HALF_WIDTH_PEOPLE));
}

/**
 * A bank app's account statement: account and balance on top, rows under month headers with
 * year-less dates (resolved against the capture date), money in and out in separate columns or
 * signed, a running balance on every row (not a row amount). Japanese banks print half-width kana.
 */
export const bankStatement: Design = {
  id: "bank-statement",
  family: "list",
  kind: "transaction_list",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const bank = rng.pick(BANKS[ctx.locale.id]);
    const p = palette(ctx.dark, rng.pick(["#004b8d", "#00703c", "#c8102e", "#5b2a86", "#0b6e99"]));
    const cols = COLUMNS[ctx.lang] ?? COLUMNS.en;
    if (!cols) throw new Error("no column wording");
    const twoColumns = rng.chance(0.5);
    const dayFormat = rng.weighted(YEARLESS_DATE_FORMATS[ctx.lang].map(([, f, w]) => [f, w] as const));
    const pick = <T>(xs: readonly T[]) => rng.pick(xs);

    // Newest first, as bank apps list them. Amounts first, so that the running balance (walked
    // back from today's) never goes below zero.
    const n = rng.int(5, 9);
    const drafts = Array.from({ length: n }, () => {
      const incoming = rng.chance(0.2);
      const template = rng.pick((incoming ? IN : OUT)[ctx.lang] ?? []);
      const small = /INTEREST|Zinsen|ﾘｿｸ|이자|利息/.test(template);
      const amount = incoming
        ? ctx.amount(small ? "small" : "transfer", !small)
        : ctx.amount(rng.chance(0.5) ? "everyday" : "large", false);
      return { incoming, template, amount };
    });
    let balance = ctx.amount("large").minor + drafts.reduce((s, d) => s + (d.incoming ? d.amount.minor : 0), 0);
    let day = addDays(ctx.now.ymd, -rng.int(0, 2));
    const rows: Row[] = [];
    for (const { incoming, template, amount } of drafts) {
      rows.push({
        date: day,
        description: statementText(template, ctx.locale.id, pick),
        amount,
        direction: incoming ? "in" : "out",
        balance: ctx.cash(balance),
      });
      balance += incoming ? -amount.minor : amount.minor;
      day = addDays(day, -rng.int(0, 4));
    }
    const months: { month: Ymd; rows: Row[] }[] = [];
    for (const row of rows) {
      const last = months[months.length - 1];
      if (last && last.month.m === row.date.m && last.month.y === row.date.y) last.rows.push(row);
      else months.push({ month: row.date, rows: [row] });
    }
    // Passbook style: date and description on one line, then out / in / balance columns.
    const passbookRow = (r: Row) => `<div class="pb">
  <div class="top"><span class="d num">${esc(dayFormat(r.date))}</span><span class="desc">${esc(r.description)}</span></div>
  <div class="cols num"><span class="a">${r.direction === "out" ? esc(ctx.fmt(r.amount)) : ""}</span><span class="a in">${r.direction === "in" ? esc(ctx.fmt(r.amount)) : ""}</span><span class="b">${esc(ctx.fmt(r.balance))}</span></div>
</div>`;
    const signedRow = (r: Row) => `<div class="row">
  <span class="d num">${esc(dayFormat(r.date))}</span>
  <span class="desc">${esc(r.description)}<small class="num">${esc(cols.bal)} ${esc(ctx.fmt(r.balance))}</small></span>
  <span class="a num ${r.direction}">${esc(ctx.fmtSigned(r.amount, r.direction === "in" ? "plus" : "minus"))}</span>
</div>`;
    const rowHtml = twoColumns ? passbookRow : signedRow;
    const head = twoColumns
      ? `<div class="pb hd"><div class="cols"><span class="a">${esc(cols.out)}</span><span class="a">${esc(cols.in)}</span><span class="b">${esc(cols.bal)}</span></div></div>`
      : "";
    const total = ctx.cash(rows[0]?.balance.minor ?? 0);
    const css = `
.bar { background:${p.accent}; color:#fff; padding: 8px 16px 18px; }
.bar .t { display:flex; align-items:center; gap: 10px; font-weight:700; font-size: 17px; }
.bar .acct { margin-top: 12px; font-size: 13px; opacity: .85; }
.bar .bal { font-size: 28px; font-weight: 700; }
.mh { padding: 14px 14px 6px; font-weight: 700; color:${p.sub}; font-size: 13px; background:${p.bg}; }
.row { display:grid; grid-template-columns: 56px 1fr auto; gap: 6px; align-items:start;
  padding: 10px 14px; background:${p.card}; border-bottom: 1px solid ${p.sep}; font-size: 14px; }
.pb { padding: 8px 14px; background:${p.card}; border-bottom: 1px solid ${p.sep}; font-size: 14px; }
.pb .top { display:flex; gap: 10px; }
.pb .cols { display:grid; grid-template-columns: 1fr 1fr 1fr; gap: 6px; margin-top: 3px; }
.pb .b { text-align:right; color:${p.sub}; }
.pb.hd { font-size: 11px; color:${p.sub}; padding: 6px 14px; }
.pb.hd .a { font-weight: 400; color:${p.sub}; }
.d { color:${p.sub}; font-size: 13px; }
.desc small { display:block; color:${p.sub}; font-size: 11px; margin-top: 2px; }
.a { text-align:right; font-weight:700; white-space:nowrap; }
.a.in { color:${p.positive}; }
`;
    const body = `
<div class="bar"><div class="t">${icon.chevronLeft("#fff")}<span>${esc(bank)}</span></div>
<div class="acct">${esc(cols.account)} ${rng.digits(3)}-${rng.digits(7)}</div>
<div class="acct">${esc(ctx.label("balance"))}</div><div class="bal num">${esc(ctx.fmt(total))}</div></div>
${head}
${months.map((m) => `<div class="mh">${esc(monthHeader(ctx.lang, m.month))}</div>${m.rows.map(rowHtml).join("")}`).join("")}
<div class="grow"></div>`;
    if (rows.some((r) => compareYmd(r.date, ctx.now.ymd) > 0)) throw new Error("statement row after capture");
    return {
      html: screen(ctx, { palette: p, css, body, statusBarBackground: p.accent, statusBarColor: "#fff", fontSize: 14 }),
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
