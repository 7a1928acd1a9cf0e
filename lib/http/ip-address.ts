import { isIP } from "node:net";

/**
 * An address as it appears in a socket or an X-Forwarded-For entry, made comparable: IPv4
 * mapped into IPv6 (`::ffff:127.0.0.1`, what a dual-stack server reports for IPv4 peers)
 * becomes plain IPv4, brackets and a port are dropped (`[::1]:80`, `10.0.0.1:5000`), and
 * anything that is not an address at all is null, so it can never be mistaken for one.
 */
export function normalizeIp(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped?.[1]) value = mapped[1];
  const version = isIP(value);
  if (version === 0) return null;
  return version === 6 ? value.toLowerCase() : value;
}
