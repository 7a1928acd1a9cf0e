"use client";

import { type FormEvent, useEffect, useId, useState } from "react";
import { inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/form-classes";
import { FormError } from "@/components/form-error";
import { CheckIcon, DownloadIcon, SpinnerIcon } from "@/components/icons";
import { SettingsSection } from "@/components/settings-section";
import { TextField } from "@/components/text-field";
import { useToast } from "@/components/toast";
import { getActualSettings, saveActualSettings, testActualConnection } from "@/lib/actual/actual-client";
import type { ActualBudget } from "@/lib/actual/schema";
import { errorText } from "@/lib/client/api";
import { useLoaded } from "@/lib/client/use-loaded";
import { useI18n } from "@/lib/i18n/provider";

/**
 * Where accepted results are sent (docs/actual-budget.md): the Actual server, its password
 * (stored encrypted, shown only as "set") and the budget. "Test connection" signs in with what
 * is typed and offers the server's budgets to choose from.
 */
export function ActualSettingsPanel() {
  const i18n = useI18n();
  const { t } = i18n;
  const toast = useToast();
  const budgetId = useId();
  const [serverUrl, setServerUrl] = useState("");
  const [password, setPassword] = useState("");
  const [passwordSet, setPasswordSet] = useState(false);
  const [syncId, setSyncId] = useState("");
  const [budgets, setBudgets] = useState<ActualBudget[] | null>(null);
  const [busy, setBusy] = useState<"test" | "save" | null>(null);
  const [error, setError] = useState<string | null>(null);

  const { loaded } = useLoaded(getActualSettings);
  useEffect(() => {
    if (loaded.state !== "ready") return;
    setServerUrl(loaded.value.serverUrl ?? "");
    setPasswordSet(loaded.value.passwordSet);
    setSyncId(loaded.value.syncId ?? "");
  }, [loaded]);

  const test = async () => {
    setBusy("test");
    setError(null);
    try {
      const result = await testActualConnection({ serverUrl, password: password || undefined, syncId: syncId || null });
      setBudgets(result.budgets);
      if (!syncId && result.budgets[0]) setSyncId(result.budgets[0].syncId);
      toast(t("actual.connected"));
    } catch (failure) {
      setBudgets(null);
      setError(errorText(failure, i18n));
    } finally {
      setBusy(null);
    }
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy("save");
    setError(null);
    try {
      const saved = await saveActualSettings({ serverUrl, password: password || undefined, syncId: syncId || null });
      setPasswordSet(saved.passwordSet);
      setPassword("");
      toast(t("actual.saved"));
    } catch (failure) {
      setError(errorText(failure, i18n));
    } finally {
      setBusy(null);
    }
  };

  return (
    <SettingsSection
      icon={<DownloadIcon className="size-5" />}
      title={t("actual.title")}
      intro={t("actual.intro")}
      testId="settings-actual"
    >
      <form
        onSubmit={save}
        className="space-y-4"
        data-testid="actual-settings-form"
        data-ready={loaded.state !== "loading"}
      >
        {/* Typing before the stored settings arrive would be overwritten by them: wait for them. */}
        <fieldset disabled={loaded.state === "loading"} className="contents">
          <TextField
            label={t("actual.serverUrl")}
            name="serverUrl"
            type="url"
            required
            placeholder="https://actual.example.com"
            value={serverUrl}
            onChange={(event) => setServerUrl(event.target.value)}
          />
          <TextField
            label={t("actual.password")}
            name="password"
            type="password"
            autoComplete="off"
            placeholder={passwordSet ? t("actual.passwordSet") : ""}
            hint={passwordSet ? t("actual.passwordKept") : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <div className="space-y-1.5">
            <label htmlFor={budgetId} className={labelClass}>
              {t("actual.budget")}
            </label>
            {budgets && budgets.length > 0 ? (
              <select
                id={budgetId}
                value={syncId}
                onChange={(event) => setSyncId(event.target.value)}
                className={inputClass}
                data-testid="actual-budget-select"
              >
                {budgets.map((budget) => (
                  <option key={budget.syncId} value={budget.syncId}>
                    {budget.name}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={budgetId}
                value={syncId}
                onChange={(event) => setSyncId(event.target.value)}
                placeholder={t("actual.syncIdPlaceholder")}
                className={inputClass}
              />
            )}
            {budgets?.length === 0 && (
              <p className="text-xs text-slate-500 dark:text-slate-400">{t("actual.noBudgets")}</p>
            )}
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => void test()}
              disabled={busy !== null || !serverUrl}
              className={secondaryButtonClass}
            >
              {busy === "test" ? <SpinnerIcon className="size-4" /> : <CheckIcon className="size-4" />}
              {t("actual.test")}
            </button>
            <button type="submit" disabled={busy !== null} className={primaryButtonClass}>
              {busy === "save" && <SpinnerIcon className="size-4" />}
              {t("actual.save")}
            </button>
          </div>
        </fieldset>
      </form>
      <FormError
        message={error ?? (loaded.state === "error" ? errorText(loaded.error, i18n) : null)}
        testId="actual-settings-error"
      />
    </SettingsSection>
  );
}
