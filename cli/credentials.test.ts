import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { credentialsPath, forgetCredentials, storeCredentials, storedCredentials } from "./credentials";

const envWithHome = () => ({ XDG_CONFIG_HOME: fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-cli-")) });
const entry = (apiKey: string) => ({ apiKey, email: "a@example.com", storedAt: "2026-12-05T00:00:00.000Z" });

describe("CLI credentials", () => {
  it("keeps one key per server, in a file only the user can read", async () => {
    const env = envWithHome();
    await storeCredentials(env, "http://a:3000", entry("sk_a"));
    await storeCredentials(env, "http://b:3000", entry("sk_b"));
    expect((await storedCredentials(env, "http://a:3000"))?.apiKey).toBe("sk_a");
    expect((await storedCredentials(env, "http://b:3000"))?.apiKey).toBe("sk_b");
    expect(fs.statSync(credentialsPath(env)).mode & 0o777).toBe(0o600);
  });

  it("forgets a server's key and says whether there was one", async () => {
    const env = envWithHome();
    await storeCredentials(env, "http://a:3000", entry("sk_a"));
    expect(await forgetCredentials(env, "http://a:3000")).toBe(true);
    expect(await forgetCredentials(env, "http://a:3000")).toBe(false);
    expect(await storedCredentials(env, "http://a:3000")).toBeNull();
  });

  it("defaults to ~/.config and reads a missing or foreign file as empty", async () => {
    expect(credentialsPath({ HOME: "/home/hana" })).toBe("/home/hana/.config/sukusho/credentials.json");
    const env = envWithHome();
    expect(await storedCredentials(env, "http://a:3000")).toBeNull();
    fs.mkdirSync(path.dirname(credentialsPath(env)), { recursive: true });
    fs.writeFileSync(credentialsPath(env), JSON.stringify({ version: 9 }));
    expect(await storedCredentials(env, "http://a:3000")).toBeNull();
  });
});
