"use client";

import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { HistoryRow } from "@/components/history-row";
import { AlertIcon, CrossIcon, HistoryIcon, SearchIcon, SpinnerIcon, UploadIcon } from "@/components/icons";
import { SpendingPanel } from "@/components/spending-panel";
import { useToast } from "@/components/toast";
import { deleteJob, errorText, listJobs } from "@/lib/client/api";
import { historyHref } from "@/lib/client/history";
import { useDebouncedValue } from "@/lib/client/use-debounced-value";
import { useNow } from "@/lib/client/use-now";
import { useI18n } from "@/lib/i18n/provider";
import type { JobSnapshot } from "@/lib/jobs/schema";

/** How many jobs the history lists; older ones are found by searching. */
const HISTORY_LIMIT = 100;
/** How long typing must pause before the search runs. */
const SEARCH_DELAY_MS = 300;

type Listing =
  | { state: "loading" }
  | { state: "ready"; jobs: JobSnapshot[]; query: string }
  | { state: "error"; error: unknown };

/**
 * The history: every past job, newest first, with a search (merchant, file name or amount;
 * debounced, kept in `?q=` so it survives a reload), each row opening the job on the main
 * page, and deletion after a confirmation.
 */
export function HistoryView({ initialQuery = "" }: { initialQuery?: string }) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const toast = useToast();
  const now = useNow();
  const searchId = useId();
  const [query, setQuery] = useState(initialQuery);
  const search = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const [listing, setListing] = useState<Listing>({ state: "loading" });
  const [searching, setSearching] = useState(false);
  const [reload, setReload] = useState(0);
  const [pending, setPending] = useState<JobSnapshot | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // The search lives in the address, so a reload (or a shared link) finds the same jobs.
  useEffect(() => {
    const target = historyHref(search);
    if (`${window.location.pathname}${window.location.search}` !== target) {
      window.history.replaceState(null, "", target);
    }
  }, [search]);

  useEffect(() => {
    void reload;
    const controller = new AbortController();
    setSearching(true);
    listJobs(HISTORY_LIMIT, controller.signal, search)
      .then((jobs) => setListing({ state: "ready", jobs, query: search }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setListing({ state: "error", error });
      })
      .finally(() => {
        if (!controller.signal.aborted) setSearching(false);
      });
    return () => controller.abort();
  }, [search, reload]);

  const askDelete = useCallback((job: JobSnapshot) => {
    setDeleteError(null);
    setPending(job);
  }, []);

  const confirmDelete = async () => {
    if (!pending) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteJob(pending.id);
      const gone = pending;
      setListing((current) =>
        current.state === "ready" ? { ...current, jobs: current.jobs.filter((job) => job.id !== gone.id) } : current,
      );
      setPending(null);
      toast(t("history.deleted", { name: gone.fileName }));
    } catch (error) {
      setDeleteError(errorText(error, i18n) ?? t("history.deleteFailed"));
    } finally {
      setDeleting(false);
    }
  };

  const clearSearch = () => {
    setQuery("");
    input.current?.focus();
  };

  const jobs = listing.state === "ready" ? listing.jobs : [];
  const shownQuery = listing.state === "ready" ? listing.query : search;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h1 className="flex items-center gap-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl dark:text-slate-50">
            {t("history.title")}
          </h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("history.subtitle")}</p>
        </div>
        {listing.state === "ready" && jobs.length > 0 && (
          <p data-testid="history-count" className="text-sm text-slate-500 tabular-nums dark:text-slate-400">
            {shownQuery ? tn("history.matches", jobs.length) : tn("history.count", jobs.length)}
          </p>
        )}
      </div>

      <search className="block">
        <label htmlFor={searchId} className="sr-only">
          {t("history.search")}
        </label>
        <div className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-slate-400" />
          <input
            ref={input}
            id={searchId}
            type="search"
            data-testid="history-search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            placeholder={t("history.searchPlaceholder")}
            autoComplete="off"
            enterKeyHint="search"
            className="w-full rounded-2xl border border-slate-300 bg-white py-3 pr-20 pl-11 text-base text-slate-900 shadow-sm shadow-slate-900/5 placeholder:text-slate-400 focus:border-indigo-400 focus:ring-4 focus:ring-indigo-500/15 focus:outline-none sm:text-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-50 dark:placeholder:text-slate-500 [&::-webkit-search-cancel-button]:hidden"
          />
          <span className="absolute top-1/2 right-2 flex -translate-y-1/2 items-center gap-1">
            {(searching || query.trim() !== search) && listing.state !== "loading" && (
              <SpinnerIcon className="size-4 text-indigo-500" aria-hidden="true" />
            )}
            {query && (
              <button
                type="button"
                onClick={clearSearch}
                aria-label={t("history.clearSearch")}
                title={t("history.clearSearch")}
                className="grid size-8 place-items-center rounded-lg text-slate-400 hover:bg-slate-100 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:hover:bg-slate-800 dark:hover:text-slate-200"
              >
                <CrossIcon className="size-4" />
              </button>
            )}
          </span>
        </div>
      </search>

      <SpendingPanel query={search} />

      <section
        data-testid="history-results"
        data-query={listing.state === "ready" ? listing.query : undefined}
        aria-label={t("history.title")}
        aria-busy={listing.state === "loading" || searching}
      >
        {listing.state === "loading" && <HistorySkeleton label={t("history.loading")} />}

        {listing.state === "error" && (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-3 rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-inset ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/25"
          >
            <AlertIcon className="size-5 shrink-0 text-rose-600 dark:text-rose-400" />
            <p className="flex-1">{errorText(listing.error, i18n) ?? t("history.loadFailed")}</p>
            <button
              type="button"
              onClick={() => setReload((count) => count + 1)}
              className="rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-rose-800 ring-1 ring-inset ring-rose-200 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-rose-500 dark:bg-transparent dark:text-rose-200 dark:ring-rose-400/30 dark:hover:bg-rose-500/20"
            >
              {t("history.retry")}
            </button>
          </div>
        )}

        {listing.state === "ready" && jobs.length === 0 && (
          <div
            data-testid="history-empty"
            className="flex flex-col items-center rounded-2xl border border-dashed border-slate-300 bg-white/60 px-6 py-12 text-center dark:border-slate-700 dark:bg-slate-900/40"
          >
            <span className="grid size-12 place-items-center rounded-2xl bg-indigo-50 text-indigo-600 dark:bg-indigo-500/15 dark:text-indigo-300">
              {shownQuery ? <SearchIcon className="size-6" /> : <HistoryIcon className="size-6" />}
            </span>
            {shownQuery ? (
              <>
                <p className="mt-4 font-medium text-slate-800 dark:text-slate-200">
                  {t("history.noMatchTitle", { query: shownQuery })}
                </p>
                <p className="mt-1 max-w-sm text-sm text-slate-600 dark:text-slate-400">{t("history.noMatchBody")}</p>
                <button
                  type="button"
                  onClick={clearSearch}
                  className="mt-5 rounded-xl px-4 py-2 text-sm font-semibold text-indigo-700 ring-1 ring-inset ring-indigo-200 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:text-indigo-300 dark:ring-indigo-500/40 dark:hover:bg-indigo-500/10"
                >
                  {t("history.clearSearch")}
                </button>
              </>
            ) : (
              <>
                <p className="mt-4 font-medium text-slate-800 dark:text-slate-200">{t("history.emptyTitle")}</p>
                <p className="mt-1 max-w-sm text-sm text-slate-600 dark:text-slate-400">{t("history.emptyBody")}</p>
                <Link
                  href="/"
                  className="mt-5 inline-flex items-center gap-2 rounded-xl bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm shadow-indigo-600/30 hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400"
                >
                  <UploadIcon className="size-4" />
                  {t("history.emptyAction")}
                </Link>
              </>
            )}
          </div>
        )}

        {jobs.length > 0 && (
          <ul className={`space-y-2.5 transition-opacity ${searching ? "opacity-60" : ""}`}>
            {jobs.map((job) => (
              <HistoryRow key={job.id} job={job} now={now} onDelete={askDelete} />
            ))}
          </ul>
        )}
        {jobs.length >= HISTORY_LIMIT && (
          <p className="mt-4 text-center text-xs text-slate-500 dark:text-slate-400">
            {t("history.more", { count: HISTORY_LIMIT })}
          </p>
        )}
      </section>

      <ConfirmDialog
        open={pending !== null}
        title={t("history.confirmTitle")}
        confirmLabel={t("history.confirmDelete")}
        cancelLabel={t("history.cancel")}
        busy={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setPending(null)}
      >
        {t("history.confirmBody", { name: pending?.fileName ?? "" })}
      </ConfirmDialog>
    </div>
  );
}

function HistorySkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-2.5">
      {[0, 1, 2].map((index) => (
        <div
          key={index}
          aria-hidden="true"
          className="flex animate-pulse items-center gap-4 rounded-2xl border border-slate-200/80 bg-white p-3 sm:px-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <div className="size-14 rounded-xl bg-slate-200 sm:size-16 dark:bg-slate-800" />
          <div className="flex-1 space-y-2">
            <div className="h-4 w-1/3 rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-3 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
          </div>
        </div>
      ))}
    </div>
  );
}
