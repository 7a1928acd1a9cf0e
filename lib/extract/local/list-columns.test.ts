import { describe, expect, it } from "vitest";
import { findTableHeader } from "./list-columns";
import { analysePage } from "./page";
import { ocrFromRows, type RowSpec } from "./test-ocr";

/** A statement table's row with its cells at fixed left edges. */
function tableRow(cells: string[]): RowSpec {
  const lefts = [60, 200, 560, 760, 960];
  return { cells: cells.map((text, i) => ({ text, x: lefts[i] ?? 0, align: "left" as const })) };
}

describe("findTableHeader", () => {
  it.each([
    [["Datum", "Buchungstext", "Soll", "Haben", "Saldo"]],
    [["Date", "Libellé", "Débit", "Crédit", "Solde"]],
    [["日期", "摘要", "支出", "存入", "餘額"]],
  ])("reads the money columns of %j as out, in and the running balance", (header) => {
    const page = analysePage(ocrFromRows([tableRow(header), tableRow(["03.03.", "REWE", "23,45", "", "1.204,18"])]));
    const money = findTableHeader(page.rows)
      ?.columns.map((c) => c.role)
      .filter((role) => role !== "date" && role !== "description");
    expect(money).toEqual(["out", "in", "balance"]);
  });
});
