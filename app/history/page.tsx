import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { HistoryView } from "@/components/history-view";
import { requirePageViewer } from "@/lib/auth/page-viewer";
import { accountView } from "@/lib/client/account-view";
import { requestTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestTranslator();
  return { title: t("meta.historyTitle") };
}

/** Past jobs, searchable (`?q=` survives a reload), each opening on the main page. */
export default async function HistoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q } = await searchParams;
  const viewer = await requirePageViewer(
    typeof q === "string" && q ? `/history?q=${encodeURIComponent(q)}` : "/history",
  );
  return (
    <div className="mx-auto w-full max-w-5xl px-4 pb-16 sm:px-6 lg:px-8">
      <AppHeader page="history" account={accountView(viewer)} />
      <main>
        <HistoryView initialQuery={typeof q === "string" ? q : ""} />
      </main>
    </div>
  );
}
