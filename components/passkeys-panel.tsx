"use client";

import { type FormEvent, useState } from "react";
import { dangerButtonClass, primaryButtonClass } from "@/components/form-classes";
import { FormError } from "@/components/form-error";
import { FingerprintIcon, SpinnerIcon, TrashIcon } from "@/components/icons";
import { ListStatus } from "@/components/list-status";
import { SettingsRow, settingsListClass } from "@/components/settings-row";
import { SettingsSection } from "@/components/settings-section";
import { TextField } from "@/components/text-field";
import { useToast } from "@/components/toast";
import { authClient } from "@/lib/client/auth-client";
import { useAuthErrorText } from "@/lib/client/use-auth-error";
import { dataOrThrow, useLoaded } from "@/lib/client/use-loaded";
import { useI18n } from "@/lib/i18n/provider";

const listPasskeys = () => dataOrThrow(authClient.passkey.listUserPasskeys());

/** The person's passkeys: add one (named, so they can tell them apart), list, delete. */
export function PasskeysPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const toast = useToast();
  const errorText = useAuthErrorText();
  const { loaded, reload } = useLoaded(listPasskeys);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    setAdding(true);
    setError(null);
    const { error: failure } = await authClient.passkey.addPasskey({ name });
    setAdding(false);
    if (failure) return setError(errorText(failure));
    form.reset();
    toast(t("passkeys.added", { name: name || t("passkeys.unnamed") }), "success");
    reload();
  };

  const remove = async (id: string) => {
    setDeleting(id);
    setError(null);
    const { error: failure } = await authClient.passkey.deletePasskey({ id });
    setDeleting(null);
    if (failure) return setError(errorText(failure));
    toast(t("passkeys.deleted"));
    reload();
  };

  return (
    <SettingsSection
      icon={<FingerprintIcon className="size-5" />}
      title={t("passkeys.title")}
      intro={t("passkeys.intro")}
      testId="settings-passkeys"
    >
      <ListStatus loaded={loaded} empty={t("passkeys.none")} onRetry={reload} />
      {loaded.state === "ready" && loaded.value.length > 0 && (
        <ul className={settingsListClass}>
          {loaded.value.map((passkey) => {
            const name = passkey.name || t("passkeys.unnamed");
            return (
              <SettingsRow
                key={passkey.id}
                testId="passkey-row"
                title={name}
                detail={t("passkeys.createdAt", { date: i18n.dateTime(passkey.createdAt) })}
                action={
                  <button
                    type="button"
                    onClick={() => void remove(passkey.id)}
                    disabled={deleting !== null}
                    aria-label={t("passkeys.deleteLabel", { name })}
                    className={dangerButtonClass}
                  >
                    {deleting === passkey.id ? <SpinnerIcon className="size-4" /> : <TrashIcon className="size-4" />}
                    <span className="max-sm:sr-only">{t("passkeys.delete")}</span>
                  </button>
                }
              />
            );
          })}
        </ul>
      )}
      <form onSubmit={add} className="flex flex-col gap-3 sm:flex-row sm:items-end" data-testid="add-passkey-form">
        <div className="flex-1">
          <TextField
            label={t("passkeys.nameLabel")}
            name="name"
            placeholder={t("passkeys.namePlaceholder")}
            maxLength={100}
            autoComplete="off"
          />
        </div>
        <button type="submit" disabled={adding} className={primaryButtonClass}>
          {adding ? <SpinnerIcon className="size-4" /> : <FingerprintIcon className="size-4" />}
          {adding ? t("passkeys.adding") : t("passkeys.add")}
        </button>
      </form>
      <FormError message={error} testId="passkeys-error" />
    </SettingsSection>
  );
}
