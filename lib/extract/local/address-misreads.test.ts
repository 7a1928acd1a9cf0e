import { describe, expect, it } from "vitest";
import { fixAddressMisreads } from "./address-misreads";

describe("fixAddressMisreads", () => {
  it.each([
    [
      "No. 7, Jalan Sérindit 3, Taman Bukit Indah, 81200 Johor Bahru",
      "No. 7, Jalan Serindit 3, Taman Bukit Indah, 81200 Johor Bahru",
    ],
    ["BIk 5, Unit 3-2, Jalan Wangsa 1, 53300 Kuala Lumpur", "Blk 5, Unit 3-2, Jalan Wangsa 1, 53300 Kuala Lumpur"],
    ["B1K 12, TAMAN DESA, 58100 KL", "BLK 12, TAMAN DESA, 58100 KL"],
    ["SRD FLR, MENARA KENCANA, JALAN SULTAN ISMAIL", "3RD FLR, MENARA KENCANA, JALAN SULTAN ISMAIL"],
    ["IST FLOOR, WISMA ANGSANA, JALAN AMPANG", "1ST FLOOR, WISMA ANGSANA, JALAN AMPANG"],
    ["Lot 2, ZND Floor, Plaza Damai, Jalan Raja Laut", "Lot 2, 2ND Floor, Plaza Damai, Jalan Raja Laut"],
    ["No. 4, Jalan Meru 2, 4120) Klang, Selangor", "No. 4, Jalan Meru 2, 41200 Klang, Selangor"],
    ["12, JALAN IPOH, $1200 KUALA LUMPUR", "12, JALAN IPOH, 51200 KUALA LUMPUR"],
    [
      "Lot $212, 1st Floor, Jalan Kenari, Nol, Bandar Puchong",
      "Lot S212, 1st Floor, Jalan Kenari, No1, Bandar Puchong",
    ],
    ["NoI Jalan Bunga Raya, 75100 Melaka", "No1 Jalan Bunga Raya, 75100 Melaka"],
  ])("%s → %s", (text, expected) => {
    expect(fixAddressMisreads(text)).toBe(expected);
  });

  it.each([
    "Rue de la Chaussée 12, 1000 Bruxelles",
    "Schildergasse 12, 50667 Köln",
    "BIKE CENTRE, JALAN BESAR 3",
    "SRD TRADING, JALAN IPOH",
    "Lot 3, Jalan Pelabur 23/1, 40300 Shah Alam",
    "Lot S319, 2nd Floor, Jalan Kenanga, 55200 KL",
    "Noli Street 4, $12 fee",
    "Schildergasse 12, 5O667 Köln",
    // Two digits misread: too far from a postcode to read back.
    "NO 8, JALAN MAWAR, 4OO00 SHAH ALAM",
  ])("leaves %s", (text) => {
    expect(fixAddressMisreads(text)).toBe(text);
  });
});
