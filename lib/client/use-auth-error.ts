import { useCallback } from "react";
import { type AuthFailure, authErrorText } from "@/lib/client/auth-error";
import { useT } from "@/lib/i18n/provider";

/** better-auth client's error (`{status, code, message, details}`) or the app's, as an {@link AuthFailure}. */
export function toAuthFailure(error: unknown, retryAfter?: string | null): AuthFailure {
  const value = (error ?? {}) as Partial<Record<keyof AuthFailure, unknown>>;
  return {
    status: typeof value.status === "number" ? value.status : 0,
    code: typeof value.code === "string" ? value.code : undefined,
    message: typeof value.message === "string" ? value.message : undefined,
    details: value.details,
    retryAfter: typeof value.retryAfter === "string" ? value.retryAfter : (retryAfter ?? null),
  };
}

/** A function giving the words, in the page's language, for a failed account call. */
export function useAuthErrorText(): (error: unknown, retryAfter?: string | null) => string {
  const t = useT();
  return useCallback(
    (error, retryAfter) => {
      const text = authErrorText(toAuthFailure(error, retryAfter));
      return "key" in text ? t(text.key, text.params) : text.message;
    },
    [t],
  );
}
