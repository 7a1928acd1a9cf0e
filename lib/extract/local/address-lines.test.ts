import { describe, expect, it } from "vitest";
import { cleanAddressLine, fixPostcodeZero, phoneLine, regionLine, taxIdLine } from "./address-lines";

describe("cleanAddressLine", () => {
  it.each([
    ["— 12 JALAN MAWAR 3", "12 JALAN MAWAR 3"],
    ["| 22, Lorong Kenari 5, |", "22, Lorong Kenari 5,"],
    ["‘Taman Melur,81300 Skudai", "Taman Melur,81300 Skudai"],
    [": 47810 PETALING JAYA, _", "47810 PETALING JAYA,"],
    ["BANDAR BARU KLANG ;", "BANDAR BARU KLANG"],
    ["— §8200 KUALA LUMPUR", "58200 KUALA LUMPUR"],
  ])("%s → %s", (text, expected) => {
    expect(cleanAddressLine(text)).toBe(expected);
  });

  it.each([
    "LOT NO : 20, LEVEL 3, MENARA ANGGUN,",
    "LOT 12-A & 12-B, JALAN PERDANA 4,",
    "43650 BANDAR BARU BANGI, SELANGOR.",
    "(PASAR BORONG SELAYANG)",
  ])("keeps %s as printed", (text) => {
    expect(cleanAddressLine(text)).toBe(text);
  });
});

describe("phoneLine", () => {
  it.each([
    "+603-91 30 2672",
    "Tel: 03-7722 4188",
    "Tel: 03- 55321234 Fax:03- 55321299",
    "HOTLINE : 1800 22 3344",
    "012-345 6789",
    "000198765432",
  ])("%s is a phone or id line", (text) => {
    expect(phoneLine(text)).toBe(true);
  });

  it.each([
    "47400 PETALING JAYA",
    "LOT PTD 118822 & PTD 118823,",
    "NO 8, JALAN 2/118B, DESA TUN RAZAK",
    "KAWASAN PERINDUSTRIAN 81200",
  ])("%s is not", (text) => {
    expect(phoneLine(text)).toBe(false);
  });
});

describe("taxIdLine", () => {
  it("knows a GST number line", () => {
    expect(taxIdLine("GST NO: 000123456789")).toBe(true);
    expect(taxIdLine("Co Reg No: 123456-W")).toBe(true);
  });
  it("does not take a street line for one", () => {
    expect(taxIdLine("LOT 12345, JALAN GST 2")).toBe(false);
    expect(taxIdLine("GST INCLUSIVE")).toBe(false);
  });
});

describe("regionLine", () => {
  it.each(["Selangor", "SELANGOR DARUL EHSAN", "Johor.", "Kuala Lumpur, Malaysia", "WILAYAH PERSEKUTUAN", "Singapore"])(
    "%s closes an address",
    (text) => {
      expect(regionLine(text)).toBe(true);
    },
  );
  it.each(["47200 Subang Selangor", "Taman Selangor Jaya", "Bayu Café Sentral"])("%s does not", (text) => {
    expect(regionLine(text)).toBe(false);
  });
});

describe("fixPostcodeZero", () => {
  it("reads the O of a British postcode's inward part as 0", () => {
    expect(fixPostcodeZero("221 Baker St London NW1 OXE")).toBe("221 Baker St London NW1 0XE");
    expect(fixPostcodeZero("Leeds LS1 OAB")).toBe("Leeds LS1 0AB");
  });
  it("leaves other words alone", () => {
    expect(fixPostcodeZero("Lot 5, Jalan SS 2 OLD TOWN")).toBe("Lot 5, Jalan SS 2 OLD TOWN");
    expect(fixPostcodeZero("Manchester M3 2AY")).toBe("Manchester M3 2AY");
  });
});
