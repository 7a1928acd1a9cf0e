/** A signed-in person, as the routes see them. */
export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: "owner" | "member";
}

/**
 * Who is asking. `open` is AUTH=none: a trusted single-user machine where everyone sees
 * everything. Otherwise a user, and how they proved it.
 */
export type Viewer =
  | { kind: "open" }
  | { kind: "user"; user: SignedInUser; via: "session" | "api_key" | "server_token" };

/** The user a new job belongs to: null in open mode. */
export function ownerIdOf(viewer: Viewer): string | null {
  return viewer.kind === "user" ? viewer.user.id : null;
}

/** Whether the viewer may see a job: their own, or any in open mode. */
export function canSee(viewer: Viewer, job: { userId: string | null }): boolean {
  return viewer.kind === "open" || job.userId === viewer.user.id;
}

export function toSignedInUser(user: { id: string; name: string; email: string; role?: unknown }): SignedInUser {
  return { id: user.id, name: user.name, email: user.email, role: user.role === "owner" ? "owner" : "member" };
}
