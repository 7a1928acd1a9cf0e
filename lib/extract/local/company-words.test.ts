import { describe, expect, it } from "vitest";
import { fixCompanyWords } from "./company-words";

describe("fixCompanyWords", () => {
  it.each([
    ["SINAR BAKERLES (M) SDN BHD", "SINAR BAKERIES (M) SDN BHD"],
    ["KEDAI HARDWAKE TAN & SONS", "KEDAI HARDWARE TAN & SONS"],
    ["Mega Stationcry Enterprise", "Mega Stationery Enterprise"],
    ["TEKNO TELECGMMUNICATIONS SDN BHD", "TEKNO TELECOMMUNICATIONS SDN BHD"],
    ["LIM BROTHERS TRAD1NG", "LIM BROTHERS TRADING"],
  ])("%s → %s", (name, expected) => {
    expect(fixCompanyWords(name)).toBe(expected);
  });

  it.each([
    "SANYO STATIONARY SHOP",
    "ACE GRADING SERVICES",
    "KIM PAINTING WORKS",
    "GOLDEN HOLDING ENTERPRISES",
    "BOOKSTORES OF MALAYSIAN AUTHORS",
  ])("leaves %s", (name) => {
    expect(fixCompanyWords(name)).toBe(name);
  });
});
