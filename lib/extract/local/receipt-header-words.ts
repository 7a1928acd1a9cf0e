/**
 * Words of a printed receipt's header, as data: what marks a company name, what marks the lines
 * that follow the address (phone, tax id, the document's title), and what marks an address.
 * Measured on the SROIE tuning part (bench/receipts.ts) and kept general: legal forms of several
 * countries, not shop names.
 */

/** Legal forms: a row holding one is the registered company name. */
export const LEGAL_FORMS =
  /\b(?:s[do]n\.? ?b[hn]d|bhd|s\/b|plt|pte\.? ?ltd|ltd|limited|llc|inc|corp(?:oration)?|gmbh|ag|s\.?a\.?r\.?l|sas|co\.? ?,? ?ltd|company)\b\.?|株式会社|有限会社|[(（]株[)）]|주식회사|\(주\)/i;

/** Trade words that name a business less formally: a weaker mark of the name row. */
export const TRADE_WORDS =
  /\b(?:enterprise|trading|restaurant|restoran|hardware|mart|supermarket|store|stores|shop|kedai|cafe|café|bakery|bakeries|pharmacy|station|bookstores?|stationery|marketing|services?|industries|holdings|trading co)\b/i;

/** Words that start a row continuing the name above it (`TSH POWER HARDWARE` / `TRADING`). */
export const CONTINUATION_START = /^(?:enterprise|trading|sdn\.? ?bhd|bhd|s\/b|plt|ltd|co\b|company|&)/i;

/**
 * A registration number row or suffix: `(139386 X)`, `(CO.REG :860671-D)`, `REG NO: 1203194-W`,
 * also with its check letter read as a digit (`(139386 0)`) or its bracket lost at the edge, and
 * a row of a registration number alone, the state's letters before it or not (`JM0725755-U`).
 */
export const REGISTRATION =
  /\(?\b(?:co\.?[ -]?reg|company reg|company no|reg(?:istration)?\.? ?no|co\.? ?no|roc|business reg)\b[^)]*\)?|\b\d{5,}-[a-z]\b|\(\s*\d[\d\s]{3,}\s*-?\s*[a-z]\s*\)\.?|\(\s*\d{5,}\s*-?\s*[a-z\d]?\s*(?:\)|$)|^\(?[a-z]{0,3}\d{5,}\s*-?\s*[a-z]\)?\.?$/i;

/** Lines that come after the address: contact, tax ids, the document's title, the sale itself. */
export const AFTER_ADDRESS =
  /\b(?:tel|telephone|phone|fax|h\/p|hp|whatsapp|mobile|e-?mail|www|http|gst|sst|vat|tax|invoice|receipt|cashier|counter|table|bill|order|date|time|member|server|pos|kassenbon|quittung|rechnung|beleg|ust-?id|steuer-?nr|reçu|recu|facture|ticket|siret|tva)\b|@|電話|領収書|レシート|영수증|사업자|收據|發票|统一编号|統一編號/i;

/** Words and numbers that make a line an address (a postcode, a street word). */
export const ADDRESS_EVIDENCE =
  /\b\d{5,6}\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|#\w+-\w+|\b(?:jalan|jln|lorong|taman|tmn|lot|no\.?|road|rd|street|st|avenue|ave|blvd|lane|floor|level|block|blk|unit|suite|persiaran|bandar|seksyen|kampung|kg|batu|plaza|mall|straße|strasse|str\.|rue|avenue|chome)\b|丁目|番地|区|市|道|로|길/i;
