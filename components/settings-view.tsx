"use client";

import { ActualSettingsPanel } from "@/components/actual-settings-panel";
import { ApiKeysPanel } from "@/components/api-keys-panel";
import { GearIcon } from "@/components/icons";
import { InvitationsPanel } from "@/components/invitations-panel";
import { PasskeysPanel } from "@/components/passkeys-panel";
import { SettingsSection } from "@/components/settings-section";
import { SignOutPanel } from "@/components/sign-out-panel";
import type { AccountView } from "@/lib/client/account-view";
import { useT } from "@/lib/i18n/provider";

/** The signed-in person's name, e-mail and role. */
function AccountSummary({ name, email, role }: { name: string; email: string; role: "owner" | "member" }) {
  const t = useT();
  const rows = [
    [t("account.name"), name],
    [t("account.email"), email],
    [t("settings.role"), t(`settings.role.${role}`)],
  ] as const;
  return (
    <SettingsSection icon={<GearIcon className="size-5" />} title={t("settings.account")} testId="settings-account">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="font-medium [overflow-wrap:anywhere] text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
    </SettingsSection>
  );
}

/**
 * The settings page: the account, passkeys, API keys, the owner's invitations, signing out.
 * In open mode there is nothing to set, and it says so.
 */
export function SettingsView({ account, invitationDays }: { account: AccountView; invitationDays: number }) {
  const t = useT();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl dark:text-slate-50">
          {t("settings.title")}
        </h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("settings.subtitle")}</p>
      </div>
      {account.mode === "open" ? (
        <p data-testid="settings-accounts-off" className="text-sm text-slate-700 dark:text-slate-300">
          {t("settings.accountsOff")}
        </p>
      ) : (
        <>
          <AccountSummary {...account.user} />
          <PasskeysPanel />
          <ApiKeysPanel />
          {account.user.role === "owner" && <InvitationsPanel days={invitationDays} />}
          <SignOutPanel />
        </>
      )}
      <ActualSettingsPanel />
    </div>
  );
}
