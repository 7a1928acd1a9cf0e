"use client";

import { useEffect, useRef } from "react";
import { useI18n } from "@/lib/i18n/provider";

/**
 * Registers public/sw.js (docs/pwa.md) in production builds only: in `next dev` a worker
 * would keep serving files from before the last edit. `version` is the build's id, so a new
 * deployment brings a new worker. When the language changes, the worker is asked to cache
 * the offline page again, now rendered in the new language.
 */
export function ServiceWorkerRegistration({ version }: { version: string }) {
  const { locale } = useI18n();
  const firstLocale = useRef(locale);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register(`/sw.js?v=${encodeURIComponent(version)}`, { scope: "/", updateViaCache: "none" })
      .catch((error: unknown) => console.warn("The offline page and sharing are unavailable:", error));
  }, [version]);

  useEffect(() => {
    if (locale === firstLocale.current) return;
    firstLocale.current = locale;
    navigator.serviceWorker?.controller?.postMessage({ type: "refresh-offline" });
  }, [locale]);

  return null;
}
