"use client";

import { useEffect, useRef } from "react";

/**
 * Tells other tabs of this app that a result changed (a correction, an acceptance, a deletion),
 * so the history's chart, open in another tab, sums the new values without a reload.
 * BroadcastChannel only reaches the same origin, and carries no data: readers fetch again.
 */
const CHANNEL = "sukusho:results";

export function announceResultsChanged(): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage("changed");
  channel.close();
}

/**
 * Calls `onChange` when another tab changes a result, and when this tab comes back into view
 * (the result may have changed on a phone or through the API meanwhile).
 */
export function useResultsChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const fire = () => latest.current();
    const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
    channel?.addEventListener("message", fire);
    const onVisible = () => {
      if (document.visibilityState === "visible") fire();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      channel?.close();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);
}
