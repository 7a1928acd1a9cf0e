import { hm24, isoDate } from "../dates";
import type { Design } from "../design";
import { esc, icon, palette, reference, screen } from "../kit";
import type { Language } from "../locales";
import { BANKS, PEOPLE } from "../merchants";
import { major } from "../money";

const W: Record<
  Language,
  {
    title: string;
    done: string;
    to: string;
    from: string;
    account: string;
    scheduled: string;
    purpose: string;
    purposes: readonly string[];
  }
> = {
  en: {
    title: "Transfer",
    done: "Transfer successful",
    to: "Recipient",
    from: "From account",
    account: "Account no.",
    scheduled: "Transfer date",
    purpose: "Reference",
    purposes: ["Rent December", "Invoice 2291", "Dinner split"],
  },
  de: {
    title: "Überweisung",
    done: "Überweisung ausgeführt",
    to: "Empfänger",
    from: "Von Konto",
    account: "IBAN",
    scheduled: "Ausführungsdatum",
    purpose: "Verwendungszweck",
    purposes: ["Miete Dezember", "Rechnung 2291", "Geschenk"],
  },
  fr: {
    title: "Virement",
    done: "Virement effectué",
    to: "Bénéficiaire",
    from: "Compte débité",
    account: "IBAN",
    scheduled: "Date d'exécution",
    purpose: "Motif",
    purposes: ["Loyer décembre", "Facture 2291", "Cadeau"],
  },
  ja: {
    title: "振込",
    done: "お振込みを受け付けました",
    to: "振込先",
    from: "出金口座",
    account: "口座番号",
    scheduled: "振込日",
    purpose: "依頼人名",
    purposes: ["ﾔﾏﾀﾞ ｹﾝｼﾞ", "ｽｽﾞｷ ｲﾁﾛｳ"],
  },
  ko: {
    title: "이체",
    done: "이체가 완료되었습니다",
    to: "받는 분",
    from: "출금 계좌",
    account: "계좌번호",
    scheduled: "이체일",
    purpose: "받는 분 통장 표시",
    purposes: ["월세", "회비", "축의금"],
  },
  zh: {
    title: "轉帳",
    done: "轉帳成功",
    to: "收款人",
    from: "轉出帳號",
    account: "轉入帳號",
    scheduled: "轉帳日期",
    purpose: "備註",
    purposes: ["房租", "聚餐", "學費"],
  },
};

/**
 * A bank's transfer confirmation: recipient and their bank and (masked) account number, the
 * amount, a fee (often zero), the account debited with its remaining balance, the execution
 * date and time, a purpose and a transaction number. The "merchant" is the recipient as shown;
 * the payment method is the debited account as shown.
 */
export const bankTransfer: Design = {
  id: "bank-transfer",
  family: "transfer",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const w = W[ctx.lang];
    const bank = rng.pick(BANKS[ctx.locale.id]);
    const p = palette(ctx.dark, rng.pick(["#00539f", "#007a5e", "#d52b1e", "#4b286d", "#ff6200"]));
    const who = rng.pick(PEOPLE[ctx.locale.id]);
    const theirBank = rng.pick(BANKS[ctx.locale.id]);
    const iban = ctx.lang === "de" || ctx.lang === "fr";
    const account = iban
      ? `${ctx.lang === "de" ? "DE" : "FR"}${rng.digits(2)} •••• •••• ${rng.digits(4)}`
      : `${rng.pick(["****", "•••", "xxx"])}${rng.digits(4)}`;
    const source = `${bank} ${rng.pick(["••", "*", "x"])}${rng.digits(4)}`;
    const total = ctx.amount("transfer");
    const fee = ctx.cash(
      rng.chance(0.6)
        ? 0
        : { USD: 300, GBP: 0, EUR: 0, JPY: 145, MYR: 100, SGD: 0, KRW: 500, TWD: 15 }[ctx.locale.currency],
    );
    const left = ctx.amount("large");
    const when = ctx.pastMoment(rng.chance(0.6) ? 0 : 5);
    const ref = reference(ctx, rng.pick(["9999999999", "TRX-99999999", "AA99999999999"]));
    const purpose = rng.chance(0.7) ? rng.pick(w.purposes) : null;
    const rows: [string, string][] = [
      [w.to, `${esc(who)}<br><small>${esc(theirBank)} · ${esc(account)}</small>`],
      [ctx.label("amount"), `<b class="num">${esc(ctx.fmt(total))}</b>`],
      [ctx.label("fee"), `<span class="num">${esc(ctx.fmt(fee))}</span>`],
      [
        w.from,
        `${esc(source)}<br><small>${esc(ctx.label("balance"))} <span class="num">${esc(ctx.fmt(left))}</span></small>`,
      ],
      [w.scheduled, `<span class="num">${esc(ctx.dateFormat(when.ymd))} ${esc(ctx.timeFormat(when.hm))}</span>`],
    ];
    // A fee is charged on top: then the screen shows what left the account, and that is the total.
    const debited = ctx.cash(total.minor + fee.minor);
    if (fee.minor > 0) rows.splice(3, 0, [ctx.label("total"), `<b class="num">${esc(ctx.fmt(debited))}</b>`]);
    if (purpose) rows.push([w.purpose, esc(purpose)]);
    rows.push([ctx.label("reference"), `<span class="num">${esc(ref)}</span>`]);
    const ordered = rng.chance(0.5)
      ? rows
      : [rows[1], rows[0], ...rows.slice(2)].filter((r): r is [string, string] => !!r);
    const css = `
.nav { display:flex; align-items:center; gap: 10px; padding: 6px 16px 12px; font-size: 17px; font-weight: 700; background:${p.accent}; color:#fff; }
.ok { display:flex; align-items:center; gap: 12px; padding: 18px 16px; background:${p.card}; }
.ok .t { font-size: 18px; font-weight: 700; }
.ok .s { font-size: 13px; color:${p.sub}; }
table { width: calc(100% - 32px); margin: 12px 16px; border-collapse: collapse; background:${p.card}; border-radius: 10px; overflow: hidden; font-size: 14px; }
td { padding: 11px 12px; border-bottom: 1px solid ${p.sep}; vertical-align: top; }
td.k { color:${p.sub}; width: 38%; }
td small { color:${p.sub}; font-size: 12px; }
.btns { display:flex; gap: 10px; margin: 10px 16px; }
.btns div { flex: 1; height: 46px; border-radius: 8px; display:flex; align-items:center; justify-content:center; font-weight: 700; }
`;
    const body = `
<div class="nav">${icon.chevronLeft("#fff")}<span>${esc(bank)} · ${esc(w.title)}</span></div>
<div class="ok">${icon.checkCircle(p.positive, 40)}<div><div class="t">${esc(w.done)}</div><div class="s">${esc(ctx.label("status"))}: ${esc(ctx.label("completed"))}</div></div></div>
<table>${ordered.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${v}</td></tr>`).join("")}</table>
<div class="grow"></div>
<div class="btns"><div style="border:1px solid ${p.accent};color:${p.accent}">${esc(ctx.label("details"))}</div><div style="background:${p.accent};color:#fff">${esc(ctx.label("done"))}</div></div>`;
    return {
      html: screen(ctx, { palette: p, css, body, statusBarBackground: p.accent, statusBarColor: "#fff", fontSize: 15 }),
      document: {
        kind: "receipt",
        merchant: who,
        address: null,
        date: isoDate(when.ymd),
        time: hm24(when.hm),
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(debited),
        currency: total.currency,
        paymentMethod: source,
        reference: ref,
        items: [],
      },
    };
  },
};
