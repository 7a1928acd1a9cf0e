import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/auth-secret";

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-secret-"));

describe("authSecret", () => {
  it("uses the configured secret and writes nothing", () => {
    const dir = tempDir();
    expect(authSecret("x".repeat(40), dir)).toBe("x".repeat(40));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("generates one secret, private to the server's user, and keeps it across starts", () => {
    const dir = path.join(tempDir(), "data");
    const first = authSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(authSecret(undefined, dir)).toBe(first);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
  });
});
