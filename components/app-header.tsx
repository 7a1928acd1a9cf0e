"use client";

import Link from "next/link";
import { GearIcon, HistoryIcon, ImageIcon } from "@/components/icons";
import { LanguageSwitch } from "@/components/language-switch";
import { OpenModeBanner } from "@/components/open-mode-banner";
import { SignOutButton } from "@/components/sign-out-button";
import type { AccountView } from "@/lib/client/account-view";
import { useT } from "@/lib/i18n/provider";

type Page = "home" | "history" | "settings";

const navClass = (active: boolean) =>
  `inline-flex items-center gap-1.5 rounded-xl px-2.5 py-1.5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 ${
    active
      ? "bg-white text-indigo-700 shadow-sm shadow-slate-900/5 ring-1 ring-slate-200 dark:bg-slate-900 dark:text-indigo-300 dark:ring-slate-800"
      : "text-slate-600 hover:bg-slate-200/60 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800/60 dark:hover:text-slate-100"
  }`;

/**
 * The masthead of every page: the product name and its Japanese spelling (the page's heading
 * on the main page), what it does, the way between the screenshots and the history, and the
 * language switch; for a signed-in person their settings and a way out, and in open mode a
 * banner that says nobody signs in here.
 */
export function AppHeader({ page = "home", account }: { page?: Page; account: AccountView }) {
  const t = useT();
  const signedIn = account.mode === "accounts" ? account.user : null;
  const Brand = page === "home" ? "h1" : "p";
  return (
    <header className="pt-6 pb-6 sm:pt-10 sm:pb-8">
      {/* Wraps rather than overlaps when a narrow window cannot hold the brand and every item. */}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link
          href="/"
          aria-label={page === "home" ? undefined : t("header.homeLink")}
          className="group flex min-w-0 items-center gap-3 rounded-2xl focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-500 sm:gap-4"
        >
          <span
            aria-hidden="true"
            className="grid size-11 shrink-0 place-items-center rounded-2xl bg-gradient-to-br from-indigo-500 to-violet-600 text-lg font-bold text-white shadow-lg shadow-indigo-500/25 transition-transform group-hover:scale-105 sm:size-14 sm:text-2xl"
          >
            ス
          </span>
          <Brand className="flex min-w-0 flex-wrap items-baseline gap-x-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl dark:text-slate-50">
            Sukusho
            <span
              lang="ja"
              className="hidden text-lg font-medium text-slate-500 min-[420px]:inline sm:text-xl dark:text-slate-400"
            >
              スクショ
            </span>
          </Brand>
        </Link>
        <nav aria-label={t("header.navLabel")} className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
          <Link
            href="/"
            aria-current={page === "home" ? "page" : undefined}
            className={`${navClass(page === "home")} max-sm:hidden`}
          >
            <ImageIcon className="size-4" />
            {t("header.home")}
          </Link>
          <Link
            href="/history"
            data-testid="nav-history"
            aria-current={page === "history" ? "page" : undefined}
            className={navClass(page === "history")}
          >
            <HistoryIcon className="size-4" />
            {/* Signed in, a phone's header also holds settings and sign-out: icons only there. */}
            <span className={signedIn ? "max-sm:sr-only" : undefined}>{t("header.history")}</span>
          </Link>
          {signedIn && (
            <Link
              href="/settings"
              data-testid="nav-settings"
              aria-current={page === "settings" ? "page" : undefined}
              title={t("header.signedInAs", { name: signedIn.name })}
              className={navClass(page === "settings")}
            >
              <GearIcon className="size-4" />
              <span className="max-lg:sr-only">{t("header.settings")}</span>
            </Link>
          )}
          {signedIn && <SignOutButton className={navClass(false)} />}
          <LanguageSwitch />
        </nav>
      </div>
      {account.mode === "open" && <OpenModeBanner />}
      {page === "home" && (
        <p className="mt-3 max-w-2xl text-sm text-slate-600 sm:mt-4 sm:text-base dark:text-slate-400">
          {t("header.tagline")}
        </p>
      )}
    </header>
  );
}
