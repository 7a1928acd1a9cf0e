import { z } from "zod";

/**
 * The Actual Budget requests and answers, shared by the routes, the page and the OpenAPI
 * document. The password goes in, never out: answers say only whether one is stored.
 */

export const actualSettingsInputSchema = z.object({
  serverUrl: z.url({ protocol: /^https?$/, error: "An http:// or https:// address." }).max(500),
  /** Left out (or empty) keeps the stored one. */
  password: z.string().max(500).optional(),
  syncId: z.string().trim().max(200).nullable().optional(),
});
export type ActualSettingsInput = z.infer<typeof actualSettingsInputSchema>;

export const actualSettingsSchema = z.object({
  serverUrl: z.string().nullable(),
  passwordSet: z.boolean(),
  syncId: z.string().nullable(),
  accountId: z.string().nullable(),
});
export type ActualSettings = z.infer<typeof actualSettingsSchema>;

/** A connection test with what is typed on the page; left-out fields come from the stored settings. */
export const actualTestInputSchema = z.object({
  serverUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
  password: z.string().max(500).optional(),
  syncId: z.string().trim().max(200).nullable().optional(),
});

export const actualBudgetSchema = z.object({ syncId: z.string(), name: z.string() });
export type ActualBudget = z.infer<typeof actualBudgetSchema>;

export const actualTestResultSchema = z.object({
  ok: z.literal(true),
  budgets: z.array(actualBudgetSchema),
  /** Whether the chosen budget (if any) is among them. */
  budgetFound: z.boolean().nullable(),
});
export type ActualTestResult = z.infer<typeof actualTestResultSchema>;

export const actualAccountSchema = z.object({ id: z.string(), name: z.string(), offBudget: z.boolean() });
export type ActualAccount = z.infer<typeof actualAccountSchema>;

export const actualAccountsSchema = z.object({
  accounts: z.array(actualAccountSchema),
  /** The account last sent to, for the picker. */
  lastAccountId: z.string().nullable(),
});

export const actualSendInputSchema = z.object({
  jobIds: z.array(z.string().min(1).max(100)).min(1).max(200),
  accountId: z.string().min(1).max(100),
});

export const actualSendResultSchema = z.object({
  /** New transactions in the budget. */
  added: z.number().int(),
  /** Sent before, changed since (a correction): their amount and date were updated. */
  updated: z.number().int(),
  /** Sent before and unchanged: nothing done. */
  alreadyThere: z.number().int(),
  /** Rows with no amount read (nothing to post). */
  skipped: z.number().int(),
  /** Jobs not accepted yet: not sent. */
  notAccepted: z.number().int(),
});
export type ActualSendResult = z.infer<typeof actualSendResultSchema>;
