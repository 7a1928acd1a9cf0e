import { describe, expect, it } from "vitest";
import { PERMISSIONS_POLICY } from "@/lib/http/permissions-policy";

describe("PERMISSIONS_POLICY", () => {
  it("turns off camera, microphone and geolocation for every origin", () => {
    const entries = PERMISSIONS_POLICY.split(", ");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(entries).toContain(`${feature}=()`);
    }
  });

  it("leaves passkeys and the copy buttons' clipboard alone", () => {
    expect(PERMISSIONS_POLICY).not.toMatch(/publickey-credentials|clipboard/);
  });
});
