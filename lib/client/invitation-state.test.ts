import { describe, expect, it } from "vitest";
import { invitationState } from "@/lib/client/invitation-state";

const invitation = (usedAt: string | null, expiresAt = "2026-12-12T00:00:00.000Z") => ({
  id: "i1",
  createdAt: "2026-12-05T00:00:00.000Z",
  expiresAt,
  usedAt,
});
const now = new Date("2026-12-06T00:00:00.000Z");

describe("invitationState", () => {
  it("is open until it expires", () => {
    expect(invitationState(invitation(null), now)).toEqual({ state: "open", until: "2026-12-12T00:00:00.000Z" });
    expect(invitationState(invitation(null, "2026-12-06T00:00:00.000Z"), now)).toEqual({
      state: "expired",
      at: "2026-12-06T00:00:00.000Z",
    });
  });

  it("says used, with when, even after its expiry", () => {
    expect(invitationState(invitation("2026-12-05T10:00:00.000Z", "2026-12-05T12:00:00.000Z"), now)).toEqual({
      state: "used",
      at: "2026-12-05T10:00:00.000Z",
    });
  });
});
