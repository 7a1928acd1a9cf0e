import {
  actualAccountsSchema,
  actualSendInputSchema,
  actualSendResultSchema,
  actualSettingsInputSchema,
  actualSettingsSchema,
  actualTestInputSchema,
  actualTestResultSchema,
} from "@/lib/actual/schema";

/** Actual Budget's schemas (docs/actual-budget.md), spread into `components.ts`. */

export const actualResponseSchemas = {
  ActualSettings: actualSettingsSchema,
  ActualTestResult: actualTestResultSchema,
  ActualAccounts: actualAccountsSchema,
  ActualSendResult: actualSendResultSchema,
} as const;

export const actualRequestSchemas = {
  ActualSettingsInput: actualSettingsInputSchema,
  ActualTestInput: actualTestInputSchema,
  ActualSendInput: actualSendInputSchema,
} as const;

export const actualDescriptions = {
  ActualSettings:
    "The viewer's Actual Budget connection: server, budget (sync id), the account last sent to, and whether a " +
    "password is stored (the password itself is never answered).",
  ActualSettingsInput:
    "An Actual Budget connection. `password` left out or empty keeps the stored one; it is stored encrypted.",
  ActualTestInput: "What the settings page holds now; fields left out come from the stored settings.",
  ActualTestResult: "The sign-in worked: the server's budgets, and whether the chosen one is among them.",
  ActualAccounts: "The open accounts of the chosen budget (on-budget first) and the one last sent to.",
  ActualSendInput: "Jobs to send (accepted ones are sent, others counted) and the Actual account to send to.",
  ActualSendResult:
    "What the send did: transactions added, updated (a corrected amount or date), already there (nothing done), " +
    "rows without an amount, and jobs not accepted.",
} as const;
