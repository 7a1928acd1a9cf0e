"use client";

import { useRouter } from "next/navigation";
import { createContext, Fragment, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import {
  defaultLocale,
  LOCALE_COOKIE,
  LOCALE_COOKIE_MAX_AGE,
  type Locale,
  type MessageKey,
  type Params,
  type Translator,
  translator,
} from "@/lib/i18n";
import { formatDate, formatDateTime, formatMoney, formatNumber, formatTime, formatTimeAgo } from "@/lib/i18n/format";

/** The interface's language with its texts and formatters, as components use them. */
export interface I18n extends Translator {
  setLocale: (locale: Locale) => void;
  /** A text with React nodes in its placeholders: `rich("upload.hint", { keys: <kbd/> })`. */
  rich: (key: MessageKey, nodes: Readonly<Record<string, ReactNode>>, params?: Params) => ReactNode;
  money: (amount: number, currency: string | null | undefined) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  date: (value: string) => string;
  time: (value: string) => string;
  dateTime: (value: string | Date) => string;
  timeAgo: (value: string | Date, now?: Date | number) => string;
}

function createI18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  const base = translator(locale);
  return {
    ...base,
    setLocale,
    rich: (key, nodes, params) => {
      const parts = base.t(key, params).split(/(\{\w+\})/);
      return parts.map((part, index) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        const node = name !== undefined && Object.hasOwn(nodes, name) ? nodes[name] : part;
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
        return <Fragment key={index}>{node}</Fragment>;
      });
    },
    money: (amount, currency) => formatMoney(amount, currency, locale),
    number: (value, digits) => formatNumber(value, locale, digits),
    date: (value) => formatDate(value, locale),
    time: (value) => formatTime(value, locale),
    dateTime: (value) => formatDateTime(value, locale),
    timeAgo: (value, now) => formatTimeAgo(value, now, locale),
  };
}

const I18nContext = createContext<I18n>(createI18n(defaultLocale, () => {}));

/**
 * The chosen language for everything below. The server picks it (the `lang` cookie, else
 * `Accept-Language`) so the first render is already right; switching writes the cookie,
 * sets `<html lang>`, re-renders at once, and refreshes the server's part (titles).
 */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const router = useRouter();
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      // biome-ignore lint/suspicious/noDocumentCookie: one plain cookie, read by the server on the next request
      document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
      setLocaleState(next);
      router.refresh();
    },
    [router],
  );

  const value = useMemo(() => createI18n(locale, setLocale), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The language, its texts and its formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Just the text function: `t("history.title")`. */
export function useT(): I18n["t"] {
  return useContext(I18nContext).t;
}

/**
 * A fixed language without the app router (previews, tests): switching only changes the
 * language in memory.
 */
export function StaticI18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [current, setCurrent] = useState<Locale>(locale);
  const value = useMemo(() => createI18n(current, setCurrent), [current]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
