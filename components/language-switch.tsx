"use client";

import { GlobeIcon } from "@/components/icons";
import { type Locale, locales } from "@/lib/i18n";
import { useI18n } from "@/lib/i18n/provider";

const names = { en: "language.en", ja: "language.ja" } as const;
const shortNames = { en: "language.enShort", ja: "language.jaShort" } as const;

/**
 * English or Japanese: a two-button switch. The choice is stored in the `lang` cookie (so the
 * server renders it on reload) and applies at once.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset
      data-testid="language-switch"
      data-locale={locale}
      className="flex items-center gap-0.5 rounded-xl bg-slate-200/60 p-0.5 ring-1 ring-inset ring-slate-200 dark:bg-slate-800/70 dark:ring-slate-700/60"
    >
      <legend className="sr-only">{t("language.label")}</legend>
      <GlobeIcon className="mx-1 hidden size-4 text-slate-500 sm:block dark:text-slate-400" />
      {locales.map((option: Locale) => {
        const active = option === locale;
        return (
          <button
            key={option}
            type="button"
            lang={option}
            data-locale={option}
            aria-pressed={active}
            aria-label={t(names[option])}
            onClick={() => {
              if (!active) setLocale(option);
            }}
            className={`rounded-[10px] px-2.5 py-1 text-xs font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 sm:text-sm ${
              active
                ? "bg-white text-slate-900 shadow-sm shadow-slate-900/10 dark:bg-slate-950 dark:text-slate-50"
                : "text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
            }`}
          >
            <span className="sm:hidden">{t(shortNames[option])}</span>
            <span className="hidden sm:inline">{t(names[option])}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
