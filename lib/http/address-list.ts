import { BlockList } from "node:net";
import { normalizeIp } from "@/lib/http/ip-address";

/** A set of addresses and CIDR ranges (`127.0.0.0/8`, `::1`, `10.0.0.0/8`), IPv4 and IPv6. */
export interface AddressList {
  has: (address: string) => boolean;
}

/**
 * Parses a comma-separated list of addresses and CIDR ranges. An entry that is neither is an
 * error naming it, so a typo in TRUSTED_PROXIES stops the server instead of silently trusting
 * nobody (or, worse, somebody else). An empty list trusts nobody.
 */
export function parseAddressList(value: string): AddressList {
  const blocks = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim())) {
    if (!entry) continue;
    const [base = "", prefix, ...rest] = entry.split("/");
    const address = normalizeIp(base);
    if (!address || base.includes("[") || rest.length > 0)
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    const type = address.includes(":") ? "ipv6" : "ipv4";
    if (prefix === undefined) {
      blocks.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (type === "ipv4" ? 32 : 128)) {
      throw new Error(`"${entry}" has no valid prefix length`);
    }
    blocks.addSubnet(address, bits, type);
  }
  return {
    has(raw) {
      const address = normalizeIp(raw);
      if (!address) return false;
      return blocks.check(address, address.includes(":") ? "ipv6" : "ipv4");
    },
  };
}
