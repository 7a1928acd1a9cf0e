/** A skeleton card shown while the job list loads. */
export function JobCardSkeleton() {
  return (
    <div
      aria-hidden="true"
      className="animate-pulse rounded-2xl border border-slate-200/80 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex items-center gap-3">
        <div className="size-9 rounded-xl bg-slate-200 dark:bg-slate-800" />
        <div className="h-4 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      </div>
      <div className="mt-5 grid gap-5 md:grid-cols-[16rem_1fr]">
        <div className="h-56 rounded-xl bg-slate-200 dark:bg-slate-800" />
        <div className="space-y-3">
          <div className="h-4 w-3/4 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
        </div>
      </div>
    </div>
  );
}
