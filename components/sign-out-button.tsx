"use client";

import { useState } from "react";
import { SignOutIcon, SpinnerIcon } from "@/components/icons";
import { authClient } from "@/lib/client/auth-client";
import { useT } from "@/lib/i18n/provider";

/**
 * Ends this browser's session, then loads the sign-in page afresh (a full load, so nothing of
 * the signed-in pages stays in the client's router cache).
 */
export function SignOutButton({ className }: { className: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      data-testid="sign-out"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await authClient.signOut();
        window.location.assign("/sign-in");
      }}
      className={className}
    >
      {busy ? <SpinnerIcon className="size-4" /> : <SignOutIcon className="size-4" />}
      {/* A narrower header has room for the icon only; the name stays for screen readers. */}
      <span className="max-lg:sr-only">{t("header.signOut")}</span>
    </button>
  );
}
