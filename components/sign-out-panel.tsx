"use client";

import { useState } from "react";
import { dangerButtonClass, secondaryButtonClass } from "@/components/form-classes";
import { FormError } from "@/components/form-error";
import { SignOutIcon, SpinnerIcon } from "@/components/icons";
import { SettingsSection } from "@/components/settings-section";
import { authClient } from "@/lib/client/auth-client";
import { useAuthErrorText } from "@/lib/client/use-auth-error";
import { useT } from "@/lib/i18n/provider";

/**
 * Sign out of this browser, or of every session the person has (a lost phone, a shared
 * computer): all sessions are revoked first, then this one's cookie is cleared.
 */
export function SignOutPanel() {
  const t = useT();
  const errorText = useAuthErrorText();
  const [busy, setBusy] = useState<null | "here" | "everywhere">(null);
  const [error, setError] = useState<string | null>(null);

  const signOut = async (everywhere: boolean) => {
    setBusy(everywhere ? "everywhere" : "here");
    setError(null);
    if (everywhere) {
      const { error: failure } = await authClient.revokeSessions();
      if (failure) {
        setError(errorText(failure));
        setBusy(null);
        return;
      }
    }
    await authClient.signOut();
    window.location.assign("/sign-in");
  };

  return (
    <SettingsSection
      icon={<SignOutIcon className="size-5" />}
      title={t("signOut.title")}
      intro={t("signOut.intro")}
      testId="settings-sign-out"
    >
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          data-testid="settings-sign-out-here"
          onClick={() => void signOut(false)}
          disabled={busy !== null}
          className={secondaryButtonClass}
        >
          {busy === "here" && <SpinnerIcon className="size-4" />}
          {t("signOut.here")}
        </button>
        <button
          type="button"
          data-testid="sign-out-everywhere"
          onClick={() => void signOut(true)}
          disabled={busy !== null}
          className={`${dangerButtonClass} px-4 py-2`}
        >
          {busy === "everywhere" && <SpinnerIcon className="size-4" />}
          {t("signOut.everywhere")}
        </button>
      </div>
      <FormError message={error} testId="sign-out-error" />
    </SettingsSection>
  );
}
