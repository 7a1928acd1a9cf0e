"use client";

import { type FormEvent, useState } from "react";
import { primaryButtonClass, secondaryButtonClass } from "@/components/form-classes";
import { FormError } from "@/components/form-error";
import { FingerprintIcon, SpinnerIcon } from "@/components/icons";
import { TextField } from "@/components/text-field";
import { authClient } from "@/lib/client/auth-client";
import { useAuthErrorText } from "@/lib/client/use-auth-error";
import { useT } from "@/lib/i18n/provider";

type Busy = null | "password" | "passkey";

/**
 * E-mail and password, or a passkey; then back to the page that sent the person here (`next`,
 * already reduced to a path on this site by the server page). A wrong password and a rate
 * limit (with the seconds to wait) are said in plain words.
 */
export function SignInForm({ next }: { next: string }) {
  const t = useT();
  const errorText = useAuthErrorText();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (
    kind: Exclude<Busy, null>,
    signIn: () => Promise<{ error: unknown }>,
    retryAfter = () => null as string | null,
  ) => {
    setBusy(kind);
    setError(null);
    const { error: failure } = await signIn();
    if (!failure) {
      window.location.assign(next);
      return;
    }
    setError(errorText(failure, retryAfter()));
    setBusy(null);
  };

  const signInWithPassword = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let retryAfter: string | null = null;
    void run(
      "password",
      () =>
        authClient.signIn.email(
          { email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") },
          {
            // A 429 says how long to wait in its header too (a proxy's may have no body).
            onError: (context) => {
              retryAfter = context.response.headers.get("Retry-After");
            },
          },
        ),
      () => retryAfter,
    );
  };

  return (
    <div className="space-y-5">
      <form onSubmit={signInWithPassword} className="space-y-4" data-testid="sign-in-form">
        <TextField
          label={t("account.email")}
          name="email"
          type="email"
          autoComplete="username webauthn"
          required
          maxLength={254}
        />
        <TextField
          label={t("account.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
        />
        <FormError message={error} testId="sign-in-error" />
        <button type="submit" disabled={busy !== null} className={`${primaryButtonClass} w-full`}>
          {busy === "password" && <SpinnerIcon className="size-4" />}
          {busy === "password" ? t("signIn.signingIn") : t("signIn.submit")}
        </button>
      </form>
      <div className="flex items-center gap-3 text-xs text-slate-500 uppercase dark:text-slate-400">
        <span className="h-px flex-1 bg-slate-200 dark:bg-slate-800" />
        {t("signIn.or")}
        <span className="h-px flex-1 bg-slate-200 dark:bg-slate-800" />
      </div>
      <button
        type="button"
        data-testid="sign-in-passkey"
        disabled={busy !== null}
        onClick={() => void run("passkey", () => authClient.signIn.passkey())}
        className={`${secondaryButtonClass} w-full`}
      >
        {busy === "passkey" ? <SpinnerIcon className="size-4" /> : <FingerprintIcon className="size-4" />}
        {busy === "passkey" ? t("signIn.waitingForPasskey") : t("signIn.passkey")}
      </button>
      <p className="text-center text-sm text-slate-500 dark:text-slate-400">{t("signIn.noAccount")}</p>
    </div>
  );
}
