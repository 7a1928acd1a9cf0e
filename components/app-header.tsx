/** The page's masthead: the product name, its Japanese spelling, and what it does. */
export function AppHeader() {
  return (
    <header className="flex items-center gap-4 pt-8 pb-6 sm:pt-12 sm:pb-8">
      <div
        aria-hidden="true"
        className="grid size-12 shrink-0 place-items-center rounded-2xl bg-gradient-to-br from-indigo-500 to-violet-600 text-xl font-bold text-white shadow-lg shadow-indigo-500/25 sm:size-14 sm:text-2xl"
      >
        ス
      </div>
      <div className="min-w-0">
        <h1 className="flex flex-wrap items-baseline gap-x-2 text-2xl font-semibold tracking-tight sm:text-3xl">
          Sukusho
          <span lang="ja" className="text-lg font-medium text-slate-500 sm:text-xl dark:text-slate-400">
            スクショ
          </span>
        </h1>
        <p className="mt-1 text-sm text-slate-600 sm:text-base dark:text-slate-400">
          Turn a screenshot of a payment, receipt or bank statement into structured data — and watch every step.
        </p>
      </div>
    </header>
  );
}
