import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth-card";
import { InvitationClosed } from "@/components/invitation-closed";
import { NewAccountForm } from "@/components/new-account-form";
import { invitationIsOpen } from "@/lib/auth/invitations";
import { ensureBooted } from "@/lib/boot";
import { env } from "@/lib/env";
import { requestTranslator } from "@/lib/i18n/server";
import { services } from "@/lib/services";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestTranslator();
  return { title: t("meta.inviteTitle") };
}

/**
 * An invitation link: the invited person creates their account, or learns at once that the
 * link was used, withdrawn or has expired (rather than after filling in the form).
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await ensureBooted();
  if (env().AUTH !== "accounts") redirect("/");
  if (!(await invitationIsOpen(services().db, token))) {
    return (
      <AuthCard title="invite.closedTitle" testId="invite-closed">
        <InvitationClosed />
      </AuthCard>
    );
  }
  return (
    <AuthCard title="invite.title" intro="invite.intro" testId="invite-page">
      <NewAccountForm submitLabel="invite.submit" invitationToken={token} />
    </AuthCard>
  );
}
