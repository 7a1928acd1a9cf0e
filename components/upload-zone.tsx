"use client";

import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { AlertIcon, CrossIcon, SpinnerIcon, UploadIcon } from "@/components/icons";
import { UploadOptionsBar } from "@/components/upload-options-bar";
import type { UploadOptions } from "@/lib/client/upload-options";
import type { PublicConfig } from "@/lib/config-schema";
import { useI18n } from "@/lib/i18n/provider";

const kbdClass =
  "rounded border border-slate-300 bg-slate-50 px-1 font-sans text-xs dark:border-slate-600 dark:bg-slate-800";

/** The image types the server accepts. */
const ACCEPT = "image/png,image/jpeg,image/webp";

/**
 * Where screenshots come in: drop them here, pick them with the button, or paste them
 * anywhere on the page (the page listens for that). Shows the upload while it runs and the
 * server's message when it refuses one. Below it, the reading options for the next uploads.
 */
export function UploadZone({
  onFiles,
  uploading,
  error,
  onDismissError,
  config,
  options,
  onOptionsChange,
}: {
  onFiles: (files: File[]) => void;
  /** How many files are being uploaded now (0 when idle). */
  uploading: number;
  error: string | null;
  onDismissError: () => void;
  /** The server's capabilities; null until known. */
  config: PublicConfig | null;
  options: UploadOptions;
  onOptionsChange: (change: Partial<UploadOptions>) => void;
}) {
  // Set once React has hydrated: paste and drop handlers exist only from then on.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const { t, tn, rich } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const hintId = useId();

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes("Files");

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    if (!dragging) setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <section aria-label={t("upload.region")} className="space-y-3" data-testid="upload-zone" data-ready={ready}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the button inside is the keyboard path */}
      <div
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        className={`relative flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed px-6 py-8 text-center transition-all sm:py-10 ${
          dragging
            ? "scale-[1.01] border-indigo-500 bg-indigo-50 shadow-lg shadow-indigo-500/10 dark:border-indigo-400 dark:bg-indigo-500/10"
            : "border-slate-300 bg-white hover:border-indigo-300 dark:border-slate-700 dark:bg-slate-900/60 dark:hover:border-indigo-500/60"
        }`}
        data-dragging={dragging || undefined}
      >
        <span
          className={`grid size-12 place-items-center rounded-2xl transition-colors ${
            dragging
              ? "bg-indigo-600 text-white"
              : "bg-indigo-50 text-indigo-600 dark:bg-indigo-500/15 dark:text-indigo-300"
          }`}
        >
          {uploading > 0 ? <SpinnerIcon className="size-6" /> : <UploadIcon className="size-6" />}
        </span>
        <div>
          <p className="text-base font-semibold text-slate-900 dark:text-slate-50">
            {dragging ? t("upload.dropping") : t("upload.drop")}
          </p>
          <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {rich("upload.hint", {
              keys: (
                <span className="whitespace-nowrap">
                  <kbd className={kbdClass}>Ctrl</kbd>/<kbd className={kbdClass}>⌘</kbd>+
                  <kbd className={kbdClass}>V</kbd>
                </span>
              ),
            })}
          </p>
        </div>
        <button
          type="button"
          onClick={() => input.current?.click()}
          aria-describedby={hintId}
          className="inline-flex items-center gap-2 rounded-xl bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm shadow-indigo-600/30 transition-colors hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 active:bg-indigo-700 dark:bg-indigo-500 dark:hover:bg-indigo-400"
        >
          <UploadIcon className="size-4" />
          {t("upload.choose")}
        </button>
        <input
          ref={input}
          data-testid="upload-input"
          type="file"
          accept={ACCEPT}
          multiple
          tabIndex={-1}
          aria-label={t("upload.inputLabel")}
          className="sr-only"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = "";
            if (files.length > 0) onFiles(files);
          }}
        />
        {uploading > 0 && (
          <p role="status" className="text-sm font-medium text-indigo-700 dark:text-indigo-300">
            {tn("upload.uploading", uploading)}
          </p>
        )}
      </div>
      <UploadOptionsBar config={config} options={options} onChange={onOptionsChange} />
      {error && (
        <div
          role="alert"
          data-testid="upload-error"
          className="flex items-start gap-3 rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-inset ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/25"
        >
          <AlertIcon className="mt-0.5 size-5 shrink-0 text-rose-600 dark:text-rose-400" />
          <p className="flex-1">{error}</p>
          <button
            type="button"
            onClick={onDismissError}
            aria-label={t("upload.dismissError")}
            className="grid size-6 shrink-0 place-items-center rounded-md text-rose-700 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-rose-500 dark:text-rose-300 dark:hover:bg-rose-500/20"
          >
            <CrossIcon className="size-4" />
          </button>
        </div>
      )}
    </section>
  );
}
