/**
 * Parses a comma-separated list of origins (`https://app.example.com`, `http://10.0.0.5:8080`)
 * into their serialised form, as a browser sends them in `Origin`. A path, a query or a scheme
 * other than http(s) is refused: an origin is scheme, host and port, nothing else, and a
 * setting that says more was probably meant differently.
 */
export function parseOriginList(value: string): string[] {
  const origins: string[] = [];
  for (const entry of value.split(",").map((part) => part.trim())) {
    if (!entry) continue;
    const origin = parseOrigin(entry);
    if (!origin) throw new Error(`"${entry}" is not an origin like https://app.example.com`);
    origins.push(origin);
  }
  return origins;
}

/** `scheme://host[:port]` for an http(s) URL with nothing after the host, else null. */
function parseOrigin(entry: string): string | null {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== "/" || !/^https?:\/\/[^/]+\/?$/i.test(entry)) return null;
  return url.origin;
}
