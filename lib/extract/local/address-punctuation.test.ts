import { describe, expect, it } from "vitest";
import { attachLonePunctuation, fixAddressPunctuation } from "./address-punctuation";

describe("attachLonePunctuation", () => {
  it.each([
    ["KAWASAN PERINDUSTRIAN SUNGAI BULOH ,", "KAWASAN PERINDUSTRIAN SUNGAI BULOH,"],
    ["47000 SUNGAI BULOH , SELANGOR", "47000 SUNGAI BULOH, SELANGOR"],
    ["JALAN PERDANA 3 , TAMAN MELATI .", "JALAN PERDANA 3, TAMAN MELATI."],
  ])("%s → %s", (text, expected) => {
    expect(attachLonePunctuation(text)).toBe(expected);
  });
  it("leaves marks inside a line and a colon alone", () => {
    expect(attachLonePunctuation("LOT NO : 20, LEVEL 3")).toBe("LOT NO : 20, LEVEL 3");
    expect(attachLonePunctuation("NO.8,JALAN MAWAR")).toBe("NO.8,JALAN MAWAR");
  });
});

describe("fixAddressPunctuation", () => {
  it("reads `No,` before the house number as `No.`", () => {
    expect(fixAddressPunctuation("No, 14, Jalan Melur 2, Taman Seri Indah")).toBe(
      "No. 14, Jalan Melur 2, Taman Seri Indah",
    );
    expect(fixAddressPunctuation("NO,7 JALAN BESAR")).toBe("NO.7 JALAN BESAR");
  });
  it("keeps a comma after a word that only ends in no (`KAMPUNG BAKNO, 12`)", () => {
    expect(fixAddressPunctuation("KAMPUNG BAKNO, 12 JALAN BESAR")).toBe("KAMPUNG BAKNO, 12 JALAN BESAR");
  });
});
