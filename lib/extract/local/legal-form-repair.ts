/**
 * OCR misreads inside a company's legal form, repaired before the form is looked for. A legal
 * form is a closed vocabulary (`SDN BHD`, `S/B`, `GMBH`…), so a near miss right where it stands
 * is far more likely a misread than a new word: tesseract reads the D of a receipt's thermal
 * `SDN` as O or U, the H of `BHD` as I, L or E with a stray stroke, and the S of `S/B` as `$` or
 * `5`. Each rule needs the other half of the form beside it, so ordinary words are left alone.
 */

/** `SON BHD`, `SUN BHD.`, `SBN BIED`, `SDN B HD` → `SDN BHD` (dots and spacing kept as printed). */
const SDN_BHD = /\b(S[DOUB0]N)(\.?\s?)(B\s?H\s?D|B[ILE]{1,2}D|BUD|BHI|BH0|8HD)(?![\p{L}\d])/gu;

/** `SDN` misread alone before a correct `BHD`, and `BHD` misread after a correct `SDN`. */
function repairSdnBhd(text: string): string {
  return text.replace(SDN_BHD, (_match, _sdn: string, gap: string) => `SDN${gap}BHD`);
}

/** `$/B` or `5/B` after a word in capitals: the Malaysian `S/B` (Sendirian Berhad). */
function repairSlashB(text: string): string {
  return text.replace(/(?<=\p{Lu}{2,}\s)[$5]\/B\b/gu, "S/B");
}

/**
 * A `¥` between initials (`D.I.¥.`) is a Y: a yen sign stands before an amount, never before a
 * full stop.
 */
function repairInitialY(text: string): string {
  return text.replace(/(?<=(?:^|[\s(])(?:\p{Lu}\.){1,4})¥(?=\.)/gu, "Y");
}

/** The company text with its legal form's misreads repaired; text without one is unchanged. */
export function repairLegalForm(text: string): string {
  return repairInitialY(repairSlashB(repairSdnBhd(text)));
}
