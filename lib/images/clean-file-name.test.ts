import { describe, expect, it } from "vitest";
import { cleanFileName, DEFAULT_FILE_NAME, MAX_FILE_NAME_LENGTH } from "@/lib/images/clean-file-name";

describe("cleanFileName", () => {
  it("removes the bidi controls that disguise an extension", () => {
    expect(cleanFileName("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
    for (const control of [
      "\u061C",
      "\u200E",
      "\u200F",
      "\u202A",
      "\u202B",
      "\u202C",
      "\u202D",
      "\u2066",
      "\u2067",
      "\u2068",
      "\u2069",
    ]) {
      expect(cleanFileName(`a${control}b.png`)).toBe("ab.png");
    }
  });

  it("removes C0, DEL and C1 control characters and line separators", () => {
    expect(cleanFileName("a\u0000b\tc\nd\re\u001b[31mf\u007fg\u0085h\u009bi\u2028j\u2029k.png")).toBe(
      "abcde[31mfghijk.png",
    );
  });

  it("keeps Japanese, emoji (with their joiners) and ordinary punctuation", () => {
    expect(cleanFileName("レシート (2024-01-05) 👩‍💻.png")).toBe("レシート (2024-01-05) 👩‍💻.png");
  });

  it("composes decomposed names (as macOS sends them)", () => {
    const decomposed = "データ.png".normalize("NFD");
    expect(decomposed).not.toBe("データ.png");
    expect(cleanFileName(decomposed)).toBe("データ.png");
  });

  it("caps the length in characters without splitting one", () => {
    const name = cleanFileName("😀".repeat(MAX_FILE_NAME_LENGTH + 10));
    expect(name).toBe("😀".repeat(MAX_FILE_NAME_LENGTH));
  });

  it("names a file that has nothing left", () => {
    expect(cleanFileName("\u202E\u0000  ")).toBe(DEFAULT_FILE_NAME);
    expect(cleanFileName("")).toBe(DEFAULT_FILE_NAME);
  });
});
