/** What every Sukusho API key starts with, so a leaked one is recognisable (and scannable). */
export const API_KEY_PREFIX = "sk_sukusho_";

/** The token of `Authorization: Bearer <token>`, or null when the header is absent or another scheme. */
export function bearerToken(headers: Headers): string | null {
  const value = headers.get("authorization");
  if (!value) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(value);
  return match?.[1] ?? null;
}
