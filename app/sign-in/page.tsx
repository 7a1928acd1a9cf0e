import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth-card";
import { SignInForm } from "@/components/sign-in-form";
import { optionalViewer } from "@/lib/auth/authenticate";
import { needsOwnerSetup } from "@/lib/auth/owner";
import { ensureBooted } from "@/lib/boot";
import { safeNext } from "@/lib/client/safe-next";
import { env } from "@/lib/env";
import { requestTranslator } from "@/lib/i18n/server";
import { services } from "@/lib/services";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestTranslator();
  return { title: t("meta.signInTitle") };
}

/**
 * Sign-in, then back to `?next=` (a path on this site only: never an open redirect). Someone
 * already signed in, or any visitor in open mode, goes straight there; a fresh install goes
 * to the first-run screen.
 */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNext((await searchParams).next);
  await ensureBooted();
  const app = services();
  if (env().AUTH !== "accounts") redirect(next);
  if (await optionalViewer({ headers: await headers() }, app)) redirect(next);
  if (await needsOwnerSetup(app.db)) redirect("/setup");
  return (
    <AuthCard title="signIn.title" intro="signIn.intro" testId="sign-in-page">
      <SignInForm next={next} />
    </AuthCard>
  );
}
