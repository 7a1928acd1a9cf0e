import { describe, expect, it } from "vitest";
import { compactMoney, periodName, periodTick } from "@/lib/client/spending-labels";

describe("spending chart labels", () => {
  it("labels bars briefly and periods in full, in each language", () => {
    expect(periodTick("2026-11-01", "month", "en")).toBe("Nov");
    expect(periodTick("2026-11-01", "month", "ja")).toBe("11月");
    expect(periodTick("2026-11-30", "week", "en")).toBe("11/30");
    expect(periodName("2026-11-01", "month", "en")).toBe("November 2026");
    expect(periodName("2026-11-01", "month", "ja")).toBe("2026年11月");
    expect(periodName("2026-11-30", "week", "en")).toBe("Week of Nov 30, 2026");
    expect(periodName("2026-11-30", "week", "ja")).toBe("2026年11月30日の週");
  });

  it("never lets a time zone move a period to the day before", () => {
    // Midnight UTC is the previous evening in America: formatting must stay on the 1st.
    expect(periodName("2026-01-01", "month", "en")).toBe("January 2026");
  });

  it("writes axis amounts compactly, with the half-width yen sign", () => {
    expect(compactMoney(1200, "USD", "en")).toBe("$1.2K");
    expect(compactMoney(12000, "JPY", "ja")).toBe("¥1.2万");
    expect(compactMoney(1500, null, "en")).toBe("1.5K");
  });
});
