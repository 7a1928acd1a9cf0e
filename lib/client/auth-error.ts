import type { MessageKey, Params } from "@/lib/i18n";

/** A failed account call as the page sees it: better-auth's `{status, code, message}` or the app's error body. */
export interface AuthFailure {
  status: number;
  code?: string | undefined;
  message?: string | undefined;
  details?: unknown;
  /** The `Retry-After` header of a 429, when the response had one. */
  retryAfter?: string | null | undefined;
}

/** What to tell the person: a text of ours, or (for failures we do not name) the server's own words. */
export type AuthErrorText = { key: MessageKey; params?: Params } | { message: string };

/** better-auth's and the app's codes (either case) mapped to the words the pages use. */
const CODE_TEXTS: Record<string, MessageKey> = {
  invalid_email_or_password: "auth.error.wrongPassword",
  user_already_exists: "auth.error.emailTaken",
  user_already_exists_use_another_email: "auth.error.emailTaken",
  owner_exists: "auth.error.ownerExists",
  invitation_invalid: "auth.error.invitationClosed",
  passkey_not_found: "auth.error.passkeyUnknown",
  auth_cancelled: "auth.error.passkeyCancelled",
  error_ceremony_aborted: "auth.error.passkeyCancelled",
  error_authenticator_previously_registered: "auth.error.passkeyExists",
  network_error: "auth.error.network",
};

/** The whole seconds a 429 asks to wait: its body's `details.retryAfterSeconds`, else `Retry-After`. */
export function retryAfterSeconds(failure: Pick<AuthFailure, "details" | "retryAfter">): number | null {
  const fromBody = (failure.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof fromBody === "number" && Number.isFinite(fromBody) && fromBody >= 0) return Math.ceil(fromBody);
  const header = failure.retryAfter?.trim();
  if (header && /^\d+$/.test(header)) return Number(header);
  if (header) {
    const at = Date.parse(header);
    if (Number.isFinite(at)) return Math.max(0, Math.ceil((at - Date.now()) / 1000));
  }
  return null;
}

/**
 * The words for a failed sign-in, account creation or passkey ceremony: a wrong password, a
 * rate limit with the seconds to wait, a taken e-mail, a used invitation… in the reader's
 * language; the server's message for anything else.
 */
export function authErrorText(failure: AuthFailure): AuthErrorText {
  if (failure.status === 429) {
    const seconds = retryAfterSeconds(failure);
    return seconds === null
      ? { key: "auth.error.rateLimitedSoon" }
      : { key: "auth.error.rateLimited", params: { seconds } };
  }
  const key = failure.code ? CODE_TEXTS[failure.code.toLowerCase()] : undefined;
  if (key) return { key };
  if (failure.status === 401) return { key: "auth.error.wrongPassword" };
  if (failure.status === 0) return { key: "auth.error.network" };
  return failure.message ? { message: failure.message } : { key: "auth.error.generic" };
}
