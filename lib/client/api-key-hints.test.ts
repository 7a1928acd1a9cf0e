import { describe, expect, it } from "vitest";
import { apiKeyHints } from "@/lib/client/api-key-hints";

describe("apiKeyHints", () => {
  it("aims every command at this server, with the key where the command takes one", () => {
    const hints = apiKeyHints("https://sukusho.example", "sk_sukusho_abc");
    expect(hints.cli).toBe("SUKUSHO_API_KEY=sk_sukusho_abc npx sukusho extract shot.png --url https://sukusho.example");
    expect(hints.curl).toBe(
      'curl -H "Authorization: Bearer sk_sukusho_abc" -F file=@shot.png https://sukusho.example/api/jobs',
    );
    expect(hints.login).toBe("npx sukusho login --url https://sukusho.example");
    expect(hints.login).not.toContain("sk_sukusho_abc");
  });
});
