import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, type Locale, pickLocale, type Translator, translator } from "@/lib/i18n";

/** The language of this request: the `lang` cookie when set, else the `Accept-Language` header. */
export async function requestLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
}

/** The texts of this request's language, for server components and metadata. */
export async function requestTranslator(): Promise<Translator> {
  return translator(await requestLocale());
}
