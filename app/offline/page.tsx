import type { Metadata } from "next";
import { requestTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestTranslator();
  return { title: t("meta.offlineTitle") };
}

/**
 * What the service worker shows when a page cannot be reached (public/sw.js keeps a copy,
 * rendered in the language of the day it was cached). Open to everyone and about no one: it
 * is fetched by the worker, not by a person, and holds nothing private. A plain link back
 * works without any script.
 */
export default async function OfflinePage() {
  const { t } = await requestTranslator();
  return (
    <main
      data-testid="offline-page"
      className="mx-auto flex min-h-dvh w-full max-w-md flex-col items-center justify-center gap-4 px-6 text-center"
    >
      <h1 className="text-xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{t("offline.title")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("offline.body")}</p>
      <a
        href="/"
        className="rounded-xl bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm shadow-indigo-600/30 hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400"
      >
        {t("offline.retry")}
      </a>
    </main>
  );
}
