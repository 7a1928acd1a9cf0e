import { z } from "zod";
import type { AuthFailure } from "@/lib/client/auth-error";

/** A refused account request, carrying what {@link authErrorText} needs to explain it. */
export class AccountRequestError extends Error implements AuthFailure {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly details?: unknown,
    readonly retryAfter?: string | null,
  ) {
    super(message);
    this.name = "AccountRequestError";
  }
}

const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const invitationSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

const createdInvitationSchema = invitationSchema.extend({ token: z.string(), path: z.string() });
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

/** The fields of the owner's first-run form and of an invitation. */
export interface NewAccountInput {
  name: string;
  email: string;
  password: string;
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      cache: "no-store",
      ...init,
      headers: init.body ? { "Content-Type": "application/json" } : undefined,
    });
  } catch {
    throw new AccountRequestError(0, "network_error", "Could not reach the server.");
  }
  if (response.ok) return response;
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
  const error = parsed.success ? parsed.data.error : undefined;
  throw new AccountRequestError(
    response.status,
    error?.code,
    error?.message ?? `HTTP ${response.status}`,
    error?.details,
    response.headers.get("Retry-After"),
  );
}

const json = (body: unknown): RequestInit => ({ method: "POST", body: JSON.stringify(body) });

/** Creates the owner on a fresh install; the answer signs them in (its cookie). */
export async function createOwnerAccount(input: NewAccountInput): Promise<void> {
  await request("/api/account/setup", json(input));
}

/** Creates an account from an invitation link's token; the answer signs it in. */
export async function acceptInvitation(token: string, input: NewAccountInput): Promise<void> {
  await request("/api/invitations/accept", json({ ...input, token }));
}

/** The owner's invitations, newest first. */
export async function listInvitations(): Promise<Invitation[]> {
  const response = await request("/api/invitations");
  return z.object({ invitations: z.array(invitationSchema) }).parse(await response.json()).invitations;
}

/** A new invitation; its token (the link) is in this answer only. */
export async function createInvitation(): Promise<CreatedInvitation> {
  const response = await request("/api/invitations", { method: "POST" });
  return createdInvitationSchema.parse(await response.json());
}

/** Withdraws an unused invitation. */
export async function withdrawInvitation(id: string): Promise<void> {
  await request(`/api/invitations/${encodeURIComponent(id)}`, { method: "DELETE" });
}
