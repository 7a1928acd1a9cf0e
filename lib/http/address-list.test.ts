import { describe, expect, it } from "vitest";
import { parseAddressList } from "@/lib/http/address-list";

describe("parseAddressList", () => {
  it("matches single addresses and CIDR ranges of both families", () => {
    const list = parseAddressList("127.0.0.0/8, ::1, 10.20.0.0/16, 2001:db8::/32, 192.0.2.9");
    for (const inside of ["127.0.0.1", "127.255.0.3", "::1", "10.20.3.4", "2001:db8:1::5", "192.0.2.9"]) {
      expect(list.has(inside), inside).toBe(true);
    }
    for (const outside of ["128.0.0.1", "::2", "10.21.0.1", "2001:db9::1", "192.0.2.10"]) {
      expect(list.has(outside), outside).toBe(false);
    }
  });

  it("matches an IPv4 peer that a dual-stack socket reports as IPv6", () => {
    expect(parseAddressList("127.0.0.0/8").has("::ffff:127.0.0.1")).toBe(true);
  });

  it("trusts nobody when empty, and nothing that is not an address", () => {
    expect(parseAddressList("").has("127.0.0.1")).toBe(false);
    expect(parseAddressList("127.0.0.0/8").has("localhost")).toBe(false);
  });

  it("refuses an entry that is not an address or range, naming it", () => {
    expect(() => parseAddressList("127.0.0.1, localhost")).toThrow(/localhost/);
    expect(() => parseAddressList("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseAddressList("10.0.0.0/8/1")).toThrow();
    expect(() => parseAddressList("10.0.0.0/x")).toThrow();
  });
});
