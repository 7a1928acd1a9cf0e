import { hm24, isoDate } from "../dates";
import type { Design } from "../design";
import { esc, icon, kv, palette, reference, screen } from "../kit";
import type { LocaleId } from "../locales";
import { PEOPLE } from "../merchants";
import { major } from "../money";

const APPS: Record<LocaleId, readonly { app: string; accent: string; source: string }[]> = {
  "en-US": [
    { app: "Venmo", accent: "#008cff", source: "Venmo balance" },
    { app: "Cash App", accent: "#00c244", source: "Cash balance" },
    { app: "Zelle", accent: "#6d1ed4", source: "Chase Checking ••1234" },
  ],
  "en-GB": [
    { app: "Monzo", accent: "#ff4f40", source: "Personal account" },
    { app: "Revolut", accent: "#0666eb", source: "GBP account" },
  ],
  "en-MY": [{ app: "DuitNow Transfer", accent: "#e6007e", source: "Savings Account-i" }],
  "en-SG": [{ app: "PayNow", accent: "#7b2d8e", source: "DBS Multiplier Account" }],
  "ja-JP": [
    { app: "PayPay", accent: "#ff0033", source: "PayPayマネー" },
    { app: "LINE Pay", accent: "#06c755", source: "LINE Pay残高" },
  ],
  "de-DE": [
    { app: "PayPal", accent: "#003087", source: "PayPal-Guthaben" },
    { app: "Wero", accent: "#1d1d1b", source: "Girokonto" },
  ],
  "fr-FR": [
    { app: "Lydia", accent: "#0f7dff", source: "Solde Lydia" },
    { app: "Paylib", accent: "#00a19a", source: "Compte courant" },
  ],
  "ko-KR": [
    { app: "토스", accent: "#3182f6", source: "토스뱅크 통장" },
    { app: "카카오페이", accent: "#fee500", source: "카카오페이머니" },
  ],
  "zh-TW": [
    { app: "LINE Pay", accent: "#06c755", source: "LINE Pay Money" },
    { app: "街口支付", accent: "#d7000f", source: "街口帳戶" },
  ],
};

const SENT: Record<string, (who: string) => string> = {
  en: (who) => `You sent money to ${who}`,
  de: (who) => `Gesendet an ${who}`,
  fr: (who) => `Envoyé à ${who}`,
  ja: (who) => `${who}さんに送りました`,
  ko: (who) => `${who}님에게 보냈어요`,
  zh: (who) => `已轉帳給 ${who}`,
};
const TO: Record<string, string> = { en: "To", de: "An", fr: "À", ja: "送付先", ko: "받는 분", zh: "收款人" };
const NOTE: Record<string, readonly string[]> = {
  en: ["Dinner", "Rent share", "Concert tickets", "Thanks!"],
  de: ["Pizza gestern", "Miete Anteil", "Danke!"],
  fr: ["Resto vendredi", "Loyer", "Merci !"],
  ja: ["飲み会代", "ランチ代", "ありがとう！"],
  ko: ["회비", "점심값", "고마워!"],
  zh: ["聚餐費用", "房租", "謝謝！"],
};
const NOTE_LABEL: Record<string, string> = {
  en: "Note",
  de: "Notiz",
  fr: "Message",
  ja: "メッセージ",
  ko: "메모",
  zh: "備註",
};

/**
 * A person-to-person transfer confirmation (Venmo, PayNow, PayPay, Toss, Lydia…): who was paid,
 * the amount, a note, a zero fee (a distractor amount), the funding source, a transaction id.
 * The "merchant" of the truth is the recipient as shown.
 */
export const p2pSend: Design = {
  id: "p2p-send",
  family: "p2p",
  kind: "receipt",
  locales: ["en-US", "en-GB", "en-MY", "en-SG", "ja-JP", "de-DE", "fr-FR", "ko-KR", "zh-TW"],
  render(ctx) {
    const { rng } = ctx;
    const app = rng.pick(APPS[ctx.locale.id]);
    const onAccent = app.accent === "#fee500" ? "#191919" : "#ffffff";
    const p = palette(ctx.dark, app.accent);
    const who = rng.pick(PEOPLE[ctx.locale.id]);
    const total = ctx.amount(rng.chance(0.6) ? "everyday" : "transfer", rng.chance(0.7));
    const when = ctx.pastMoment(rng.chance(0.5) ? 0 : 6);
    const showTime = rng.chance(0.8);
    const ref = rng.chance(0.7)
      ? reference(ctx, rng.pick(["9999999999999999999", "AA9999AAA99", "P2P-99999999"]))
      : null;
    const showFee = rng.chance(0.6);
    const note = rng.chance(0.6) ? rng.pick(NOTE[ctx.lang] ?? []) : null;
    const relative = rng.chance(0.5) ? ctx.relative(when.ymd) : null;
    const dateText = `${relative ?? ctx.dateFormat(when.ymd)}${showTime ? ` ${ctx.timeFormat(when.hm)}` : ""}`;
    const initials = who.replace(/\s+/g, "").slice(0, 1);
    const rows = [
      kv(TO[ctx.lang] ?? "To", esc(who)),
      kv(ctx.label("date"), esc(dateText)),
      kv(ctx.label("paymentMethod"), esc(app.source)),
      showFee ? kv(ctx.label("fee"), `<span class="num">${esc(ctx.fmt(ctx.cash(0)))}</span>`) : "",
      ref ? kv(ctx.label("reference"), `<span class="num">${esc(ref)}</span>`) : "",
      note ? kv(NOTE_LABEL[ctx.lang] ?? "Note", esc(note)) : "",
    ];
    const css = `
.top { display:flex; justify-content:space-between; align-items:center; padding: 6px 16px; }
.who { display:flex; flex-direction:column; align-items:center; gap: 10px; padding: 20px 16px; }
.avatar { width: 72px; height: 72px; border-radius: 50%; background:${app.accent}; color:${onAccent}; font-size: 30px; font-weight: 700;
  display:flex; align-items:center; justify-content:center; }
.who .s { color:${p.sub}; text-align:center; }
.who .amt { font-size: ${rng.pick([40, 44, 48])}px; font-weight: 800; }
.box { margin: 8px 16px; background:${p.card}; border-radius: 14px; padding: 2px 16px; }
.kv { display:flex; justify-content:space-between; padding: 12px 0; gap: 14px; }
.kv + .kv { border-top: 1px solid ${p.sep}; }
.kv .k { color:${p.sub}; }
.kv .v { text-align: right; }
.btn { margin: 16px; height: 48px; border-radius: 24px; background:${app.accent}; color:${onAccent}; display:flex; align-items:center; justify-content:center; font-weight:700; }
`;
    const body = `
<div class="top">${icon.close(p.text)}<b>${esc(app.app)}</b>${icon.share(p.text)}</div>
<div class="who"><div class="avatar">${esc(initials)}</div>
<div class="s">${esc((SENT[ctx.lang] ?? SENT.en ?? ((w: string) => w))(who))}</div>
<div class="amt num">${esc(ctx.fmt(total))}</div></div>
<div class="box">${rows.join("")}</div>
<div class="grow"></div>
<div class="btn">${esc(ctx.label("done"))}</div>`;
    return {
      html: screen(ctx, { palette: p, css, body, fontSize: rng.pick([15, 16]) }),
      document: {
        kind: "receipt",
        merchant: who,
        address: null,
        date: isoDate(when.ymd),
        time: showTime ? hm24(when.hm) : null,
        subtotal: null,
        tax: null,
        rounding: null,
        total: major(total),
        currency: total.currency,
        paymentMethod: app.source,
        reference: ref,
        items: [],
      },
    };
  },
};
