import { isIPv6 } from "node:net";

/**
 * The key a client address is counted under. IPv4 addresses count one by one; an IPv6 address
 * counts by its /64, because one home or one server is usually given a whole /64 and can pick
 * a fresh address from it for every request. IPv4-mapped IPv6 (`::ffff:192.0.2.1`) is the IPv4
 * address it carries, so a dual-stack server counts a client once.
 */
export function addressKey(ip: string): string {
  const address = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  const bare = address.split("%")[0] ?? address;
  if (!isIPv6(bare)) return address === "" ? "unknown" : address;
  return `${ipv6Groups(bare).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, each in shortest hex. */
function ipv6Groups(address: string): string[] {
  let text = address;
  // A trailing dotted quad (`64:ff9b::192.0.2.1`) is the last two groups.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a = 0, b = 0, c = 0, d = 0] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const first = head === "" ? [] : head.split(":");
  const last = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros = tail === undefined ? [] : Array<string>(8 - first.length - last.length).fill("0");
  return [...first, ...zeros, ...last].map((group) => Number.parseInt(group, 16).toString(16));
}
