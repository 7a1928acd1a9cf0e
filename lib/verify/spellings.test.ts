import { describe, expect, it } from "vitest";
import { currencySpellings } from "./spellings";

describe("currencySpellings", () => {
  it.each([
    ["MYR", "RM"],
    ["SGD", "S$"],
    ["TWD", "NT$"],
    ["KRW", "원"],
    ["JPY", "円"],
  ])("%s is also written %s", (code, sign) => {
    expect(currencySpellings(code)).toContain(sign);
    expect(currencySpellings(code)).toContain(code);
  });
});
