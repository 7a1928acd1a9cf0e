import { apiKey } from "@better-auth/api-key";
import { passkey } from "@better-auth/passkey";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { authSecret } from "@/lib/auth/auth-secret";
import { API_KEY_PREFIX } from "@/lib/auth/bearer";
import { signInAttemptGuard } from "@/lib/auth/sign-in-attempts";
import { isSqliteUrl } from "@/lib/db/sqlite-url";
import type { Env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requestOrigin } from "@/lib/http/client-ip";
import { parseOriginList } from "@/lib/http/origin-list";

/**
 * better-auth on Sukusho's own database (docs/accounts.md): email + password, passkeys and
 * per-user API keys. Accounts are made only through the owner's setup and invitations
 * (lib/auth/accounts.ts), never by the public sign-up endpoint. Rate limits are the app's own
 * (lib/rate-limit), shared across instances in PostgreSQL mode, so better-auth's are off.
 */
export function createAuth(db: PrismaClient, config: Env) {
  const appUrl = config.APP_URL ? new URL(config.APP_URL) : null;
  return betterAuth({
    appName: "Sukusho",
    basePath: "/api/auth",
    ...(appUrl ? { baseURL: appUrl.origin } : {}),
    secret: authSecret(config.AUTH_SECRET, config.DATA_DIR),
    database: prismaAdapter(db, { provider: isSqliteUrl(config.DATABASE_URL) ? "sqlite" : "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 256, autoSignIn: true },
    user: { additionalFields: { role: { type: "string", input: false, defaultValue: "member" } } },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "sukusho",
      useSecureCookies: appUrl?.protocol === "https:",
      // Explicit: better-auth turns both checks off by itself when it sees a test runner's
      // environment, and the tests must see what production does.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    // The app's own origin as this request reached it (through a trusted proxy's X-Forwarded-*),
    // and the deployment's extra ones: the same rule as every other state-changing request.
    trustedOrigins: (request) => [
      ...(request ? [requestOrigin(request)] : []),
      ...(appUrl ? [appUrl.origin] : []),
      ...parseOriginList(config.TRUSTED_ORIGINS),
    ],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // Accounts come from the owner's setup and invitations only (server-side calls, which
        // carry no request); the public endpoint stays shut.
        if (ctx.path === "/sign-up/email" && ctx.request) {
          throw new APIError("FORBIDDEN", { message: "Accounts are created by invitation from the owner." });
        }
        if (ctx.path === "/sign-in/email" && ctx.request) await signInAttemptGuard.before(ctx.request, ctx.body);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-in/email" && ctx.request && ctx.context.newSession) {
          await signInAttemptGuard.succeeded(ctx.request, ctx.body);
        }
      }),
    },
    plugins: [
      passkey({
        rpName: "Sukusho",
        // A passkey belongs to a domain: the public URL's when set, else localhost (docs/accounts.md).
        rpID: appUrl?.hostname ?? "localhost",
      }),
      apiKey({
        defaultPrefix: API_KEY_PREFIX,
        // Sukusho's own limits apply to what a key does; better-auth's per-key quota is off.
        rateLimit: { enabled: false },
        enableMetadata: false,
        keyExpiration: { defaultExpiresIn: null },
        deferUpdates: true,
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
