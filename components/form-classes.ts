/** The look of the account pages' forms and buttons, shared so every form reads alike. */

export const inputClass =
  "block w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-indigo-500 focus:outline-none aria-invalid:ring-rose-400 dark:bg-slate-950 dark:text-slate-100 dark:ring-slate-700";

export const labelClass = "block text-sm font-medium text-slate-700 dark:text-slate-300";

const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";

export const primaryButtonClass = `inline-flex items-center justify-center gap-2 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm shadow-indigo-600/25 transition-colors hover:bg-indigo-500 disabled:opacity-60 ${focusRing}`;

export const secondaryButtonClass = `inline-flex items-center justify-center gap-2 rounded-lg bg-white px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 transition-colors hover:bg-slate-50 disabled:opacity-60 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600 dark:hover:bg-slate-700 ${focusRing}`;

export const dangerButtonClass = `inline-flex items-center justify-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-medium text-rose-700 ring-1 ring-inset ring-rose-200 transition-colors hover:bg-rose-50 disabled:opacity-60 dark:text-rose-300 dark:ring-rose-400/30 dark:hover:bg-rose-500/10 ${focusRing}`;

export const panelClass =
  "rounded-2xl bg-white p-5 shadow-sm shadow-slate-900/5 ring-1 ring-slate-200 sm:p-6 dark:bg-slate-900 dark:ring-slate-800";
