"use client";

import { useEffect, useId, useState } from "react";
import { SpinnerIcon, UploadIcon } from "@/components/icons";
import { useToast } from "@/components/toast";
import { getActualSettings, listActualAccounts, sendToActual } from "@/lib/actual/actual-client";
import type { ActualAccount, ActualSendResult } from "@/lib/actual/schema";
import { errorText } from "@/lib/client/api";
import { useLoaded } from "@/lib/client/use-loaded";
import { type I18n, useI18n } from "@/lib/i18n/provider";

const buttonClass =
  "inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-400 disabled:opacity-60";
const selectClass =
  "max-w-48 rounded-lg border border-white/20 bg-slate-800 py-1 pr-7 pl-2 text-sm text-white focus-visible:outline-2 focus-visible:outline-indigo-400";

/** What a send did, in one sentence for the toast. */
export function sentText({ tn }: Pick<I18n, "tn">, result: ActualSendResult): string {
  const parts = [
    tn("actual.added", result.added),
    tn("actual.updated", result.updated),
    tn("actual.alreadyThere", result.alreadyThere),
  ];
  if (result.skipped > 0) parts.push(tn("actual.skipped", result.skipped));
  if (result.notAccepted > 0) parts.push(tn("actual.notAccepted", result.notAccepted));
  return parts.join(" · ");
}

/**
 * "Send to Actual" for the selected jobs, beside the export buttons; only when an Actual budget
 * is set up in Settings. The first press loads the budget's accounts to pick from (the one last
 * sent to preselected); the next sends. Only accepted results go (the server counts the rest).
 */
export function ActualSendButton({ ids }: { ids: readonly string[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const toast = useToast();
  const pickerId = useId();
  const { loaded } = useLoaded(getActualSettings);
  const [accounts, setAccounts] = useState<ActualAccount[] | null>(null);
  const [accountId, setAccountId] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (ids.length === 0) setAccounts(null);
  }, [ids.length]);

  if (loaded.state !== "ready" || !loaded.value.passwordSet || !loaded.value.syncId) return null;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (failure) {
      toast(errorText(failure, i18n) ?? t("actual.failed"), "error");
    } finally {
      setBusy(false);
    }
  };

  const openPicker = () =>
    run(async () => {
      const answer = await listActualAccounts();
      setAccounts(answer.accounts);
      const preferred = answer.accounts.find((account) => account.id === answer.lastAccountId) ?? answer.accounts[0];
      setAccountId(preferred?.id ?? "");
      if (answer.accounts.length === 0) toast(t("actual.noAccounts"), "error");
    });

  const send = () => run(async () => toast(sentText(i18n, await sendToActual(ids, accountId))));

  if (accounts === null || accounts.length === 0) {
    return (
      <button
        type="button"
        data-testid="actual-send-open"
        onClick={() => void openPicker()}
        disabled={busy}
        className={`${buttonClass} bg-emerald-500 text-white hover:bg-emerald-400`}
      >
        {busy ? <SpinnerIcon className="size-4" /> : <UploadIcon className="size-4" />}
        <span className="max-sm:hidden">{t("actual.send")}</span>
        <span className="sm:hidden">Actual</span>
      </button>
    );
  }
  return (
    <span className="flex items-center gap-2" data-testid="actual-send">
      <label htmlFor={pickerId} className="sr-only">
        {t("actual.account")}
      </label>
      <select
        id={pickerId}
        value={accountId}
        onChange={(event) => setAccountId(event.target.value)}
        className={selectClass}
        data-testid="actual-account-select"
      >
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.offBudget ? t("actual.offBudget", { name: account.name }) : account.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        data-testid="actual-send-confirm"
        onClick={() => void send()}
        disabled={busy || !accountId}
        className={`${buttonClass} bg-emerald-500 text-white hover:bg-emerald-400`}
      >
        {busy ? <SpinnerIcon className="size-4" /> : <UploadIcon className="size-4" />}
        {t("actual.sendTo")}
      </button>
    </span>
  );
}
