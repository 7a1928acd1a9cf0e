import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth-card";
import { NewAccountForm } from "@/components/new-account-form";
import { needsOwnerSetup } from "@/lib/auth/owner";
import { ensureBooted } from "@/lib/boot";
import { env } from "@/lib/env";
import { requestTranslator } from "@/lib/i18n/server";
import { services } from "@/lib/services";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestTranslator();
  return { title: t("meta.setupTitle") };
}

/**
 * The first-run screen: the owner's account, while nobody can sign in yet. Afterwards (or in
 * open mode, where there are no accounts) it is gone: the main page, which asks to sign in.
 */
export default async function SetupPage() {
  await ensureBooted();
  if (env().AUTH !== "accounts" || !(await needsOwnerSetup(services().db))) redirect("/");
  return (
    <AuthCard title="setup.title" intro="setup.intro" testId="setup-page">
      <NewAccountForm submitLabel="setup.submit" />
    </AuthCard>
  );
}
