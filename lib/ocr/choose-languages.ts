import { LATIN_LANGUAGES, type LatinLanguage } from "@/lib/ocr/latin-language";
import type { ScriptCounts } from "@/lib/ocr/script-counts";

/**
 * Which tesseract languages to read an image with, from the scripts a sample read found in it.
 * Every model costs time on every word (jpn+eng reads an English receipt 1.8× slower than eng,
 * and less accurately), so an image gets only the models for the scripts it shows:
 * Hangul → kor, kana → jpn, Han without kana or Hangul → chi_tra, and eng beside any of them
 * for the Latin letters of shop names, card brands and currency codes. A German or French page
 * (latin-language.ts) reads its Latin letters with deu or fra instead of eng, where allowed.
 */

/** Fewer letters of a script than this are taken as misreads of icons or other scripts' glyphs. */
export const MIN_SCRIPT_LETTERS = 3;
/** …and a script must hold at least this share of the letters read. */
export const MIN_SCRIPT_SHARE = 0.04;
/** Kana this share of the CJK letters makes Han text Japanese (kanji), not Chinese. */
export const KANA_SHARE_FOR_JAPANESE = 0.05;

/** Languages a script is read with, in order of preference among those allowed. */
const READERS = {
  hangul: ["kor"],
  kana: ["jpn"],
  han: ["chi_tra", "jpn", "kor"],
  latin: ["eng"],
} as const;

function present(count: number, total: number): boolean {
  return count >= MIN_SCRIPT_LETTERS && count >= total * MIN_SCRIPT_SHARE;
}

/**
 * The language set (tesseract's `a+b` form, CJK first as the primary language) for these counts,
 * from the allowed languages. When nothing readable was found, every allowed language: better
 * slow than blind.
 */
export function chooseLanguages(
  counts: ScriptCounts,
  allowed: readonly string[],
  latinLanguage: LatinLanguage | null = null,
): string {
  const total = counts.latin + counts.kana + counts.hangul + counts.han;
  const cjk = counts.kana + counts.hangul + counts.han;
  const chosen: string[] = [];
  const pick = (readers: readonly string[]) => {
    const lang = readers.find((candidate) => allowed.includes(candidate));
    if (lang && !chosen.includes(lang)) chosen.push(lang);
  };
  if (present(counts.hangul, total)) pick(READERS.hangul);
  if (
    present(counts.kana, total) ||
    (present(counts.han, total) && counts.kana >= cjk * KANA_SHARE_FOR_JAPANESE && counts.kana > 0)
  ) {
    pick(READERS.kana);
  }
  const hanUnexplained = present(counts.han, total) && chosen.length === 0;
  if (hanUnexplained) pick(READERS.han);
  // Kana or Hangul with no model allowed for them: the nearest one allowed still beats eng.
  if (chosen.length === 0 && present(cjk, total)) pick(["jpn", "chi_tra", "kor"]);
  const latin = latinLanguage && allowed.includes(latinLanguage) ? latinLanguage : "eng";
  if (allowed.includes(latin)) pick([latin]);
  if (chosen.length === 0 || total === 0) return everyScript(allowed);
  return chosen.join("+");
}

/**
 * Every allowed language but the Latin variants (eng reads their letters, bar the diacritics):
 * for an image whose scripts are not known.
 */
export function everyScript(allowed: readonly string[]): string {
  const readers = allowed.filter((lang) => !(LATIN_LANGUAGES as readonly string[]).includes(lang));
  return (readers.length > 0 ? readers : allowed).join("+");
}
