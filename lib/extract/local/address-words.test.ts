import { describe, expect, it } from "vitest";
import { fixAddressWords } from "./address-words";

describe("fixAddressWords", () => {
  it.each([
    ["69, JALAM MERPATI 3/9", "69, JALAN MERPATI 3/9"],
    ["43200 CHERAS SE_ANGOR", "43200 CHERAS SELANGOR"],
    ["8, Jalan Mutiara 2,Kawasan Petindustrian Tebrau", "8, Jalan Mutiara 2,Kawasan Perindustrian Tebrau"],
    ["Seksyen 9, 43200 Kajang, Selango", "Seksyen 9, 43200 Kajang, Selangor"],
    ["KUALA LUMPUR, MALAYSlA", "KUALA LUMPUR, MALAYSIA"],
    ["PERSlARAN GURNEY, PULAU PINANG", "PERSIARAN GURNEY, PULAU PINANG"],
  ])("%s → %s", (line, expected) => {
    expect(fixAddressWords(line)).toBe(expected);
  });

  it.each([
    "12, JALAN BLACK STONE, TAMAN HIJAU",
    "FLOUR MILL WAY, 47300 PJ",
    "JALAN TAHAN 3, KUALA LIPIS",
    "JALAN KAPAR, MUKIM KAPAR",
    "Jalan Tun Razak, 50400 Kuala Lumpur",
  ])("leaves %s as printed", (line) => {
    expect(fixAddressWords(line)).toBe(line);
  });
});
