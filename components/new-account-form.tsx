"use client";

import { type FormEvent, useState } from "react";
import { primaryButtonClass } from "@/components/form-classes";
import { FormError } from "@/components/form-error";
import { SpinnerIcon } from "@/components/icons";
import { TextField } from "@/components/text-field";
import { acceptInvitation, createOwnerAccount } from "@/lib/client/account-requests";
import { useAuthErrorText } from "@/lib/client/use-auth-error";
import type { MessageKey } from "@/lib/i18n";
import { useT } from "@/lib/i18n/provider";

/** The server's rule (lib/auth/account-input.ts), checked here first so the mistake is named at once. */
const MIN_PASSWORD_LENGTH = 10;

/**
 * Name, e-mail and password for a new account: the owner's on the first run, or an invited
 * person's (with the link's token). The request's answer signs them in; the main page is then
 * loaded afresh with that session.
 */
export function NewAccountForm({
  submitLabel,
  invitationToken,
}: {
  submitLabel: MessageKey;
  invitationToken?: string;
}) {
  const t = useT();
  const errorText = useAuthErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? "").trim(),
      email: String(form.get("email") ?? "").trim(),
      password: String(form.get("password") ?? ""),
    };
    if (!input.name) return setError(t("account.nameMissing"));
    if (input.password.length < MIN_PASSWORD_LENGTH) return setError(t("account.passwordShort"));
    setBusy(true);
    setError(null);
    try {
      await (invitationToken ? acceptInvitation(invitationToken, input) : createOwnerAccount(input));
      window.location.assign("/");
    } catch (failure) {
      setError(errorText(failure));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="new-account-form">
      <TextField label={t("account.name")} name="name" autoComplete="name" required maxLength={100} />
      <TextField label={t("account.email")} name="email" type="email" autoComplete="email" required maxLength={254} />
      <TextField
        label={t("account.password")}
        hint={t("account.passwordRule")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={256}
      />
      <FormError message={error} />
      <button type="submit" disabled={busy} className={`${primaryButtonClass} w-full`}>
        {busy && <SpinnerIcon className="size-4" />}
        {busy ? t("account.creating") : t(submitLabel)}
      </button>
    </form>
  );
}
