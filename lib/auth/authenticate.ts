import { createHash, timingSafeEqual } from "node:crypto";
import { bearerToken } from "@/lib/auth/bearer";
import { ensureTokenOwner } from "@/lib/auth/owner";
import { type SignedInUser, toSignedInUser, type Viewer } from "@/lib/auth/viewer";
import { type Env, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Services } from "@/lib/services";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="sukusho"' };

export function unauthenticated(): AppError {
  return new AppError(
    "unauthenticated",
    "Sign in first, or send an API key as “Authorization: Bearer …”.",
    401,
    undefined,
    CHALLENGE,
  );
}

/** Constant-time comparison of two secrets of any length (their digests are compared). */
function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Who sent this request (docs/accounts.md): nobody needs to in open mode (AUTH=none); otherwise
 * a bearer key (the server's SUKUSHO_API_TOKEN, or a user's API key) or a session cookie.
 * Throws the 401 when none of them holds.
 */
export async function authenticate(
  request: { headers: Headers },
  services: Services,
  config: Env = env(),
): Promise<Viewer> {
  if (config.AUTH === "none") return { kind: "open" };
  const token = bearerToken(request.headers);
  if (token) return keyViewer(token, services, config);
  const session = await services.auth.api.getSession({ headers: request.headers });
  if (!session) throw unauthenticated();
  return { kind: "user", user: toSignedInUser(session.user), via: "session" };
}

/** The viewer, or null when nobody is signed in (pages redirect rather than answer 401). */
export async function optionalViewer(request: { headers: Headers }, services: Services): Promise<Viewer | null> {
  try {
    return await authenticate(request, services);
  } catch (error) {
    if (error instanceof AppError && error.status === 401) return null;
    throw error;
  }
}

async function keyViewer(token: string, services: Services, config: Env): Promise<Viewer> {
  if (config.SUKUSHO_API_TOKEN && sameSecret(token, config.SUKUSHO_API_TOKEN)) {
    const owner = await ensureTokenOwner(services.db, config.SUKUSHO_OWNER_EMAIL);
    return { kind: "user", user: owner, via: "server_token" };
  }
  const user = await apiKeyUser(token, services);
  return { kind: "user", user, via: "api_key" };
}

async function apiKeyUser(token: string, services: Services): Promise<SignedInUser> {
  const verified = await services.auth.api.verifyApiKey({ body: { key: token } });
  const userId = verified.valid ? verified.key?.referenceId : undefined;
  const user = userId ? await services.db.user.findUnique({ where: { id: userId } }) : null;
  if (!user) {
    throw new AppError(
      "invalid_api_key",
      "This API key is not valid: it was revoked, or it is mistyped.",
      401,
      undefined,
      CHALLENGE,
    );
  }
  return toSignedInUser(user);
}
