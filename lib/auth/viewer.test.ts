import { describe, expect, it } from "vitest";
import { canSee, ownerIdOf, toSignedInUser, type Viewer } from "@/lib/auth/viewer";

const alice: Viewer = {
  kind: "user",
  via: "session",
  user: { id: "u-alice", name: "Alice", email: "a@example.com", role: "owner" },
};

describe("viewer", () => {
  it("lets a user see their own jobs only", () => {
    expect(canSee(alice, { userId: "u-alice" })).toBe(true);
    expect(canSee(alice, { userId: "u-bob" })).toBe(false);
    expect(canSee(alice, { userId: null })).toBe(false);
  });

  it("shows everything in open mode, and new jobs there belong to nobody", () => {
    expect(canSee({ kind: "open" }, { userId: "u-bob" })).toBe(true);
    expect(ownerIdOf({ kind: "open" })).toBeNull();
    expect(ownerIdOf(alice)).toBe("u-alice");
  });

  it("reads only the two known roles", () => {
    expect(toSignedInUser({ id: "1", name: "n", email: "e", role: "owner" }).role).toBe("owner");
    expect(toSignedInUser({ id: "1", name: "n", email: "e", role: "admin" }).role).toBe("member");
  });
});
