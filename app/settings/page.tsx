import type { Metadata } from "next";
import { AppHeader } from "@/components/app-header";
import { SettingsView } from "@/components/settings-view";
import { INVITATION_DAYS } from "@/lib/auth/invitations";
import { requirePageViewer } from "@/lib/auth/page-viewer";
import { accountView } from "@/lib/client/account-view";
import { requestTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestTranslator();
  return { title: t("meta.settingsTitle") };
}

/** The signed-in person's account, passkeys, API keys and (for the owner) invitations. */
export default async function SettingsPage() {
  const account = accountView(await requirePageViewer("/settings"));
  return (
    <div className="mx-auto w-full max-w-5xl px-4 pb-16 sm:px-6 lg:px-8">
      <AppHeader page="settings" account={account} />
      <main className="max-w-3xl">
        <SettingsView account={account} invitationDays={INVITATION_DAYS} />
      </main>
    </div>
  );
}
