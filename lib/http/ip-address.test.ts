import { describe, expect, it } from "vitest";
import { normalizeIp } from "@/lib/http/ip-address";

describe("normalizeIp", () => {
  it("keeps plain IPv4 and IPv6 addresses", () => {
    expect(normalizeIp("203.0.113.7")).toBe("203.0.113.7");
    expect(normalizeIp(" 2001:DB8::1 ")).toBe("2001:db8::1");
  });

  it("unwraps IPv4 mapped into IPv6, as a dual-stack socket reports it", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("::FFFF:10.1.2.3")).toBe("10.1.2.3");
  });

  it("drops brackets and ports", () => {
    expect(normalizeIp("[::1]:8080")).toBe("::1");
    expect(normalizeIp("[2001:db8::2]")).toBe("2001:db8::2");
    expect(normalizeIp("198.51.100.4:5000")).toBe("198.51.100.4");
  });

  it("refuses what is not an address", () => {
    for (const value of ["", "unknown", "evil.example", "1.2.3", "300.1.1.1", "_hidden", "::ffff:nope"]) {
      expect(normalizeIp(value)).toBeNull();
    }
  });
});
