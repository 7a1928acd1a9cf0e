import { describe, expect, it } from "vitest";
import { isUiPhrase } from "./screen-text";

describe("isUiPhrase", () => {
  it.each([
    "Payment details",
    "Order confirmed #1234",
    "Done",
    "返金が完了しました",
    "退款成功",
    "Remboursement effectué",
  ])("%s is screen text", (text) => {
    expect(isUiPhrase(text)).toBe(true);
  });

  it.each(["Paid to Starbucks", "Done Deal Diner", "Blue Bottle Coffee"])("%s is not", (text) => {
    expect(isUiPhrase(text)).toBe(false);
  });
});
