/**
 * The time zone this browser or Node process runs in (IANA name), or null when the runtime
 * does not say: sent with uploads, so that "Today" on a screenshot is the uploader's today.
 */
export function deviceTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}
