import { describe, expect, it } from "vitest";
import { findWord, hasAnyWord } from "./keywords";

describe("findWord", () => {
  it("matches a label whose accent OCR dropped", () => {
    expect(findWord("Geschaft Lieferando", "geschäft")).toEqual({ start: 0, end: 8 });
    expect(hasAnyWord("Montant recu", ["montant reçu"])).toBe(true);
    expect(hasAnyWord("Zahlung abgeschlossen", ["zahlung abgeschlossen"])).toBe(true);
  });
  it("still needs the letters themselves and the word's boundaries", () => {
    expect(findWord("Geschoft Lieferando", "geschäft")).toBeNull();
    expect(findWord("subtotal", "total")).toBeNull();
  });
});
