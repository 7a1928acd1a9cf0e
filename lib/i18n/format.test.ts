import { describe, expect, it } from "vitest";
import {
  currencyName,
  formatAdjustment,
  formatDate,
  formatMoney,
  formatNumber,
  formatTime,
  formatTimeAgo,
  parseIsoDate,
} from "@/lib/i18n/format";

describe("amounts", () => {
  it("are written as each language writes them, with a half-width yen sign", () => {
    expect(formatMoney(1280, "JPY", "ja")).toBe("¥1,280");
    expect(formatMoney(1280, "JPY", "en")).toBe("¥1,280");
    expect(formatMoney(12.45, "USD", "en")).toBe("$12.45");
    expect(formatMoney(12.45, "usd", "en")).toBe("$12.45");
    expect(formatMoney(12.45, "USD", "ja")).toBe("$12.45");
  });

  it("fall back to the plain number for a missing or unknown currency", () => {
    expect(formatMoney(12.5, null, "en")).toBe("12.5");
    expect(formatMoney(1000, "??", "ja")).toBe("1,000 ??");
    expect(formatNumber(1234.5678, "ja", 6)).toBe("1,234.5678");
  });

  it("write an adjustment with its sign, so a rounding says which way it went", () => {
    expect(formatAdjustment(0.02, "MYR", "en")).toBe("+MYR\u00a00.02");
    expect(formatAdjustment(-3, "JPY", "ja")).toBe("\u2212¥3");
    expect(formatAdjustment(-0.02, "USD", "en")).toBe("\u2212$0.02");
    expect(formatAdjustment(0, "USD", "en")).toBe("$0.00");
  });
});

describe("dates and times", () => {
  it("read naturally in each language", () => {
    expect(formatDate("2026-10-03", "ja")).toBe("2026年10月3日");
    expect(formatDate("2026-10-03", "en")).toBe("Oct 3, 2026");
    expect(formatTime("12:34", "ja")).toBe("12:34");
    expect(formatTime("08:42", "en")).toBe("8:42 AM");
  });

  it("keep what is not a real date or time as it was read", () => {
    expect(formatDate("2026-02-30", "en")).toBe("2026-02-30");
    expect(formatDate("yesterday", "ja")).toBe("yesterday");
    expect(formatTime("25:00", "en")).toBe("25:00");
    expect(parseIsoDate("2026-10-03")?.toISOString()).toBe("2026-10-03T00:00:00.000Z");
    expect(parseIsoDate("2026-13-01")).toBeNull();
  });

  it("say how long ago something happened", () => {
    const now = new Date("2026-10-03T12:00:00Z");
    expect(formatTimeAgo("2026-10-03T11:59:40Z", now, "en")).toBe("just now");
    expect(formatTimeAgo("2026-10-03T11:55:00Z", now, "en")).toBe("5 minutes ago");
    expect(formatTimeAgo("2026-10-03T11:55:00Z", now, "ja")).toBe("5 分前");
    expect(formatTimeAgo("2026-10-02T12:00:00Z", now, "en")).toBe("yesterday");
    expect(formatTimeAgo("2026-10-02T12:00:00Z", now, "ja")).toBe("昨日");
    expect(formatTimeAgo("2026-10-03T09:00:00Z", now, "ja")).toBe("3 時間前");
  });

  it("name currencies for a tooltip", () => {
    expect(currencyName("JPY", "ja")).toBe("日本円");
    expect(currencyName("usd", "en")).toBe("US Dollar");
    expect(currencyName("??", "en")).toBeNull();
  });
});
