/**
 * The reference of a receipt (transaction id, receipt or order number): only ever the value of
 * a reference label, because a guessed id is wrong more often than right. The lexicon's labels
 * come first; then any label built as "<what> number/ID/code" (`reference-label.ts`).
 */
import type { StringField } from "@/lib/extract/schema";
import { missingField, RULE_CONFIDENCE, stringField } from "./field";
import { findLabelledValues, rowBelow } from "./labels";
import { type Cell, type Row, type Token, tokensIn } from "./layout";
import { REFERENCE_LABELS } from "./lexicon";
import { collapseSpaces } from "./normalise-text";
import type { Page } from "./page";
import { isIdLabel } from "./reference-label";
import { isKnownLabel } from "./screen-text";

/** A reference looks like an id: at least four letters/digits with a digit among them. */
function looksLikeReference(text: string): boolean {
  const compact = text.replace(/[\s-]/g, "");
  return /^[#A-Za-z0-9._/:-]+$/.test(compact) && compact.replace(/[^A-Za-z0-9]/g, "").length >= 4 && /\d/.test(compact);
}

/** An id found by a label's form needs six characters: `No. 12` is a line number, not an id. */
const MIN_FORM_LABELLED_ID = 6;

interface Candidate {
  text: string;
  tokens: Token[];
  rule: number;
}

/** A value as an id: copy buttons and chevrons around it dropped (`TXN-8F3K2Q9P ©`). */
function asId(text: string, tokens: Token[], rule: number): Candidate {
  return {
    // `Y` before a digit was read as a yen sign by the amount rules; an id has no yen sign.
    text: collapseSpaces(text.replace(/¥/g, "Y")).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ""),
    tokens: tokens.filter((t) => /[A-Za-z0-9]/.test(t.text)),
    rule,
  };
}

/** The value of a reference label from the lexicon. */
function lexiconReference(page: Page): Candidate | undefined {
  return findLabelledValues(page.rows, REFERENCE_LABELS, isKnownLabel)
    .map((v) => asId(v.text, v.tokens, v.where === "right" ? RULE_CONFIDENCE.labelled : RULE_CONFIDENCE.labelBelow))
    .find(({ text }) => looksLikeReference(text));
}

/** The id after an id label inside one cell (`Bestell-Nr.: 3604…`, `Ref. no. MJ1582`), or null. */
function idInCell(cell: Cell): Candidate | null {
  for (let k = 1; k < cell.tokens.length; k++) {
    const start = cell.offsets[k] ?? 0;
    if (!isIdLabel(cell.text.slice(0, start))) continue;
    const id = asId(cell.text.slice(start), tokensIn(cell, start, cell.text.length), RULE_CONFIDENCE.labelled);
    if (looksLikeReference(id.text)) return id;
  }
  return null;
}

/** The id labelled by a whole cell, in the cells to its right or the row below, or null. */
function idBesideCell(rows: Row[], row: Row, index: number): Candidate | null {
  const cell = row.cells[index];
  const right = row.cells.slice(index + 1);
  // `Order | #A8812-4410`: the number sign went with the value, and labels it all the same.
  if (!cell) return null;
  const first = right[0] ?? rowBelow(rows, row, cell)?.cells[0];
  const signed = first?.text.startsWith("#") === true && isIdLabel(`${cell.text}#`);
  if (!isIdLabel(cell.text) && !signed) return null;
  if (right.length > 0) {
    return asId(
      right.map((c) => c.text).join(" "),
      right.flatMap((c) => c.tokens),
      RULE_CONFIDENCE.labelled,
    );
  }
  const below = rowBelow(rows, row, cell);
  if (!below || isKnownLabel(below.cells[0]?.text ?? "")) return null;
  return asId(
    below.cells.map((c) => c.text).join(" "),
    below.cells.flatMap((c) => c.tokens),
    RULE_CONFIDENCE.labelBelow,
  );
}

/** The first value of a label shaped like an id label, top to bottom. */
function formReference(page: Page): Candidate | undefined {
  for (const row of page.rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (!cell) continue;
      const found = idBesideCell(page.rows, row, i) ?? idInCell(cell);
      if (
        found &&
        looksLikeReference(found.text) &&
        found.text.replace(/[^A-Za-z0-9]/g, "").length >= MIN_FORM_LABELLED_ID
      )
        return found;
    }
  }
  return undefined;
}

/** The reference: the value of a reference label when it looks like an id. Never guessed. */
export function findReference(page: Page): StringField {
  const found = lexiconReference(page) ?? formReference(page);
  return found ? stringField(found.text, found.tokens, found.rule) : missingField();
}
