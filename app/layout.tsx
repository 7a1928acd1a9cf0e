import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ServiceWorkerRegistration } from "@/components/service-worker-registration";
import { ToastProvider } from "@/components/toast";
import { I18nProvider } from "@/lib/i18n/provider";
import { requestLocale, requestTranslator } from "@/lib/i18n/server";
import { shellVersion } from "@/lib/pwa/shell-version";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await requestTranslator();
  return {
    title: t("meta.title"),
    description: t("meta.description"),
    // Installable, with a share target (docs/pwa.md); iOS reads its own tags, not the manifest.
    manifest: "/manifest.webmanifest",
    icons: { apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: "Sukusho" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

/**
 * Every page: the language chosen for this request (the `lang` cookie, else the browser's
 * `Accept-Language`) sets `<html lang>` and the texts, so the page arrives in it.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <I18nProvider initialLocale={locale}>
          <ToastProvider>{children}</ToastProvider>
          <ServiceWorkerRegistration version={shellVersion()} />
        </I18nProvider>
      </body>
    </html>
  );
}
