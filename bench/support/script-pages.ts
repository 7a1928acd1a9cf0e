/**
 * Phone screenshots in the scripts the OCR must tell apart (Korean, Traditional Chinese, Japanese
 * with dense half-width katakana, English), as HTML. Rendered by bench/render-script-pages.ts into
 * fixtures/ocr-scripts/; the OCR benchmark and the OCR integration test read them. Fixed data,
 * system fonts only.
 */

export type PageScript = "latin" | "japanese" | "korean" | "chinese";

export interface ScriptPage {
  name: string;
  script: PageScript;
  /** BCP 47, for the page's `lang` (it picks the CJK font's regional glyphs). */
  locale: string;
  /** CSS pixels wide; rendered at deviceScaleFactor. */
  width: number;
  deviceScaleFactor: number;
  dark?: boolean;
  html: string;
}

const FONT: Record<PageScript, string> = {
  latin: '"Liberation Sans", "DejaVu Sans", sans-serif',
  japanese: '"Noto Sans CJK JP", "Liberation Sans", sans-serif',
  korean: '"Noto Sans CJK KR", "Liberation Sans", sans-serif',
  chinese: '"Noto Sans CJK TC", "Liberation Sans", sans-serif',
};

function esc(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

interface Shell {
  locale: string;
  script: PageScript;
  dark?: boolean;
  title: string;
  body: string;
}

function shell(o: Shell): string {
  const bg = o.dark ? "#121212" : "#ffffff";
  const fg = o.dark ? "#eeeeee" : "#1b1f24";
  const muted = o.dark ? "#a0a0a0" : "#6b7280";
  const line = o.dark ? "#2c2c2c" : "#e4e7ec";
  return `<!doctype html><html lang="${o.locale}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box;margin:0;padding:0}
body{background:${bg};color:${fg};font-family:${FONT[o.script]};font-size:16px;line-height:1.4;padding:0 0 24px}
.status{height:44px;display:flex;align-items:center;padding:0 28px;font-weight:700;font-family:"Liberation Sans",sans-serif}
h1{font-size:20px;padding:10px 20px 14px;border-bottom:1px solid ${line}}
.big{font-size:30px;font-weight:700;padding:18px 20px 4px}
.sub{color:${muted};padding:0 20px 14px;font-size:14px}
.row{display:flex;justify-content:space-between;gap:12px;padding:10px 20px;border-bottom:1px solid ${line}}
.row .l{color:${muted}}
.tx{display:flex;justify-content:space-between;gap:8px;padding:8px 16px;border-bottom:1px solid ${line};font-size:13px}
.tx .d{width:44px;color:${muted}}
.tx .n{flex:1}
.sec{padding:14px 20px 6px;font-weight:700;font-size:14px;color:${muted}}
</style></head><body><div class="status">9:41</div><h1>${esc(o.title)}</h1>${o.body}</body></html>`;
}

const pairs = (rows: Array<[string, string]>) =>
  rows.map(([l, r]) => `<div class="row"><span class="l">${esc(l)}</span><span>${esc(r)}</span></div>`).join("");

const txs = (rows: Array<[string, string, string]>) =>
  rows
    .map(
      ([d, n, a]) =>
        `<div class="tx"><span class="d">${esc(d)}</span><span class="n">${esc(n)}</span><span>${esc(a)}</span></div>`,
    )
    .join("");

const koPayment = shell({
  locale: "ko-KR",
  script: "korean",
  title: "결제 상세",
  body: `<div class="big">12,500원</div><div class="sub">스타벅스 강남역점</div>${pairs([
    ["결제일시", "2026.10.14 13:22"],
    ["결제수단", "신한카드 (1234)"],
    ["할부", "일시불"],
    ["승인번호", "30571942"],
    ["가맹점 주소", "서울특별시 강남구 강남대로 396"],
    ["공급가액", "11,364원"],
    ["부가세", "1,136원"],
    ["합계", "12,500원"],
  ])}`,
});

const koHistory = shell({
  locale: "ko-KR",
  script: "korean",
  title: "카드 이용내역",
  body: `<div class="sec">2026년 10월</div>${txs([
    ["10.02", "이마트 성수점", "45,200원"],
    ["10.03", "GS25 역삼점", "3,800원"],
    ["10.05", "카카오택시", "11,900원"],
    ["10.07", "배달의민족", "23,000원"],
    ["10.09", "올리브영 명동본점", "18,700원"],
    ["10.11", "쿠팡", "36,450원"],
    ["10.12", "교보문고 광화문점", "27,000원"],
    ["10.15", "스타벅스 강남역점", "12,500원"],
    ["10.18", "CGV 용산아이파크몰", "15,000원"],
    ["10.21", "다이소 홍대점", "6,000원"],
    ["10.24", "파리바게뜨", "8,300원"],
    ["10.27", "KTX 승차권", "59,800원"],
  ])}<div class="row"><span class="l">이번 달 합계</span><span>267,650원</span></div>`,
});

const zhPayment = shell({
  locale: "zh-TW",
  script: "chinese",
  title: "交易明細",
  body: `<div class="big">NT$ 1,280</div><div class="sub">全聯福利中心 信義店</div>${pairs([
    ["交易時間", "2026/10/14 13:22"],
    ["付款方式", "街口支付"],
    ["交易序號", "TX20261014132201"],
    ["商店地址", "台北市信義區松仁路 100 號"],
    ["統一編號", "22555003"],
    ["發票號碼", "AB-12345678"],
    ["小計", "NT$ 1,219"],
    ["營業稅", "NT$ 61"],
    ["總計", "NT$ 1,280"],
  ])}`,
});

const zhHistory = shell({
  locale: "zh-TW",
  script: "chinese",
  dark: true,
  title: "信用卡消費紀錄",
  body: `<div class="sec">2026年10月</div>${txs([
    ["10/02", "家樂福 桂林店", "NT$ 2,345"],
    ["10/03", "統一超商 7-ELEVEN", "NT$ 85"],
    ["10/05", "台灣高鐵", "NT$ 1,490"],
    ["10/07", "誠品書店 信義店", "NT$ 760"],
    ["10/09", "中華電信", "NT$ 999"],
    ["10/11", "鼎泰豐 信義店", "NT$ 1,320"],
    ["10/12", "台北捷運", "NT$ 300"],
    ["10/15", "全家便利商店", "NT$ 129"],
    ["10/18", "屈臣氏 忠孝店", "NT$ 458"],
    ["10/21", "麥當勞 敦化店", "NT$ 215"],
  ])}<div class="row"><span class="l">本期應繳金額</span><span>NT$ 8,101</span></div>`,
});

/** A bank app's statement with the half-width katakana descriptions Japanese banks print. */
const jaHalfwidth = shell({
  locale: "ja-JP",
  script: "japanese",
  title: "入出金明細",
  body: `<div class="sec">2026年10月</div>${txs([
    ["10/01", "ﾐﾂｲｽﾐﾄﾓ ｶ-ﾄﾞ", "-45,210"],
    ["10/02", "ﾌﾘｺﾐ ﾔﾏﾀﾞ ﾀﾛｳ", "+15,000"],
    ["10/04", "ｾﾌﾞﾝｲﾚﾌﾞﾝ", "-648"],
    ["10/05", "ｺｳｻﾞﾌﾘｶｴ ﾄｳｷﾖｳｶﾞｽ", "-6,120"],
    ["10/08", "ｱﾏｿﾞﾝ ｼﾞﾔﾊﾟﾝ", "-3,980"],
    ["10/10", "ｷﾕｳﾖ ｶ)ｻｸﾗｼｮｳｼﾞ", "+268,400"],
    ["10/12", "ﾗｸﾃﾝｶ-ﾄﾞ ｻ-ﾋﾞｽ", "-12,870"],
    ["10/15", "ATM ｼﾕｯｷﾝ", "-20,000"],
    ["10/18", "ﾃﾞﾝﾜﾘﾖｳｷﾝ NTT", "-4,378"],
    ["10/20", "ﾌｼﾞﾌﾄﾞｳｻﾝ ﾔﾁﾝ", "-98,000"],
    ["10/25", "ﾛ-ｿﾝ", "-532"],
    ["10/28", "ﾕｳﾁﾖ ﾌﾘｺﾐ", "-2,000"],
  ])}`,
});

const enPayment = shell({
  locale: "en-US",
  script: "latin",
  title: "Payment details",
  body: `<div class="big">$48.27</div><div class="sub">Blue Bottle Coffee, Oakland</div>${pairs([
    ["Date", "Oct 14, 2026 1:22 PM"],
    ["Paid with", "Visa •••• 4242"],
    ["Reference", "CH_3QxA9KZ2"],
    ["Subtotal", "$44.50"],
    ["Tax", "$3.77"],
    ["Total", "$48.27"],
  ])}`,
});

export const SCRIPT_PAGES: ScriptPage[] = [
  { name: "ko-payment", script: "korean", locale: "ko-KR", width: 390, deviceScaleFactor: 3, html: koPayment },
  { name: "ko-payment-small", script: "korean", locale: "ko-KR", width: 390, deviceScaleFactor: 1, html: koPayment },
  { name: "ko-card-history", script: "korean", locale: "ko-KR", width: 390, deviceScaleFactor: 3, html: koHistory },
  { name: "zh-payment", script: "chinese", locale: "zh-TW", width: 390, deviceScaleFactor: 3, html: zhPayment },
  {
    name: "zh-card-history-dark",
    script: "chinese",
    locale: "zh-TW",
    width: 390,
    deviceScaleFactor: 3,
    dark: true,
    html: zhHistory,
  },
  { name: "ja-halfwidth", script: "japanese", locale: "ja-JP", width: 390, deviceScaleFactor: 3, html: jaHalfwidth },
  {
    name: "ja-halfwidth-small",
    script: "japanese",
    locale: "ja-JP",
    width: 390,
    deviceScaleFactor: 2,
    html: jaHalfwidth,
  },
  { name: "en-payment-plain", script: "latin", locale: "en-US", width: 390, deviceScaleFactor: 2, html: enPayment },
];
