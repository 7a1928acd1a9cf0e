import { describe, expect, it } from "vitest";
import { list, num, receipt, snapshot, str } from "@/lib/export/export-samples.testing";
import { toLedger } from "@/lib/export/ledger";
import { toOfx } from "@/lib/export/to-ofx";
import { toQif } from "@/lib/export/to-qif";
import type { JobResult } from "@/lib/extract/schema";

const corrected = snapshot("r1", receipt, { total: { value: 1300, correctedAt: "x" } });
const usd: JobResult = {
  ...receipt,
  document: {
    ...receipt.document,
    kind: "receipt",
    merchant: str("A <very> long merchant name & co, more than 32 chars"),
    date: str(null),
    total: num(12.5),
    currency: str("USD"),
  } as JobResult["document"],
};

describe("toLedger", () => {
  it("makes a receipt one payment out and a list one transaction per row, corrections applied", () => {
    const { entries } = toLedger([corrected, snapshot("l1", list)]);
    expect(entries.map((entry) => [entry.id, entry.date, entry.amount, entry.payee])).toEqual([
      ["r1-0", "2026-10-03", -1300, 'Cafe "Blue", Tokyo'],
      ["l1-0", "2026-10-01", 268400, "給与"],
      ["l1-1", "2026-10-02", -20000, "ATM\nShinjuku"],
    ]);
  });

  it("dates an undated receipt with its upload day and says so; leaves out what has no amount", () => {
    const noAmount: JobResult = {
      ...receipt,
      document: { ...receipt.document, total: num(null) } as JobResult["document"],
    };
    const { entries, skipped } = toLedger([snapshot("u1", usd), snapshot("n1", noAmount)]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ date: "2026-11-21", dateRead: false, amount: -12.5 });
    expect(entries[0]?.memo).toContain("date not read");
    expect(skipped).toBe(1);
  });
});

describe("toQif", () => {
  it("writes one bank section, a record per transaction, amounts signed, lines kept whole", () => {
    const qif = toQif(toLedger([corrected, snapshot("l1", list)]).entries);
    const records = qif.split("^\n").filter(Boolean);
    expect(qif.startsWith("!Type:Bank\n")).toBe(true);
    expect(records).toHaveLength(3);
    expect(records[0]).toContain("D2026-10-03\nT-1300\nP");
    expect(qif).toContain("T268400\n");
    expect(qif).toContain("PATM Shinjuku\n");
    expect(qif).toContain("Nl1-1\n");
  });

  it("names the currency in the memo when a download mixes them", () => {
    const qif = toQif(toLedger([corrected, snapshot("u1", usd)]).entries);
    expect(qif).toContain("T-12.50\n");
    expect(qif).toMatch(/M.*USD\n/);
  });
});

describe("toOfx", () => {
  const ofx = toOfx(
    toLedger([corrected, snapshot("l1", list), snapshot("u1", usd)]).entries,
    new Date("2026-12-05T01:02:03Z"),
  );

  it("holds one statement per currency, with stable FITIDs and signed amounts", () => {
    expect(ofx.startsWith('<?xml version="1.0"')).toBe(true);
    expect(ofx).toContain('<?OFX OFXHEADER="200" VERSION="220"');
    expect(ofx.match(/<STMTTRNRS>/g)).toHaveLength(2);
    expect(ofx).toContain("<CURDEF>JPY</CURDEF>");
    expect(ofx).toContain("<CURDEF>USD</CURDEF>");
    expect(ofx).toContain(
      "<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20261003</DTPOSTED><TRNAMT>-1300</TRNAMT><FITID>r1-0</FITID>",
    );
    expect(ofx).toContain("<TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20261001</DTPOSTED><TRNAMT>268400</TRNAMT>");
    expect(ofx).toContain("<DTSTART>20261001</DTSTART><DTEND>20261003</DTEND>");
    expect(ofx).toContain("<DTSERVER>20261205010203[0:GMT]</DTSERVER>");
  });

  it("escapes markup and keeps NAME to OFX's 32 characters, the whole payee in MEMO", () => {
    expect(ofx).toContain("<NAME>A &#60;very&#62; long merchant name &#38; co</NAME>");
    expect(ofx).toMatch(/<MEMO>A &#60;very&#62; long merchant name &#38; co, more than 32 chars · .*date not read/);
  });

  it("closes every element it opens, in order", () => {
    const body = ofx.replace(/<\?[^?]*\?>\n/g, "");
    const stack: string[] = [];
    for (const [, closing, name] of body.matchAll(/<(\/?)([A-Z0-9.]+)>/g)) {
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name as string);
    }
    expect(stack).toEqual([]);
    expect(body.match(/<STMTTRN>/g)).toHaveLength(4);
  });
});
