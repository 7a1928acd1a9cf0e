"use client";

import { type FormEvent, useState } from "react";
import { CopyField } from "@/components/copy-field";
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from "@/components/form-classes";
import { FormError } from "@/components/form-error";
import { KeyIcon, SpinnerIcon, TrashIcon } from "@/components/icons";
import { ListStatus } from "@/components/list-status";
import { SettingsRow, settingsListClass } from "@/components/settings-row";
import { SettingsSection } from "@/components/settings-section";
import { TextField } from "@/components/text-field";
import { useToast } from "@/components/toast";
import { apiKeyHints } from "@/lib/client/api-key-hints";
import { authClient } from "@/lib/client/auth-client";
import { useAuthErrorText } from "@/lib/client/use-auth-error";
import { dataOrThrow, useLoaded } from "@/lib/client/use-loaded";
import { useI18n } from "@/lib/i18n/provider";

const listKeys = async () => (await dataOrThrow(authClient.apiKey.list())).apiKeys;

const codeClass =
  "block overflow-x-auto rounded-lg bg-slate-900 px-3 py-2 font-mono text-xs whitespace-pre text-slate-100 dark:bg-black/40";

/** The key just made: shown whole this once, with how to use it. */
function NewKey({ name, value, onDone }: { name: string; value: string; onDone: () => void }) {
  const { t } = useI18n();
  const hints = apiKeyHints(window.location.origin, value);
  return (
    <div
      data-testid="new-api-key"
      className="space-y-3 rounded-xl bg-emerald-50 p-4 ring-1 ring-inset ring-emerald-200 dark:bg-emerald-500/10 dark:ring-emerald-400/25"
    >
      <p className="text-sm font-semibold text-emerald-950 dark:text-emerald-100">
        {t("apiKeys.createdTitle", { name })}
      </p>
      <p className="text-sm text-emerald-900 dark:text-emerald-200">{t("apiKeys.shownOnce")}</p>
      <CopyField label={t("apiKeys.keyLabel")} value={value} testId="new-api-key-value" />
      <p className="text-sm text-emerald-900 dark:text-emerald-200">{t("apiKeys.useWith")}</p>
      <code className={codeClass}>{hints.cli}</code>
      <code className={codeClass}>{hints.curl}</code>
      <p className="text-sm text-emerald-900 dark:text-emerald-200">{t("apiKeys.loginHint")}</p>
      <code className={codeClass}>{hints.login}</code>
      <button type="button" onClick={onDone} className={secondaryButtonClass}>
        {t("settings.done")}
      </button>
    </div>
  );
}

/** The person's API keys: create one (named; its secret shown once), list by their start, revoke. */
export function ApiKeysPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const toast = useToast();
  const errorText = useAuthErrorText();
  const { loaded, reload } = useLoaded(listKeys);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    setCreating(true);
    setError(null);
    const { data, error: failure } = await authClient.apiKey.create(name ? { name } : {});
    setCreating(false);
    if (failure || !data) return setError(errorText(failure));
    form.reset();
    setCreated({ name: data.name ?? t("apiKeys.unnamed"), key: data.key });
    reload();
  };

  const revoke = async (keyId: string) => {
    setRevoking(keyId);
    setError(null);
    const { error: failure } = await authClient.apiKey.delete({ keyId });
    setRevoking(null);
    if (failure) return setError(errorText(failure));
    toast(t("apiKeys.revoked"));
    reload();
  };

  return (
    <SettingsSection
      icon={<KeyIcon className="size-5" />}
      title={t("apiKeys.title")}
      intro={t("apiKeys.intro")}
      testId="settings-api-keys"
    >
      {created && <NewKey name={created.name} value={created.key} onDone={() => setCreated(null)} />}
      <ListStatus loaded={loaded} empty={t("apiKeys.none")} onRetry={reload} />
      {loaded.state === "ready" && loaded.value.length > 0 && (
        <ul className={settingsListClass}>
          {loaded.value.map((key) => {
            const name = key.name || t("apiKeys.unnamed");
            return (
              <SettingsRow
                key={key.id}
                testId="api-key-row"
                title={
                  <>
                    {name} <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{key.start}…</span>
                  </>
                }
                detail={t("apiKeys.createdAt", { date: i18n.dateTime(key.createdAt) })}
                action={
                  <button
                    type="button"
                    onClick={() => void revoke(key.id)}
                    disabled={revoking !== null}
                    aria-label={t("apiKeys.revokeLabel", { name })}
                    className={dangerButtonClass}
                  >
                    {revoking === key.id ? <SpinnerIcon className="size-4" /> : <TrashIcon className="size-4" />}
                    <span className="max-sm:sr-only">{t("apiKeys.revoke")}</span>
                  </button>
                }
              />
            );
          })}
        </ul>
      )}
      <form
        onSubmit={create}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
        data-testid="create-api-key-form"
      >
        <div className="flex-1">
          <TextField
            label={t("apiKeys.nameLabel")}
            name="name"
            placeholder={t("apiKeys.namePlaceholder")}
            maxLength={32}
            autoComplete="off"
          />
        </div>
        <button type="submit" disabled={creating} className={primaryButtonClass}>
          {creating ? <SpinnerIcon className="size-4" /> : <KeyIcon className="size-4" />}
          {t("apiKeys.create")}
        </button>
      </form>
      <FormError message={error} testId="api-keys-error" />
    </SettingsSection>
  );
}
