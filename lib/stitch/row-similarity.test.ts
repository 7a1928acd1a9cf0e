import { describe, expect, it } from "vitest";
import { descriptionSimilarity, normaliseDescription, rowSimilarity } from "@/lib/stitch/row-similarity";
import { row } from "@/lib/stitch/stitch-rows.testing";

describe("row similarity", () => {
  it("normalises width, case, accents and punctuation", () => {
    expect(normaliseDescription("Ｃａｆé  Nero,")).toBe("cafenero");
    expect(normaliseDescription(null)).toBe("");
  });

  it("scores misread and cut-off descriptions as alike, other shops as not", () => {
    expect(descriptionSimilarity("FamilyMart", "FamiIyMart")).toBeGreaterThan(0.85);
    expect(descriptionSimilarity("Bic Cam", "Bic Camera Shinjuku")).toBe(0.9);
    expect(descriptionSimilarity("Lawson", "Daiso")).toBeLessThan(0.6);
    expect(descriptionSimilarity("", "Daiso")).toBeNull();
  });

  it("rules out another date, another shop, or another amount with a different shop", () => {
    expect(rowSimilarity(row("2026-12-01", "Lawson", 480), row("2026-12-02", "Lawson", 980))).toBeNull();
    expect(rowSimilarity(row("2026-12-01", "Lawsen", 480), row("2026-12-02", "Lawson", 480))).toBeNull();
    expect(rowSimilarity(row("2026-12-01", "Lawson", 480), row("2026-12-01", "Daiso", 480))).toBeNull();
    expect(rowSimilarity(row("2026-12-01", "Lawson", 480), row("2026-12-01", "Lawson", 980))).not.toBeNull();
    expect(rowSimilarity(row("2026-12-01", "Lawsen", 480), row("2026-12-01", "Lawson", 980))).toBeNull();
  });

  it("lets a row whose day header was cropped away match on its shop and amount, with less weight", () => {
    expect(rowSimilarity(row("2026-12-01", "Lawson", 480), row("2026-12-02", "Lawson", 480))).toBeCloseTo(0.8);
  });

  it("scores a full match 1 and a row with only its amount read low", () => {
    expect(rowSimilarity(row("2026-12-01", "Lawson", 480), row("2026-12-01", "Lawson", 480))).toBe(1);
    expect(rowSimilarity(row(null, null, 480), row("2026-12-01", "Lawson", 480))).toBeCloseTo(0.45);
    expect(rowSimilarity(row(null, null, null), row("2026-12-01", "Lawson", 480))).toBeNull();
  });
});
