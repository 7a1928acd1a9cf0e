import { describe, expect, it } from "vitest";
import { parseAddressList } from "@/lib/http/address-list";
import {
  type ForwardingView,
  forwardedClientAddress,
  forwardedHost,
  forwardedOrigin,
  forwardedProto,
  UNKNOWN_CLIENT,
} from "@/lib/http/forwarded";

const trustedProxies = parseAddressList("127.0.0.0/8,::1,10.0.0.0/8");

function view(peer: string | null, headers: Record<string, string>): ForwardingView {
  return { peer, headers: new Headers(headers), trustedProxies };
}

const spoofed = {
  host: "sukusho.example:8080",
  "x-forwarded-for": "198.51.100.1",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
};

describe("from an untrusted peer", () => {
  it("believes none of X-Forwarded-For/Proto/Host", () => {
    const direct = view("203.0.113.5", spoofed);
    expect(forwardedClientAddress(direct)).toBe("203.0.113.5");
    expect(forwardedProto(direct)).toBe("http");
    expect(forwardedHost(direct)).toBe("sukusho.example:8080");
    expect(forwardedOrigin(direct)).toBe("http://sukusho.example:8080");
  });
});

describe("from a trusted proxy", () => {
  it("takes the first hop that is not a trusted proxy, from the right", () => {
    const chain = view("127.0.0.1", { "x-forwarded-for": "1.1.1.1, 198.51.100.7, 10.1.2.3" });
    expect(forwardedClientAddress(chain)).toBe("198.51.100.7");
  });

  it("stops at a hop that is not an address, keeping the last believable one", () => {
    expect(forwardedClientAddress(view("127.0.0.1", { "x-forwarded-for": "203.0.113.1, garbage, 10.0.0.2" }))).toBe(
      "10.0.0.2",
    );
    expect(forwardedClientAddress(view("::1", { "x-forwarded-for": "not-an-ip" }))).toBe("::1");
  });

  it("answers the peer when there is no header, and the leftmost hop when all are trusted", () => {
    expect(forwardedClientAddress(view("127.0.0.1", {}))).toBe("127.0.0.1");
    expect(forwardedClientAddress(view("127.0.0.1", { "x-forwarded-for": "10.0.0.9, 127.0.0.1" }))).toBe("10.0.0.9");
  });

  it("believes the forwarded scheme and host", () => {
    const proxied = view("::ffff:127.0.0.1", spoofed);
    expect(forwardedProto(proxied)).toBe("https");
    expect(forwardedHost(proxied)).toBe("evil.example");
    expect(forwardedOrigin(proxied)).toBe("https://evil.example");
  });

  it("takes the first value of a proxy chain's list, and http for anything but https", () => {
    expect(forwardedProto(view("127.0.0.1", { "x-forwarded-proto": "HTTPS, http" }))).toBe("https");
    expect(forwardedProto(view("127.0.0.1", { "x-forwarded-proto": "gopher" }))).toBe("http");
    expect(forwardedHost(view("127.0.0.1", { host: "a", "x-forwarded-host": "b.example, c.example" }))).toBe(
      "b.example",
    );
  });
});

describe("without a known peer", () => {
  it("gives every such client one key and believes no forwarding", () => {
    const unknown = view(null, spoofed);
    expect(forwardedClientAddress(unknown)).toBe(UNKNOWN_CLIENT);
    expect(forwardedProto(unknown)).toBe("http");
    expect(forwardedHost(unknown)).toBe("sukusho.example:8080");
  });
});

describe("forwardedOrigin", () => {
  it("drops the scheme's default port, as browsers do in Origin", () => {
    expect(
      forwardedOrigin(
        view("127.0.0.1", { host: "x", "x-forwarded-host": "a.example:443", "x-forwarded-proto": "https" }),
      ),
    ).toBe("https://a.example");
    expect(forwardedOrigin(view("203.0.113.5", { host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("is null for no host or one that is not a host", () => {
    expect(forwardedOrigin(view("203.0.113.5", {}))).toBeNull();
    expect(forwardedOrigin(view("203.0.113.5", { host: "a.example/path" }))).toBeNull();
    expect(forwardedOrigin(view("203.0.113.5", { host: "user@a.example" }))).toBeNull();
  });
});
