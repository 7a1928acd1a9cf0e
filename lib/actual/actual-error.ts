import { AppError } from "@/lib/errors";

/**
 * What went wrong talking to Actual, in words for the person who set it up. Actual's client
 * throws Errors with a `code` (its sync errors' `reason`); the ones a user can act on get their
 * own AppError code: configuration problems are 422 (fix the settings), the remote failing is
 * 502, a send that took too long 504.
 */
export function actualError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "invalid-password":
      return new AppError("actual_wrong_password", "Actual Budget refused the password. Check it in Settings.", 422);
    case "network-failure":
      return new AppError(
        "actual_unreachable",
        "The Actual Budget server cannot be reached. Check its address and that it is running.",
        502,
      );
    case "budget-not-found":
      return new AppError(
        "actual_budget_not_found",
        "This budget is not on the Actual Budget server. Choose one of its budgets in Settings.",
        422,
      );
    case "missing-key":
    case "decrypt-failure":
      return new AppError(
        "actual_budget_encrypted",
        "This budget is end-to-end encrypted; Sukusho cannot send to encrypted budgets.",
        422,
      );
    case "too-many-requests":
      return new AppError(
        "actual_rate_limited",
        "The Actual Budget server refuses more sign-ins for now (too many wrong passwords). Try again later.",
        502,
      );
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      console.error("[sukusho] Actual Budget:", error);
      return new AppError("actual_failed", `Actual Budget answered with an error: ${detail.slice(0, 200)}`, 502);
    }
  }
}

export const actualNotConfigured = () =>
  new AppError(
    "actual_not_configured",
    "Actual Budget is not set up yet: enter its server address, password and budget in Settings.",
    400,
  );

export const actualAccountMissing = (accountId: string) =>
  new AppError(
    "actual_account_missing",
    `The account ${accountId} is not in this budget (or is closed). Pick another account.`,
    422,
  );

export const actualTimeout = (ms: number) =>
  new AppError("actual_timeout", `Actual Budget did not finish within ${Math.round(ms / 1000)} s. Try again.`, 504);
