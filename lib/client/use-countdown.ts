import { useEffect, useState } from "react";

/** How often a countdown updates: often enough that whole seconds tick on time. */
const TICK_MS = 250;

/**
 * Milliseconds left of a wait of `ms` that began when the component mounted (the stream
 * carries no timestamps, so the moment an event is shown is the best start there is).
 * Counts down to 0 and stops; `active: false` gives 0 at once and runs no timer.
 */
export function useCountdown(ms: number, active = true): number {
  const [deadline] = useState(() => Date.now() + ms);
  const [left, setLeft] = useState(active ? ms : 0);
  useEffect(() => {
    if (!active) {
      setLeft(0);
      return;
    }
    const update = () => setLeft(Math.max(0, deadline - Date.now()));
    update();
    const timer = setInterval(() => {
      update();
      if (Date.now() >= deadline) clearInterval(timer);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [deadline, active]);
  return left;
}
