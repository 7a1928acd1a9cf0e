import { describe, expect, it } from "vitest";
import { repairLegalForm } from "./legal-form-repair";

describe("repairLegalForm", () => {
  it.each([
    ["KEDAI RUNCIT MAJU SON BHD", "KEDAI RUNCIT MAJU SDN BHD"],
    ["SRI ANGKASA TRADING SUN BHD", "SRI ANGKASA TRADING SDN BHD"],
    ["PERNIAGAAN LIM SBN. BHD.", "PERNIAGAAN LIM SDN. BHD."],
    ["BINTANG BAKERY (PJ) SDN BILD", "BINTANG BAKERY (PJ) SDN BHD"],
    ["BINTANG BAKERY (PJ) SDN BLED (123456 X)", "BINTANG BAKERY (PJ) SDN BHD (123456 X)"],
    ["HAPPY GARDEN SDN B HD", "HAPPY GARDEN SDN BHD"],
    ["SEGAR MART $/B (612345-K)", "SEGAR MART S/B (612345-K)"],
    ["SEGAR MART 5/B", "SEGAR MART S/B"],
    ["MR. K.L.¥. (M) SDN BHD", "MR. K.L.Y. (M) SDN BHD"],
  ])("%s → %s", (text, expected) => {
    expect(repairLegalForm(text)).toBe(expected);
  });

  it.each(["SONG BHD CAFE", "JASON BHDR", "TOTAL ¥1.200", "Order 5/B12", "KEDAI SUN FLOWER", "GARDEN SDN BHD"])(
    "leaves %s as it is",
    (text) => {
      expect(repairLegalForm(text)).toBe(text);
    },
  );
});
