"use client";

import Link from "next/link";
import { secondaryButtonClass } from "@/components/form-classes";
import { useT } from "@/lib/i18n/provider";

/** What a used, withdrawn or expired invitation link shows: why, and the way to sign in instead. */
export function InvitationClosed() {
  const t = useT();
  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("invite.closedBody")}</p>
      <Link href="/sign-in" className={secondaryButtonClass}>
        {t("invite.signIn")}
      </Link>
    </div>
  );
}
