import { describe, expect, it } from "vitest";
import { deriveSecretKey, openSecret, sealSecret } from "@/lib/actual/secret-box";
import { AppError } from "@/lib/errors";

const key = deriveSecretKey(undefined, "an-auth-secret-of-at-least-32-characters");

describe("secret box", () => {
  it("gives back what it sealed, and seals the same text differently each time", () => {
    const sealed = sealSecret("pässwörd 🔑", key);
    expect(openSecret(sealed, key)).toBe("pässwörd 🔑");
    expect(sealSecret("pässwörd 🔑", key)).not.toBe(sealed);
    expect(sealed).not.toContain("pässwörd");
  });

  it("refuses a changed byte with an AppError, not garbage", () => {
    const sealed = sealSecret("hunter22", key);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    const tampered = [parts[0], parts[1], parts[2], body.toString("base64url")].join(".");
    expect(() => openSecret(tampered, key)).toThrow(AppError);
    expect(() => openSecret("not a box", key)).toThrow(/Enter it again/);
  });

  it("refuses a box sealed under another key", () => {
    const other = deriveSecretKey(
      "a-separate-secret-key-of-32-characters!!",
      "an-auth-secret-of-at-least-32-characters",
    );
    expect(other.equals(key)).toBe(false);
    expect(() => openSecret(sealSecret("hunter22", other), key)).toThrow(AppError);
  });
});
