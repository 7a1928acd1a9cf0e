import { useCallback, useEffect, useState } from "react";
import { getConfig } from "@/lib/client/api";
import {
  defaultUploadOptions,
  readUploadOptions,
  type UploadOptions,
  writeUploadOptions,
} from "@/lib/client/upload-options";
import type { PublicConfig } from "@/lib/config-schema";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // Storage disabled by the browser.
  }
}

/**
 * The server's capabilities (`GET /api/config`, null until known or when it cannot be read)
 * and the person's upload options, remembered in localStorage. The stored options are read
 * after mounting, so the server-rendered page and the first client render agree.
 */
export function useUploadOptions(): {
  config: PublicConfig | null;
  options: UploadOptions;
  setOptions: (change: Partial<UploadOptions>) => void;
} {
  const [config, setConfig] = useState<PublicConfig | null>(null);
  const [options, setStoredOptions] = useState<UploadOptions>(defaultUploadOptions);

  useEffect(() => {
    setStoredOptions(readUploadOptions(storage()));
    const controller = new AbortController();
    getConfig(controller.signal)
      .then(setConfig)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.warn("[sukusho] could not read the server's configuration:", error);
      });
    return () => controller.abort();
  }, []);

  const setOptions = useCallback((change: Partial<UploadOptions>) => {
    setStoredOptions((current) => {
      const next = { ...current, ...change };
      writeUploadOptions(storage(), next);
      return next;
    });
  }, []);

  return { config, options, setOptions };
}
