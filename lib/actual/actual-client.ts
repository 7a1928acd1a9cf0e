import type { z } from "zod";
import {
  type ActualAccount,
  type ActualSendResult,
  type ActualSettings,
  type ActualTestResult,
  actualAccountsSchema,
  actualSendResultSchema,
  actualSettingsSchema,
  actualTestResultSchema,
} from "@/lib/actual/schema";
import { ApiError } from "@/lib/client/api";

/** The page's calls to /api/actual/*; failures are ApiErrors carrying the server's plain words. */

async function call<T>(path: string, schema: z.ZodType<T>, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      cache: "no-store",
      ...init,
      headers: init?.body ? { "Content-Type": "application/json" } : undefined,
    });
  } catch {
    throw new ApiError("network_error", "Could not reach the server. Check your connection and try again.", 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    throw typeof error?.code === "string" && typeof error.message === "string"
      ? new ApiError(error.code, error.message, response.status)
      : new ApiError("http_error", `The server answered HTTP ${response.status}.`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError("unexpected_response", "The server sent an answer this page does not understand.", 0);
  return parsed.data;
}

export const getActualSettings = () => call("/api/actual/settings", actualSettingsSchema);

export const saveActualSettings = (settings: { serverUrl: string; password?: string; syncId: string | null }) =>
  call("/api/actual/settings", actualSettingsSchema, { method: "PUT", body: JSON.stringify(settings) });

export const testActualConnection = (typed: { serverUrl?: string; password?: string; syncId?: string | null }) =>
  call<ActualTestResult>("/api/actual/test", actualTestResultSchema, { method: "POST", body: JSON.stringify(typed) });

export const listActualAccounts = (): Promise<{ accounts: ActualAccount[]; lastAccountId: string | null }> =>
  call("/api/actual/accounts", actualAccountsSchema);

export const sendToActual = (jobIds: readonly string[], accountId: string): Promise<ActualSendResult> =>
  call("/api/actual/send", actualSendResultSchema, { method: "POST", body: JSON.stringify({ jobIds, accountId }) });

export type { ActualSettings };
