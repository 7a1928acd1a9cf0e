import { describe, expect, it } from "vitest";
import {
  formatDuration,
  formatMoney,
  formatSecondsLeft,
  formatWait,
  ordinal,
  queueMessage,
  retryTitle,
} from "@/lib/client/format";

describe("formatMoney", () => {
  it("formats with the currency's symbol and digits", () => {
    expect(formatMoney(1280, "JPY")).toBe("¥1,280");
    expect(formatMoney(12.45, "USD")).toBe("$12.45");
    expect(formatMoney(12.45, "usd")).toBe("$12.45");
  });

  it("falls back to the plain number for a missing or unknown currency", () => {
    expect(formatMoney(12.5, null)).toBe("12.5");
    expect(formatMoney(1000, "??")).toBe("1,000 ??");
  });
});

describe("ordinal and queue messages", () => {
  it("spells English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "103rd",
    ]);
    expect(queueMessage(2)).toBe("Waiting — 2nd in line");
  });
});

describe("formatDuration", () => {
  it("picks a readable unit", () => {
    expect(formatDuration(320)).toBe("320 ms");
    expect(formatDuration(1234)).toBe("1.2 s");
    expect(formatDuration(14_400)).toBe("14 s");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
  });
});

describe("retries", () => {
  it("names why a model call is retried", () => {
    expect(retryTitle({ status: 429, reason: "The model is rate limited (429)" })).toBe("Rate limited");
    expect(retryTitle({ status: 502, reason: "Bad gateway" })).toBe("Model server error (502)");
    expect(retryTitle({ reason: "The model stopped answering." })).toBe("The model stopped answering");
    expect(retryTitle({ reason: " " })).toBe("The model call failed");
  });

  it("says how long the wait is and what is left of it", () => {
    expect(formatWait(500)).toBe("500 ms");
    expect(formatWait(2000)).toBe("2 s");
    expect(formatWait(1500)).toBe("1.5 s");
    expect(formatSecondsLeft(1001)).toBe("2 s");
    expect(formatSecondsLeft(-5)).toBe("0 s");
  });
});
