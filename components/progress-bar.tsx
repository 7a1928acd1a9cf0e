/** A labelled determinate progress bar; `pulse` animates it while no progress is known yet. */
export function ProgressBar({ value, label, pulse = false }: { value: number; label: string; pulse?: boolean }) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
      className={`h-1.5 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700/80 ${pulse ? "animate-pulse" : ""}`}
    >
      <div
        className="h-full rounded-full bg-gradient-to-r from-indigo-500 to-violet-500 transition-[width] duration-300 ease-out"
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
