import type { SignedInUser, Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";

/** The owner's own actions (inviting people): refused to members, and meaningless in open mode. */
export function requireOwner(viewer: Viewer): SignedInUser {
  if (viewer.kind === "open") {
    throw new AppError(
      "accounts_off",
      "This server runs without accounts (AUTH=none): there is nobody to invite.",
      409,
    );
  }
  if (viewer.user.role !== "owner") {
    throw new AppError("owner_only", "Only the owner of this server can do this.", 403);
  }
  return viewer.user;
}
