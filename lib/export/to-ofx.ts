import type { LedgerEntry } from "@/lib/export/ledger";
import { decimalsOf } from "@/lib/export/to-qif";

/**
 * OFX 2.2 (XML) bank statements, which YNAB, GnuCash, Firefly III's importer and most banking
 * programs import. An OFX statement has one currency, so a download holds one statement per
 * currency (entries whose currency was not read go under `XXX`, ISO 4217's "no currency").
 * Every transaction's FITID is the ledger id, stable across downloads, so importing the same
 * job twice adds nothing. There is no real account behind a screenshot: the account id is
 * "SUKUSHO-<currency>", and the importer lets the user map it to theirs.
 */
export function toOfx(entries: LedgerEntry[], now: Date = new Date()): string {
  const byCurrency = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const currency = entry.currency && /^[A-Z]{3}$/.test(entry.currency) ? entry.currency : "XXX";
    byCurrency.set(currency, [...(byCurrency.get(currency) ?? []), entry]);
  }
  const stamp = ofxDateTime(now);
  const statements = [...byCurrency].map(([currency, list], index) => statement(currency, list, index + 1, stamp));
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
    "<OFX>",
    "<SIGNONMSGSRSV1><SONRS>",
    "<STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
    `<DTSERVER>${stamp}</DTSERVER><LANGUAGE>ENG</LANGUAGE>`,
    "</SONRS></SIGNONMSGSRSV1>",
    "<BANKMSGSRSV1>",
    ...statements,
    "</BANKMSGSRSV1>",
    "</OFX>",
    "",
  ].join("\n");
}

function statement(currency: string, entries: LedgerEntry[], number: number, stamp: string): string {
  const dates = entries.map((entry) => entry.date).sort();
  const start = dates[0] ?? stamp.slice(0, 8);
  const end = dates.at(-1) ?? stamp.slice(0, 8);
  return [
    "<STMTTRNRS>",
    `<TRNUID>${number}</TRNUID>`,
    "<STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
    "<STMTRS>",
    `<CURDEF>${currency}</CURDEF>`,
    `<BANKACCTFROM><BANKID>SUKUSHO</BANKID><ACCTID>SUKUSHO-${currency}</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>`,
    `<BANKTRANLIST><DTSTART>${ofxDate(start)}</DTSTART><DTEND>${ofxDate(end)}</DTEND>`,
    ...entries.map(transaction),
    "</BANKTRANLIST>",
    // A ledger balance is required; a screenshot does not give one, so it is zero as of the export.
    `<LEDGERBAL><BALAMT>0</BALAMT><DTASOF>${stamp}</DTASOF></LEDGERBAL>`,
    "</STMTRS>",
    "</STMTTRNRS>",
  ].join("\n");
}

function transaction(entry: LedgerEntry): string {
  const fields = [
    `<TRNTYPE>${entry.amount < 0 ? "DEBIT" : "CREDIT"}</TRNTYPE>`,
    `<DTPOSTED>${ofxDate(entry.date)}</DTPOSTED>`,
    `<TRNAMT>${entry.amount.toFixed(decimalsOf(entry.amount))}</TRNAMT>`,
    `<FITID>${escapeXml(entry.id)}</FITID>`,
  ];
  // NAME holds 32 characters in OFX; the whole payee goes to MEMO when it is longer.
  const payee = entry.payee?.replace(/\s+/g, " ").trim() ?? "";
  if (payee) fields.push(`<NAME>${escapeXml([...payee].slice(0, 32).join(""))}</NAME>`);
  const memo = [[...payee].length > 32 ? payee : null, entry.memo].filter(Boolean).join(" · ");
  if (memo) fields.push(`<MEMO>${escapeXml(memo)}</MEMO>`);
  return `<STMTTRN>${fields.join("")}</STMTTRN>`;
}

/** YYYY-MM-DD → YYYYMMDD. */
function ofxDate(date: string): string {
  return date.replaceAll("-", "");
}

/** OFX's date-time: YYYYMMDDHHMMSS in UTC, with the zone said. */
function ofxDateTime(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}[0:GMT]`;
}

/** Characters XML 1.0 cannot hold at all (controls other than tab and line breaks). */
function isForbiddenInXml(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 && char !== "\t" && char !== "\n" && char !== "\r";
}

function escapeXml(text: string): string {
  return [...text]
    .filter((char) => !isForbiddenInXml(char))
    .join("")
    .replace(/[<>&'"]/g, (char) => `&#${char.codePointAt(0)};`);
}
