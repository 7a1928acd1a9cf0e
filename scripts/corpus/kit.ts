/**
 * HTML building blocks for corpus designs: the page shell (status bar, currency evidence, home
 * indicator), palettes for light and dark, and the distractors real screens carry (promo banners
 * with amounts, balances, points, tab bars). Icons and escaping come from the fixture kit.
 */
import { esc, icon } from "../fixtures/html";
import { statusClock } from "./dates";
import type { DesignContext } from "./design";
import { TAB_BARS } from "./labels";
import { formatMoney, type Money } from "./money";

export { esc, icon };

export interface Palette {
  bg: string;
  card: string;
  text: string;
  sub: string;
  sep: string;
  accent: string;
  /** Text on the accent colour. */
  onAccent: string;
  positive: string;
  negative: string;
}

/** A neutral palette around an accent colour; `tint` recolours the light background and cards. */
export function palette(dark: boolean, accent: string, tint?: { bg?: string; card?: string }): Palette {
  return dark
    ? {
        bg: "#0f0f12",
        card: "#1c1c21",
        text: "#f2f2f5",
        sub: "#9a9aa5",
        sep: "#2c2c33",
        accent,
        onAccent: "#ffffff",
        positive: "#3ddc84",
        negative: "#ff6b6b",
      }
    : {
        bg: tint?.bg ?? "#f3f4f6",
        card: tint?.card ?? "#ffffff",
        text: "#16161a",
        sub: "#6b6b76",
        sep: "#e7e7ec",
        accent,
        onAccent: "#ffffff",
        positive: "#14804a",
        negative: "#c62828",
      };
}

export interface ScreenOptions {
  palette: Palette;
  /** CSS font stack; defaults to the locale's sans face. */
  font?: string;
  /** Base font size in px (designs differ: 14–17). */
  fontSize?: number;
  css: string;
  body: string;
  /** Status bar colours differ from the page's (a coloured header behind it). */
  statusBarBackground?: string;
  statusBarColor?: string;
}

/**
 * The whole document: status bar (clock = the capture time, sometimes a battery percentage),
 * the body, a currency note when the money format alone does not name the currency, and the
 * home indicator.
 */
export function screen(ctx: DesignContext, o: ScreenOptions): string {
  const p = o.palette;
  const font = o.font ?? ctx.locale.font.sans;
  return `<!doctype html>
<html lang="${ctx.locale.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
*, *::before, *::after { box-sizing: border-box; margin: 0; padding: 0; }
html { scrollbar-width: none; background: ${p.bg}; }
::-webkit-scrollbar { display: none; }
body { min-height: 100vh; display: flex; flex-direction: column; background: ${p.bg}; color: ${p.text};
  font-family: ${font}; font-size: ${o.fontSize ?? 16}px; line-height: 1.35; -webkit-font-smoothing: antialiased; }
.num { font-variant-numeric: tabular-nums; }
.grow { flex: 1 1 auto; }
.sb { height: 46px; flex: none; display: flex; align-items: center; justify-content: space-between;
  padding: 4px 24px 0 30px; font-family: "DejaVu Sans", sans-serif; }
.sb .clock { font-size: 15px; font-weight: 700; }
.sb .icons { display: flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 700; }
.sb .batt { position: relative; width: 24px; height: 12px; border-radius: 4px; padding: 1.5px; }
.sb .batt i { display: block; height: 100%; border-radius: 2px; }
.cur-note { font-size: 12px; text-align: center; padding: 10px 16px 2px; }
.hi { flex: none; height: 30px; display: flex; align-items: flex-end; justify-content: center; padding-bottom: 8px; }
.hi span { width: 134px; height: 5px; border-radius: 3px; }
${o.css}
</style>
</head>
<body>
${statusBar(ctx, o.statusBarColor ?? p.text, o.statusBarBackground ?? "transparent")}
${o.body}
${currencyNote(ctx, p.sub)}
<div class="hi"><span style="background:${p.text}"></span></div>
</body>
</html>
`;
}

function statusBar(ctx: DesignContext, fg: string, bg: string): string {
  const r = ctx.rng.fork("status-bar");
  const battery = r.int(8, 100);
  const showPercent = r.chance(0.5);
  const bars = [4, 6, 8.5, 11]
    .map((h, i) => `<rect x="${i * 4.5}" y="${11 - h}" width="3" height="${h}" rx="0.8" fill="${fg}"/>`)
    .join("");
  const percent = showPercent ? `<span>${battery}%</span>` : "";
  return `<div class="sb" style="color:${fg};background:${bg}">
<span class="clock">${statusClock(ctx.now.hm, ctx.locale.twelveHourClock)}</span>
<span class="icons"><svg width="17" height="11" viewBox="0 0 17 11" aria-hidden="true">${bars}</svg>${percent}
<span class="batt" style="border:1px solid ${fg}77"><i style="width:${battery}%;background:${battery < 20 ? "#e5484d" : fg}"></i></span></span>
</div>`;
}

/**
 * Evidence of the currency when the symbol alone is ambiguous (a bare `$` in Singapore or
 * Taiwan): what lets a careful reader, and the truth, name it.
 */
function currencyNote(ctx: DesignContext, color: string): string {
  if (!ctx.money.ambiguous) return "";
  const text: Record<string, string> = {
    SGD: "All amounts are in Singapore dollars (SGD).",
    TWD: "幣別：新台幣 (TWD)",
  };
  return `<div class="cur-note" style="color:${color}">${esc(text[ctx.locale.currency] ?? ctx.locale.currency)}</div>`;
}

/** A bottom tab bar (distractor words), with `active` highlighted. */
export function tabBar(ctx: DesignContext, p: Palette, active = 0): string {
  const tabs = ctx.rng.pick(TAB_BARS[ctx.lang]);
  return `<div style="display:flex;justify-content:space-around;border-top:1px solid ${p.sep};background:${p.card};padding:8px 0 2px;flex:none">
${tabs
  .map(
    (t, i) =>
      `<div style="display:flex;flex-direction:column;align-items:center;gap:3px;font-size:11px;color:${i === active ? p.accent : p.sub}"><span style="width:22px;height:22px;border-radius:7px;background:${i === active ? p.accent : p.sep}"></span>${esc(t)}</div>`,
  )
  .join("")}
</div>`;
}

/** A promotion with an amount in it: an amount the extractor must not take for the total. */
export function promoBanner(ctx: DesignContext, p: Palette): string {
  const off = ctx.cash(
    { JPY: 500, KRW: 3000, TWD: 50, USD: 500, GBP: 500, EUR: 500, MYR: 1000, SGD: 500 }[ctx.locale.currency],
  );
  const amount = formatMoney(off, ctx.money);
  const text: Record<string, string> = {
    en: ctx.rng.pick([
      `${amount} off your next order`,
      `Get ${amount} cashback this weekend`,
      `Invite a friend, get ${amount}`,
    ]),
    de: ctx.rng.pick([`${amount} Rabatt auf deine nächste Bestellung`, `${amount} Cashback am Wochenende`]),
    fr: ctx.rng.pick([`${amount} offerts sur votre prochaine commande`, `${amount} remboursés ce week-end`]),
    ja: ctx.rng.pick([
      `${amount} OFFクーポン配布中`,
      `今なら${amount}分ポイント還元`,
      `お友達紹介で${amount}プレゼント`,
    ]),
    ko: ctx.rng.pick([`${amount} 할인 쿠폰 받기`, `친구 초대하고 ${amount} 받기`]),
    zh: ctx.rng.pick([`${amount} 折價券限時領取`, `邀請好友送 ${amount}`]),
  };
  return `<div style="margin:12px 16px;padding:12px 14px;border-radius:12px;background:${p.accent}22;color:${p.text};font-size:13px;display:flex;align-items:center;gap:10px">
<span style="width:28px;height:28px;border-radius:8px;background:${p.accent};flex:none"></span><span>${esc(text[ctx.lang] ?? "")}</span></div>`;
}

/** `Available balance ¥12,345`: a balance line (not a transaction). */
export function balanceLine(ctx: DesignContext, p: Palette, balance: Money): string {
  return `<div style="font-size:13px;color:${p.sub}">${esc(ctx.label("balance"))} <span class="num">${esc(ctx.fmt(balance))}</span></div>`;
}

/** `Points earned 12 pt` */
export function pointsLine(ctx: DesignContext, p: Palette, points: number): string {
  const unit = { en: "pts", de: "Punkte", fr: "points", ja: "pt", ko: "P", zh: "點" }[ctx.lang];
  return `<div style="font-size:13px;color:${p.sub}">${esc(ctx.label("points"))} <b style="color:${p.accent}">${points} ${unit}</b></div>`;
}

/** A label-value row for detail screens. */
export function kv(label: string, value: string, cls = "kv"): string {
  return `<div class="${cls}"><span class="k">${esc(label)}</span><span class="v">${value}</span></div>`;
}

/** A reference number of a given shape: `A` = letter, `9` = digit, anything else as is. */
export function reference(ctx: DesignContext, shape: string): string {
  let out = "";
  for (const ch of shape) {
    if (ch === "9") out += ctx.rng.digits(1);
    else if (ch === "A") out += ctx.rng.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 1);
    else out += ch;
  }
  return out;
}
