"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { CheckIcon, CrossIcon, PencilIcon, SpinnerIcon, UndoIcon } from "@/components/icons";
import { NotSeenMarker } from "@/components/not-seen-marker";
import { useReview } from "@/components/review-context";
import { errorText } from "@/lib/client/api";
import { type FieldValue, inputTypes, parseInput, sameValue, toInputValue } from "@/lib/client/review";
import { useI18n } from "@/lib/i18n/provider";

export interface EditableFieldProps {
  /** The value's path in the document: `total`, `items.0.amount`, `rows.3.date`, `fields.due`. */
  path: string;
  /** What the value is, for buttons and the input: `Total`, `Row 4 date`. */
  label: string;
  /** The value shown (corrections applied), and whether the value read was seen in the image. */
  field: { value: FieldValue; seen: boolean };
  /** The text of a value: `¥1,280`, `Oct 3, 2026`. */
  format: (value: string | number) => string;
  /** A richer rendering of the shown value (a signed, coloured amount); the text by default. */
  render?: (value: string | number, text: string) => ReactNode;
  /** Whether the "not seen in the image" marker may show (lists show it elsewhere). */
  notSeen?: boolean;
  /** What a missing value says: `Not found` by default (`No amount` in a list). */
  emptyText?: string;
  /** Extra classes for the value's button (size, alignment). */
  className?: string;
}

/**
 * An extracted value that can be corrected in place. Click it (or focus it and press Enter)
 * to get an input of its kind — text, number, date or time; Enter or leaving the input saves,
 * Escape cancels; the server's refusal shows under the input. A corrected value shows a
 * "corrected" marker, the value read struck through ("was ¥1,280") and a revert button.
 * Outside a result that can be reviewed it is plain text.
 *
 * Test ids: `edit-<path>` (the input), `corrected-marker`, `revert-<path>`.
 */
export function EditableField({
  path,
  label,
  field,
  format,
  render,
  notSeen = true,
  emptyText,
  className = "",
}: EditableFieldProps) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  const controls = useReview();
  const original = controls?.review.original(path);
  const correction = controls?.review.correction(path);
  const corrected = correction !== undefined && original !== undefined;

  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [reverting, setReverting] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** Set once an edit has ended (saved or cancelled): a late blur must not save again. */
  const endedRef = useRef(false);
  const savingRef = useRef(false);
  const failedDraftRef = useRef<string | null>(null);
  const refocusRef = useRef(false);
  const errorId = useId();
  const hintId = useId();

  const value = field.value;
  const text = value === null ? null : format(value);

  useEffect(() => {
    if (editing) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (refocusRef.current) {
      refocusRef.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  const shown =
    value === null || text === null ? (
      <span className="text-slate-400 italic dark:text-slate-500">{emptyText ?? t("field.notFound")}</span>
    ) : render ? (
      render(value, text)
    ) : (
      <span className="font-medium [overflow-wrap:anywhere] text-slate-900 dark:text-slate-50">{text}</span>
    );

  if (!controls || original === undefined) {
    return (
      <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
        {shown}
        {notSeen && value !== null && !field.seen && <NotSeenMarker />}
      </span>
    );
  }

  const type = original.type;
  const wasText = original.value === null ? null : format(original.value);

  const begin = () => {
    if (!controls.editable) return;
    endedRef.current = false;
    failedDraftRef.current = null;
    setDraft(toInputValue(value));
    setError(null);
    setEditing(true);
  };

  const end = (refocus: boolean) => {
    endedRef.current = true;
    refocusRef.current = refocus;
    setError(null);
    setEditing(false);
  };

  const save = async (trigger: "enter" | "blur") => {
    if (endedRef.current || savingRef.current) return;
    if (trigger === "blur" && failedDraftRef.current === draft) return;
    const input = inputRef.current;
    const parsed =
      input?.validity.badInput === true
        ? ({
            ok: false,
            error: t(type === "date" ? "review.needDate" : type === "time" ? "review.needTime" : "review.needNumber"),
          } as const)
        : parseInput(type, draft, i18n);
    if (!parsed.ok) {
      failedDraftRef.current = draft;
      setError(parsed.error);
      return;
    }
    if (sameValue(parsed.value, value)) {
      end(trigger === "enter");
      return;
    }
    savingRef.current = true;
    setSaving(true);
    setError(null);
    try {
      // Typing the value read again drops the correction rather than storing a copy of it.
      if (corrected && sameValue(parsed.value, original.value)) await controls.revert(path);
      else await controls.correct(path, parsed.value);
      end(trigger === "enter");
    } catch (failure) {
      failedDraftRef.current = draft;
      setError(errorText(failure, i18n) ?? t("review.failed"));
      if (trigger === "enter") requestAnimationFrame(() => inputRef.current?.focus());
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };

  const revert = async () => {
    setReverting(true);
    try {
      await controls.revert(path);
      // The revert button is gone: the value itself takes the focus.
      requestAnimationFrame(() => buttonRef.current?.focus());
    } catch (failure) {
      setError(errorText(failure, i18n) ?? t("review.failed"));
    } finally {
      setReverting(false);
    }
  };

  if (editing) {
    const inputType = inputTypes[type];
    return (
      <form
        noValidate
        className="flex w-full min-w-0 flex-col gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          void save("enter");
        }}
      >
        <span className="flex min-w-0 items-center gap-1.5">
          <input
            ref={inputRef}
            data-testid={`edit-${path}`}
            type={inputType}
            step={inputType === "number" ? "any" : undefined}
            inputMode={inputType === "number" ? "decimal" : undefined}
            value={draft}
            disabled={saving}
            aria-label={label}
            aria-invalid={error !== null}
            aria-describedby={error ? errorId : hintId}
            enterKeyHint="done"
            autoComplete="off"
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              if (error) setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.preventDefault();
                event.stopPropagation();
                end(true);
              }
            }}
            onBlur={() => void save("blur")}
            className={`w-full min-w-0 max-w-xs rounded-lg border bg-white px-2 py-1 text-sm font-medium text-slate-900 shadow-xs outline-none transition-shadow focus:ring-2 disabled:opacity-60 dark:bg-slate-950 dark:text-slate-50 ${
              error
                ? "border-rose-400 focus:ring-rose-500/30 dark:border-rose-500/70"
                : "border-indigo-300 focus:ring-indigo-500/30 dark:border-indigo-500/60"
            } ${inputType === "number" ? "tabular-nums [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none" : ""}`}
          />
          {saving ? (
            <span role="status" className="grid size-7 shrink-0 place-items-center text-indigo-500">
              <SpinnerIcon className="size-4" />
              <span className="sr-only">{t("review.saving")}</span>
            </span>
          ) : (
            <>
              <button
                type="submit"
                // Keep the focus in the input: a blur would save before the click lands.
                onPointerDown={(event) => event.preventDefault()}
                onMouseDown={(event) => event.preventDefault()}
                aria-label={t("review.save")}
                title={t("review.save")}
                className="grid size-7 shrink-0 place-items-center rounded-lg bg-indigo-600 text-white shadow-sm shadow-indigo-600/25 hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400"
              >
                <CheckIcon className="size-4" strokeWidth={2.5} />
              </button>
              <button
                type="button"
                onPointerDown={(event) => event.preventDefault()}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => end(true)}
                aria-label={t("review.cancel")}
                title={t("review.cancel")}
                className="grid size-7 shrink-0 place-items-center rounded-lg text-slate-500 ring-1 ring-slate-200 ring-inset hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 dark:text-slate-400 dark:ring-slate-700 dark:hover:bg-slate-800 dark:hover:text-slate-100"
              >
                <CrossIcon className="size-4" />
              </button>
            </>
          )}
        </span>
        {error ? (
          <span
            id={errorId}
            role="alert"
            data-testid="edit-error"
            className="text-xs font-medium text-rose-700 dark:text-rose-300"
          >
            {error}
          </span>
        ) : (
          <span id={hintId} className="text-[11px] text-slate-500 max-sm:hidden dark:text-slate-400">
            {t("review.editKeys")}
          </span>
        )}
      </form>
    );
  }

  const wasLabel = wasText ?? t("field.notFound");
  return (
    <span className="inline-flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <button
        ref={buttonRef}
        type="button"
        onClick={begin}
        disabled={!controls.editable}
        aria-label={`${t("review.edit", { label })}: ${text ?? emptyText ?? t("field.notFound")}`}
        title={t("review.editHint")}
        className={`group/edit -mx-1 inline-flex min-w-0 cursor-text items-center gap-1.5 rounded-md px-1 py-0.5 text-left transition-colors hover:bg-white hover:ring-1 hover:ring-indigo-200 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:cursor-default dark:hover:bg-slate-950/60 dark:hover:ring-indigo-500/40 ${className}`}
      >
        {shown}
        <PencilIcon className="size-3.5 shrink-0 text-indigo-500 opacity-0 transition-opacity group-hover/edit:opacity-100 group-focus-visible/edit:opacity-100 dark:text-indigo-300" />
      </button>
      {!corrected && notSeen && value !== null && !field.seen && <NotSeenMarker />}
      {corrected && (
        <>
          <span
            data-testid="corrected-marker"
            title={t("review.correctedTitle", { value: wasLabel })}
            className="inline-flex items-center gap-1 rounded-md bg-indigo-100 px-1.5 py-0.5 text-[11px] font-semibold whitespace-nowrap text-indigo-800 dark:bg-indigo-500/20 dark:text-indigo-200"
          >
            <PencilIcon className="size-3" />
            {t("review.corrected")}
          </span>
          <span data-testid="original-value" className="text-xs text-slate-500 dark:text-slate-400">
            {wasText === null
              ? t("review.wasEmpty")
              : rich("review.was", {
                  value: <s className="decoration-slate-400/80 [overflow-wrap:anywhere]">{wasText}</s>,
                })}
          </span>
          <button
            type="button"
            data-testid={`revert-${path}`}
            onClick={() => void revert()}
            disabled={reverting}
            aria-label={t("review.revertNamed", { label, value: wasLabel })}
            title={t("review.revert")}
            className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-[11px] font-medium text-slate-600 ring-1 ring-slate-200 ring-inset transition-colors hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-50 dark:text-slate-300 dark:ring-slate-700 dark:hover:bg-slate-800"
          >
            {reverting ? <SpinnerIcon className="size-3" /> : <UndoIcon className="size-3" />}
            {t("review.revert")}
          </button>
        </>
      )}
      {error && !editing && (
        <span role="alert" className="basis-full text-xs font-medium text-rose-700 dark:text-rose-300">
          {error}
        </span>
      )}
    </span>
  );
}
