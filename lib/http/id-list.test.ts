import { describe, expect, it } from "vitest";
import { idListSchema } from "@/lib/http/id-list";

describe("idListSchema", () => {
  it("splits on commas, trims, drops blanks and repeats, keeps the order", () => {
    expect(idListSchema(5).parse(" b, a,,b ,c")).toEqual(["b", "a", "c"]);
  });

  it("refuses none and more than the maximum", () => {
    expect(idListSchema(5).safeParse(" , ").success).toBe(false);
    expect(idListSchema(2).safeParse("a,b,c").success).toBe(false);
  });
});
