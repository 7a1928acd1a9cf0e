/**
 * The address block of a printed receipt: what stands between the company name and the street
 * line is left out, and the block ends at the first phone or id line.
 */
import { describe, expect, it } from "vitest";
import type { Receipt } from "@/lib/extract/schema";
import { extractDocument } from "./local-extractor";
import { ocrFromRows, type RowSpec } from "./test-ocr";

const NOW = new Date("2019-06-01T00:00:00Z");

function receipt(rows: Array<string | RowSpec>): Receipt {
  const doc = extractDocument(ocrFromRows(rows, { width: 900, height: 1800 }), { now: NOW, kind: "receipt" });
  if (doc.kind !== "receipt") throw new Error("expected a receipt");
  return doc;
}

const tail = ["TAX INVOICE", "DATE: 09/02/2018 14:05", "WIDGET | 10.00", "TOTAL | RM 10.00"];

describe("the address block", () => {
  it("leaves out a speck read far right of an address line", () => {
    const doc = receipt([
      "RESTORAN SELERA KITA",
      "NO.8 JALAN MAWAR 2/4 | J",
      "BANDAR BARU 47100 PUCHONG",
      "TEL: 03-8051 1234",
      ...tail,
    ]);
    expect(doc.address.value).toBe("NO.8 JALAN MAWAR 2/4 BANDAR BARU 47100 PUCHONG");
  });

  it("reads back `Jin` for `Jln` after a comma that ends the line above", () => {
    const doc = receipt([
      "KEDAI RUNCIT MAJU ENTERPRISE",
      "PT 1234, Mukim Batu,",
      "Jin Besar Kepong",
      "TEL: 03-6250 1234",
      ...tail,
    ]);
    expect(doc.address.value).toBe("PT 1234, Mukim Batu, Jln Besar Kepong");
  });

  it("leaves out a branch named after its mall over the line that opens the address", () => {
    const doc = receipt([
      "KOPI HARUM SDN BHD",
      "KOPI HARUM PLAZA MUTIARA 3",
      "LOT G-12, PLAZA MUTIARA,",
      "JALAN KLANG LAMA, 58000 KUALA LUMPUR",
      "TEL: 03-7980 1234",
      ...tail,
    ]);
    expect(doc.address.value).toBe("LOT G-12, PLAZA MUTIARA, JALAN KLANG LAMA, 58000 KUALA LUMPUR");
  });

  it("keeps the commas OCR set apart at a line's end and reads back the gazetteer's words", () => {
    const doc = receipt([
      "SINAR HARAPAN HARDWARE SDN BHD",
      "(CO.REG : 123456-K)",
      "NO, 12, JALAN PERDANA 3 ,",
      "KAWASAN PERINDUSTRIAN SUNGAI BULOH ,",
      "47000 SUNGAI BULOH , SELANG0R",
      "TEL: 03-6156 1234",
      ...tail,
    ]);
    expect(doc.address.value).toBe(
      "NO. 12, JALAN PERDANA 3, KAWASAN PERINDUSTRIAN SUNGAI BULOH, 47000 SUNGAI BULOH, SELANGOR",
    );
  });

  it("marks an address with a word read back by a lower confidence than one read as printed", () => {
    const rows = (state: string) => [
      "KEDAI BUKU CAHAYA ENTERPRISE",
      "NO. 5, JALAN BESAR,",
      `30000 IPOH, ${state}`,
      "TEL: 05-254 1234",
      ...tail,
    ];
    const printed = receipt(rows("PERAK"));
    const repaired = receipt(rows("PERAK DARUL RIDZUAM"));
    expect(repaired.address.value).toBe("NO. 5, JALAN BESAR, 30000 IPOH, PERAK DARUL RIDZUAN");
    expect(repaired.address.text).toContain("RIDZUAM");
    expect(repaired.address.confidence).toBeLessThan(printed.address.confidence);
  });

  it("reads back a trade word of the company's name and marks it by a lower confidence", () => {
    const rows = (name: string) => [name, "NO. 9, JALAN RAJA, 41000 KLANG", "TEL: 03-3371 1234", ...tail];
    const printed = receipt(rows("SINAR BAKERIES SDN BHD"));
    const repaired = receipt(rows("SINAR BAKERLES SDN BHD"));
    expect(repaired.merchant.value).toBe("SINAR BAKERIES SDN BHD");
    expect(repaired.merchant.confidence).toBeLessThan(printed.merchant.confidence);
  });

  it("keeps a street line over the postcode line (Hauptstraße 5 / 10115 Berlin)", () => {
    const doc = receipt(["Bäckerei Sonne GmbH", "Hauptstraße 5", "10115 Berlin", "Tel. 030 1234567", ...tail]);
    expect(doc.address.value).toBe("Hauptstraße 5 10115 Berlin");
  });

  it("ends at a line naming only the state, before a station's name printed under it", () => {
    const doc = receipt([
      "PETRO BAYU ENTERPRISE",
      "Jalan Kampung Delima",
      "42700 Banting",
      "Selangor",
      "Bayu Service Station",
      "CO. REG. NO: 001234567-X",
      ...tail,
    ]);
    expect(doc.address.value).toBe("Jalan Kampung Delima 42700 Banting Selangor");
  });

  it("skips a number OCR split off above the street line", () => {
    const doc = receipt([
      "KEDAI MAJU JAYA SDN BHD",
      "553021:",
      "8, JALAN SS 2/24, 47300 PJ",
      "TEL: 03-7876 1234",
      ...tail,
    ]);
    expect(doc.address.value).toBe("8, JALAN SS 2/24, 47300 PJ");
  });

  it("skips a tax id and a labelled value printed before the address", () => {
    const doc = receipt([
      "PERNIAGAAN SERI MUTIARA",
      "GST NO: 000912345678",
      "Outlet: 2231",
      "41-2, JLN KUCHAI MAJU 3,",
      "58200 KUALA LUMPUR.",
      "H/P: 012-398 1122",
      ...tail,
    ]);
    expect(doc.merchant.value).toBe("PERNIAGAAN SERI MUTIARA");
    expect(doc.address.value).toBe("41-2, JLN KUCHAI MAJU 3, 58200 KUALA LUMPUR.");
  });

  it("starts after a registration number, with letters before it or under a word of the name", () => {
    const prefixed = receipt([
      "WARUNG SEDAP RESTAURANT",
      "JM0123456-U",
      "18,JALAN MUTIARA 4",
      "81750 MASAI,JOHOR",
      ...tail,
    ]);
    expect(prefixed.address.value).toBe("18,JALAN MUTIARA 4 81750 MASAI,JOHOR");
    const split = receipt([
      "ELECTRICAL TRADING SDN BHD",
      "KTC",
      "4000123-K",
      "NO 9, JALAN PERUSAHAAN 2,",
      "40400 SHAH ALAM.",
      "TEL : 03-5122 4444",
      ...tail,
    ]);
    expect(split.address.value).toBe("NO 9, JALAN PERUSAHAAN 2, 40400 SHAH ALAM.");
  });

  it("leaves out a branch name over the street line", () => {
    const doc = receipt([
      "SEGAR HOME FURNISHING SDN BHD",
      "(1012345-K)",
      "Segar Home Ampang",
      "No 12 Jalan Ampang Utama",
      "68000 AMPANG",
      "GST No.: 000123123123",
      ...tail,
    ]);
    expect(doc.address.value).toBe("No 12 Jalan Ampang Utama 68000 AMPANG");
  });

  it("keeps a first line whose street word OCR misread when it has a number, and reads the word back", () => {
    const doc = receipt([
      "RESTORAN SRI MELAKA",
      "(001234567-U)",
      "| 18, JALAM MERANTI 2/9",
      "BANDAR PUCHONG JAYA _",
      "47100 PUCHONG",
      "03-8076 5432",
      ...tail,
    ]);
    expect(doc.address.value).toBe("18, JALAN MERANTI 2/9 BANDAR PUCHONG JAYA 47100 PUCHONG");
  });

  it("ends at a phone number without a label and at a hotline", () => {
    const phone = receipt([
      "BINA JAYA HARDWARE TRADING",
      "NO 7, JALAN BUNGA 2,",
      "56100 CHERAS.",
      "| +603-91 11 2233",
      ...tail,
    ]);
    expect(phone.address.value).toBe("NO 7, JALAN BUNGA 2, 56100 CHERAS.");
    const hotline = receipt([
      "KIOSK MAJU SDN BHD",
      "LOT 3, JALAN 16/11, 46350 PETALING JAYA",
      "kioskcareline : 1800 22 3344",
      ...tail,
    ]);
    expect(hotline.address.value).toBe("LOT 3, JALAN 16/11, 46350 PETALING JAYA");
  });
});
