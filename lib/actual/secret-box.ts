import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";

/**
 * Secrets Sukusho must give back to another server (the Actual password), sealed with
 * AES-256-GCM: a copy of the database alone does not reveal them, and a changed byte is refused
 * rather than decrypted to garbage. Sealed text is `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */

const VERSION = "v1";
const IV_BYTES = 12;

/**
 * The 32-byte key: SECRET_KEY when set, otherwise AUTH_SECRET (set or generated, see
 * lib/auth/auth-secret.ts), stretched with HKDF so that the cookie-signing secret itself is never
 * used as an encryption key and either input, whatever its length, gives a full-strength key.
 */
export function deriveSecretKey(secretKey: string | undefined, authSecret: string): Buffer {
  const input = secretKey ?? authSecret;
  return Buffer.from(hkdfSync("sha256", input, "sukusho", "sukusho stored secrets v1", 32));
}

export function sealSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** The secret back; a tampered box, or one sealed under another key, is an AppError. */
export function openSecret(sealed: string, key: Buffer): string {
  const [version, iv, tag, body, ...rest] = sealed.split(".");
  if (version !== VERSION || iv === undefined || tag === undefined || body === undefined || rest.length > 0) {
    throw unreadable();
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw unreadable();
  }
}

const unreadable = () =>
  new AppError(
    "actual_password_unreadable",
    "The stored Actual password can no longer be read (the server's SECRET_KEY or AUTH_SECRET changed). Enter it again in Settings.",
    422,
  );
