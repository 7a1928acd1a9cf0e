import { describe, expect, it } from "vitest";
import { latinLanguageOf } from "@/lib/ocr/latin-language";

const words = (text: string) => text.split(/\s+/);

describe("latinLanguageOf", () => {
  it("tells German and French pages by their words, as a sample read without diacritics writes them", () => {
    expect(latinLanguageOf(words("Aktivitat Verfugbarer Saldo 125,14 € Heute REWE Lebensmittel 94,65 €"))).toBe("deu");
    expect(latinLanguageOf(words("Zahlung erfolgreich Betrag 12,40 € Händler Bäckerei Kamps"))).toBe("deu");
    expect(latinLanguageOf(words("Paiement réussi Montant 18,90 € Marchand Monoprix Aujourd'hui"))).toBe("fra");
    expect(latinLanguageOf(words("Relevé de compte Libellé Débit Crédit PRLV SEPA EDF"))).toBe("fra");
  });

  it("leaves English, Malay and single stray words to eng", () => {
    expect(latinLanguageOf(words("Payment successful Amount $12.45 Merchant Blue Bottle Coffee Today"))).toBeNull();
    expect(latinLanguageOf(words("TOTAL RM 17.20 TUNAI BAKI JUMLAH TARIKH 09/02/2018 SDN BHD"))).toBeNull();
    expect(latinLanguageOf(words("Date Total Solde 45 RUE DES LILAS"))).toBeNull();
    expect(latinLanguageOf(words("Starbucks Karte"))).toBeNull();
  });

  it("needs more words of one language than of the other", () => {
    expect(latinLanguageOf(words("Karte carte Zahlung paiement"))).toBeNull();
  });
});
