import { describe, expect, it } from "vitest";
import { fixAbbreviations, fixAddressWords } from "./address-words";

describe("fixAddressWords", () => {
  it.each([
    ["69, JALAM MERPATI 3/9", "69, JALAN MERPATI 3/9"],
    ["43200 CHERAS SE_ANGOR", "43200 CHERAS SELANGOR"],
    ["8, Jalan Mutiara 2,Kawasan Petindustrian Tebrau", "8, Jalan Mutiara 2,Kawasan Perindustrian Tebrau"],
    ["Seksyen 9, 43200 Kajang, Selango", "Seksyen 9, 43200 Kajang, Selangor"],
    ["KUALA LUMPUR, MALAYSlA", "KUALA LUMPUR, MALAYSIA"],
    ["PERSlARAN GURNEY, PULAU PINANG", "PERSIARAN GURNEY, PULAU PINANG"],
    // From the gazetteer's towns, estate words and states, with digits and letter groups OCR
    // reads for a letter.
    ["8, JLN INDAH 2/3, TMN PERNAI JAYA", "8, JLN INDAH 2/3, TMN PERMAI JAYA"],
    ["43000 KAJANG, SELANG0R DARUL EHSAN", "43000 KAJANG, SELANGOR DARUL EHSAN"],
    ["8ANDAR BARU BANGI,", "BANDAR BARU BANGI,"],
    ["88300 KOTA KlNABALU, SABAH", "88300 KOTA KINABALU, SABAH"],
    ["12, Jalan Melur 4, Tarnan Sentosa", "12, Jalan Melur 4, Taman Sentosa"],
    ["LOT 5, KAWASAN PERINDUSTRIAN BALAKUNG", "LOT 5, KAWASAN PERINDUSTRIAN BALAKONG"],
  ])("%s → %s", (line, expected) => {
    expect(fixAddressWords(line)).toBe(expected);
  });

  it.each([
    "12, JALAN BLACK STONE, TAMAN HIJAU",
    "FLOUR MILL WAY, 47300 PJ",
    "JALAN TAHAN 3, KUALA LIPIS",
    "JALAN KAPAR, MUKIM KAPAR",
    "Jalan Tun Razak, 50400 Kuala Lumpur",
    "NO 2, JALAN SS2/24, 47300 PETALING JAYA",
    "LOT 1851-A, JALAN U13/G, SEKSYEN U13",
    "LOWER GROUND FLOOR, POWER HOUSE",
    "JALAN PUTRI 7, TAMAN KOBAN",
    "NO. 3A, JALAN 1A/4B, 47301 PJ",
    // Ordinary English words one letter from a town's name (Banting, Genting, Sentral).
    "10 Tampines Central 1, Singapore 529536",
    "BANKING HALL, GETTING STARTED",
    "SHIPPING ADDRESS, 12 HARMONY ROAD",
  ])("leaves %s as printed", (line) => {
    expect(fixAddressWords(line)).toBe(line);
  });
});

describe("fixAbbreviations", () => {
  it.each([
    ["Lot 5, Jin Besar Kepong, 52100 KL", "Lot 5, Jln Besar Kepong, 52100 KL"],
    ["12, JIN MAWAR 3, THN SRI MUDA", "12, JLN MAWAR 3, TMN SRI MUDA"],
    ["SELANGOR 1181-THN SRI SINAR", "SELANGOR 1181-TMN SRI SINAR"],
  ])("%s → %s", (line, expected) => {
    expect(fixAbbreviations(line)).toBe(expected);
  });
  it.each(["JIN LONG PLAZA, JALAN IPOH", "Restoran Jin, 43000 Kajang", "12, Jinjang Utara"])("leaves %s", (line) => {
    expect(fixAbbreviations(line)).toBe(line);
  });
});
