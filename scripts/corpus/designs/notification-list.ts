import { addDays, isoDate, minutes, weekdayName, type Ymd } from "../dates";
import type { Design } from "../design";
import { esc, palette, screen } from "../kit";
import type { Language, LocaleId } from "../locales";
import { MERCHANTS } from "../merchants";
import { type Money, major } from "../money";

const ISSUERS: Record<LocaleId, readonly string[]> = {
  "en-US": ["Chase", "Amex", "Capital One"],
  "en-GB": ["Monzo", "Barclays", "Revolut"],
  "en-MY": ["Maybank2u", "CIMB Clicks"],
  "en-SG": ["DBS digibank", "OCBC", "UOB TMRW"],
  "ja-JP": ["三井住友カード", "楽天カード", "PayPayカード"],
  "de-DE": ["N26", "Sparkasse", "DKB"],
  "fr-FR": ["Boursorama", "Revolut", "Société Générale"],
  "ko-KR": ["신한카드", "KB국민카드", "토스"],
  "zh-TW": ["國泰世華", "台新銀行", "玉山銀行"],
};

/** The notification's text: `{m}` merchant, `{a}` amount. */
const MESSAGES: Record<Language, readonly string[]> = {
  en: ["You spent {a} at {m}", "{m}: {a} card purchase approved", "A charge of {a} at {m} was made on your card"],
  de: ["Du hast {a} bei {m} bezahlt", "Kartenzahlung {a} bei {m}"],
  fr: ["Paiement de {a} chez {m}", "Vous avez payé {a} chez {m}"],
  ja: ["{m}で{a}のご利用がありました", "カードご利用のお知らせ：{m} {a}"],
  ko: ["{m} {a} 승인", "[승인] {m} {a} 일시불"],
  zh: ["您於{m}消費{a}", "刷卡通知：{m} {a}"],
};

const AGO: Record<Language, { minutes: (n: number) => string; hours: (n: number) => string }> = {
  en: { minutes: (n) => `${n}m ago`, hours: (n) => `${n}h ago` },
  de: { minutes: (n) => `vor ${n} Min.`, hours: (n) => `vor ${n} Std.` },
  fr: { minutes: (n) => `il y a ${n} min`, hours: (n) => `il y a ${n} h` },
  ja: { minutes: (n) => `${n}分前`, hours: (n) => `${n}時間前` },
  ko: { minutes: (n) => `${n}분 전`, hours: (n) => `${n}시간 전` },
  zh: { minutes: (n) => `${n}分鐘前`, hours: (n) => `${n}小時前` },
};

interface Note {
  date: Ymd;
  when: string;
  merchant: string;
  amount: Money;
}

/**
 * The phone's notification centre with a stack of card-purchase notifications: each one names
 * merchant and amount in a sentence and says when as "5m ago", "3h ago", "Yesterday" or a
 * weekday, all resolved against the capture time. A big lock-screen clock and date on top.
 */
export const notificationList: Design = {
  id: "notification-list",
  family: "list",
  kind: "transaction_list",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const p = palette(true, "#ffffff");
    const issuer = rng.pick(ISSUERS[ctx.locale.id]);
    const message = rng.pick(MESSAGES[ctx.lang]);
    const nowMin = minutes(ctx.now.hm);
    const notes: Note[] = [];
    let back = rng.int(1, 20);
    for (let i = rng.int(3, 6); i > 0; i--) {
      const merchant = rng.pick(MERCHANTS[ctx.locale.id]);
      const amount = ctx.amount(rng.chance(0.6) ? "everyday" : "small", false);
      let date: Ymd;
      let when: string;
      if (back < 60 && back <= nowMin) {
        date = ctx.now.ymd;
        when = AGO[ctx.lang].minutes(back);
      } else if (back < nowMin) {
        date = ctx.now.ymd;
        when = AGO[ctx.lang].hours(Math.floor(back / 60));
      } else {
        // Past midnight: whole days back; yesterday by name, then weekdays (within the week).
        const days = Math.min(6, 1 + Math.floor((back - nowMin) / (24 * 60)));
        date = addDays(ctx.now.ymd, -days);
        when = ctx.relative(date) ?? weekdayName(ctx.lang, date);
      }
      notes.push({ date, when, merchant: merchant.name, amount });
      back += rng.int(20, 600);
    }
    const bg = ctx.dark ? "linear-gradient(180deg,#0b1026,#2b1d3f)" : "linear-gradient(180deg,#3a6ea5,#c06c84)";
    const clock = ctx.locale.twelveHourClock ? ctx.now.hm.h % 12 || 12 : ctx.now.hm.h;
    const css = `
body { background: ${bg}; }
.lock { text-align:center; color:#fff; padding: 10px 0 20px; }
.lock .d { font-size: 17px; font-weight: 600; opacity: .9; }
.lock .t { font-size: 78px; font-weight: 700; letter-spacing: -1px; line-height: 1; }
.n { margin: 8px 10px; background: ${ctx.dark ? "#1e1e24d9" : "#f5f5f7e6"}; color:${ctx.dark ? "#f2f2f5" : "#111"}; border-radius: 18px; padding: 10px 14px; font-size: 14px; }
.n .h { display:flex; justify-content:space-between; font-size: 12px; opacity: .7; margin-bottom: 2px; }
.n .h b { text-transform: uppercase; letter-spacing: .3px; }
`;
    const body = `
<div class="lock"><div class="d">${esc(ctx.dateFormat(ctx.now.ymd))}</div><div class="t num">${clock}:${String(ctx.now.hm.min).padStart(2, "0")}</div></div>
${notes
  .map(
    (n) => `<div class="n"><div class="h"><b>${esc(issuer)}</b><span>${esc(n.when)}</span></div>
<div>${esc(message.replace("{m}", n.merchant).replace("{a}", ctx.fmt(n.amount)))}</div></div>`,
  )
  .join("")}
<div class="grow"></div>`;
    return {
      html: screen(ctx, {
        palette: { ...p, bg: ctx.dark ? "#0b1026" : "#3a6ea5", text: "#ffffff", sub: "#e5e5ea" },
        css,
        body,
      }),
      document: {
        kind: "transaction_list",
        currency: ctx.locale.currency,
        rows: notes.map((n) => ({
          date: isoDate(n.date),
          description: n.merchant,
          amount: major(n.amount),
          direction: "out" as const,
        })),
      },
    };
  },
};
