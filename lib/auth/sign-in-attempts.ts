import { APIError } from "better-auth/api";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { consumeSignIn, rewardSignIn } from "@/lib/rate-limit";

/** The account a sign-in names, as typed (the limiter normalises it). */
function accountOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : "";
}

/**
 * better-auth's before/after hooks for `/sign-in/email`: each attempt is counted per account and
 * per address before the password is checked; a success forgets the account's failures. The
 * app's 429 becomes better-auth's error with the same body and `Retry-After`.
 */
export const signInAttemptGuard = {
  async before(request: Request, body: unknown): Promise<void> {
    try {
      await consumeSignIn({ account: accountOf(body), ip: clientIp(request) });
    } catch (error) {
      if (error instanceof AppError && error.status === 429) {
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { code: error.code, message: error.message, details: error.details },
          error.headers,
        );
      }
      throw error;
    }
  },
  async succeeded(_request: Request, body: unknown): Promise<void> {
    await rewardSignIn({ account: accountOf(body) });
  },
};
