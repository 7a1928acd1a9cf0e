import { describe, expect, it } from "vitest";
import { apiKeyHints } from "@/lib/client/api-key-hints";

describe("apiKeyHints", () => {
  it("aims both commands at this server, the key only in the request", () => {
    const hints = apiKeyHints("https://sukusho.example", "sk_sukusho_abc");
    expect(hints.cli).toBe("npx sukusho login --url https://sukusho.example");
    expect(hints.cli).not.toContain("sk_sukusho_abc");
    expect(hints.curl).toBe('curl -H "Authorization: Bearer sk_sukusho_abc" https://sukusho.example/api/jobs');
  });
});
