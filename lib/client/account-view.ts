import type { SignedInUser, Viewer } from "@/lib/auth/viewer";

/**
 * What the page's header and settings need to know about the viewer, passed from the server
 * page to client components: open mode (AUTH=none), or the signed-in person.
 */
export type AccountView = { mode: "open" } | { mode: "accounts"; user: SignedInUser };

export function accountView(viewer: Viewer): AccountView {
  return viewer.kind === "open" ? { mode: "open" } : { mode: "accounts", user: viewer.user };
}
