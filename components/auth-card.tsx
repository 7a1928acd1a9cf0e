"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import type { MessageKey } from "@/lib/i18n";
import { useT } from "@/lib/i18n/provider";

/**
 * The frame of the pages a visitor sees before signing in (first run, sign-in, invitation):
 * the brand, the language switch, and one card with the page's heading, what it is for, and
 * its form.
 */
export function AuthCard({
  title,
  intro,
  testId,
  children,
}: {
  title: MessageKey;
  intro?: MessageKey;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="mx-auto flex min-h-dvh w-full max-w-md flex-col px-4 pt-6 pb-16 sm:pt-12">
      <div className="flex items-center justify-between gap-3">
        <Link
          href="/"
          className="flex items-center gap-3 rounded-2xl focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-500"
        >
          <span
            aria-hidden="true"
            className="grid size-10 shrink-0 place-items-center rounded-2xl bg-gradient-to-br from-indigo-500 to-violet-600 text-lg font-bold text-white shadow-lg shadow-indigo-500/25"
          >
            ス
          </span>
          <span className="text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">Sukusho</span>
        </Link>
        <LanguageSwitch />
      </div>
      <main
        data-testid={testId}
        className="mt-8 rounded-2xl bg-white p-6 shadow-sm shadow-slate-900/5 ring-1 ring-slate-200 sm:p-8 dark:bg-slate-900 dark:ring-slate-800"
      >
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{t(title)}</h1>
        {intro && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t(intro)}</p>}
        <div className="mt-6">{children}</div>
      </main>
    </div>
  );
}
