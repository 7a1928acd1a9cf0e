"use client";

import { useState } from "react";
import { CopyField } from "@/components/copy-field";
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from "@/components/form-classes";
import { FormError } from "@/components/form-error";
import { CrossIcon, SpinnerIcon, UserPlusIcon } from "@/components/icons";
import { ListStatus } from "@/components/list-status";
import { SettingsRow, settingsListClass } from "@/components/settings-row";
import { SettingsSection } from "@/components/settings-section";
import { useToast } from "@/components/toast";
import { createInvitation, listInvitations, withdrawInvitation } from "@/lib/client/account-requests";
import { invitationState } from "@/lib/client/invitation-state";
import { useAuthErrorText } from "@/lib/client/use-auth-error";
import { useLoaded } from "@/lib/client/use-loaded";
import { type I18n, useI18n } from "@/lib/i18n/provider";

function stateText(i18n: I18n, invitation: Parameters<typeof invitationState>[0]): string {
  const state = invitationState(invitation);
  if (state.state === "open") return i18n.t("invitations.state.open", { date: i18n.dateTime(state.until) });
  return i18n.t(`invitations.state.${state.state}`, { date: i18n.dateTime(state.at) });
}

/**
 * The owner's invitations: make a link (shown whole once, to copy and send), see which were
 * used or expired, withdraw one that is still open.
 */
export function InvitationsPanel({ days }: { days: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const toast = useToast();
  const errorText = useAuthErrorText();
  const { loaded, reload } = useLoaded(listInvitations);
  const [creating, setCreating] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setCreating(true);
    setError(null);
    try {
      const invitation = await createInvitation();
      setLink(new URL(invitation.path, window.location.origin).href);
      reload();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setCreating(false);
    }
  };

  const withdraw = async (id: string) => {
    setWithdrawing(id);
    setError(null);
    try {
      await withdrawInvitation(id);
      toast(t("invitations.withdrawn"));
      reload();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setWithdrawing(null);
    }
  };

  return (
    <SettingsSection
      icon={<UserPlusIcon className="size-5" />}
      title={t("invitations.title")}
      intro={t("invitations.intro", { days })}
      testId="settings-invitations"
    >
      {link && (
        <div
          data-testid="new-invitation"
          className="space-y-3 rounded-xl bg-emerald-50 p-4 ring-1 ring-inset ring-emerald-200 dark:bg-emerald-500/10 dark:ring-emerald-400/25"
        >
          <p className="text-sm font-semibold text-emerald-950 dark:text-emerald-100">
            {t("invitations.createdTitle")}
          </p>
          <CopyField label={t("invitations.linkLabel")} value={link} testId="invitation-link" />
          <p className="text-sm text-emerald-900 dark:text-emerald-200">{t("invitations.linkOnce")}</p>
          <button type="button" onClick={() => setLink(null)} className={secondaryButtonClass}>
            {t("settings.done")}
          </button>
        </div>
      )}
      <ListStatus loaded={loaded} empty={t("invitations.none")} onRetry={reload} />
      {loaded.state === "ready" && loaded.value.length > 0 && (
        <ul className={settingsListClass}>
          {loaded.value.map((invitation) => {
            const open = invitationState(invitation).state === "open";
            return (
              <SettingsRow
                key={invitation.id}
                testId="invitation-row"
                title={stateText(i18n, invitation)}
                detail={t("invitations.createdAt", { date: i18n.dateTime(invitation.createdAt) })}
                action={
                  open && (
                    <button
                      type="button"
                      onClick={() => void withdraw(invitation.id)}
                      disabled={withdrawing !== null}
                      className={dangerButtonClass}
                    >
                      {withdrawing === invitation.id ? (
                        <SpinnerIcon className="size-4" />
                      ) : (
                        <CrossIcon className="size-4" />
                      )}
                      {t("invitations.withdraw")}
                    </button>
                  )
                }
              />
            );
          })}
        </ul>
      )}
      <button
        type="button"
        data-testid="create-invitation"
        onClick={create}
        disabled={creating}
        className={primaryButtonClass}
      >
        {creating ? <SpinnerIcon className="size-4" /> : <UserPlusIcon className="size-4" />}
        {t("invitations.create")}
      </button>
      <FormError message={error} testId="invitations-error" />
    </SettingsSection>
  );
}
