/**
 * How many letters of each writing system a text holds: what the language choice looks at
 * after the sample read (lib/ocr/choose-languages.ts). Digits, punctuation and symbols count
 * for none: amounts and dates look the same in every language.
 */
export interface ScriptCounts {
  latin: number;
  /** Hiragana and katakana, full- and half-width: only Japanese writes them. */
  kana: number;
  /** Hangul syllables and jamo: only Korean. */
  hangul: number;
  /** Han ideographs: Chinese, Japanese kanji, Korean hanja. */
  han: number;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, kana: 0, hangul: 0, han: 0 };
  for (const char of text) {
    if (KANA.test(char)) counts.kana++;
    else if (HANGUL.test(char)) counts.hangul++;
    else if (HAN.test(char)) counts.han++;
    else if (LATIN.test(char)) counts.latin++;
  }
  return counts;
}

export function addCounts(a: ScriptCounts, b: ScriptCounts): ScriptCounts {
  return { latin: a.latin + b.latin, kana: a.kana + b.kana, hangul: a.hangul + b.hangul, han: a.han + b.han };
}

/**
 * Counts over words, skipping words of a single letter: a lone glyph beside an amount is a symbol
 * the model had no better guess for (the jpn model reads € as を, the kor model as 호), while real
 * words of every script here come in runs of two letters or more.
 */
export function countScriptsOfWords(words: readonly string[]): ScriptCounts {
  let counts: ScriptCounts = { latin: 0, kana: 0, hangul: 0, han: 0 };
  for (const word of words) {
    const found = countScripts(word);
    if (found.latin + found.kana + found.hangul + found.han >= 2) counts = addCounts(counts, found);
  }
  return counts;
}
