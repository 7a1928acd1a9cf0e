/** Where a sign-in goes when it was not sent from a page (or the page's address is unusable). */
export const DEFAULT_NEXT = "/";

/** Any origin works as the base: only whether the parsed URL stays on it matters. */
const PROBE_ORIGIN = "http://sukusho.invalid";

/**
 * The page to return to after signing in, from the `next` query parameter: only a path on this
 * site (`/history?q=tea`), never another site (`//evil.example`, `/\evil.example`,
 * `https://…`, `javascript:`), so the sign-in page cannot be used as an open redirect.
 * Anything else gives `/`.
 */
export function safeNext(value: string | string[] | null | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return DEFAULT_NEXT;
  // Browsers read a backslash as a slash and drop tabs and newlines: `/\evil` and `/\t/evil`
  // would leave the site.
  if (value.includes("\\") || [...value].some((char) => char <= "\u001f" || char === "\u007f")) return DEFAULT_NEXT;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return DEFAULT_NEXT;
  }
  if (url.origin !== PROBE_ORIGIN) return DEFAULT_NEXT;
  return `${url.pathname}${url.search}${url.hash}`;
}
