import { useCallback, useEffect, useState } from "react";

/** A list a settings panel shows: loading, loaded, or failed (with a retry). */
export type Loaded<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error"; error: unknown };

/**
 * Loads once on mount and again on `reload()`; an answer that arrives after the component is
 * gone, or after a newer load began, is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>): { loaded: Loaded<T>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    void generation;
    let current = true;
    load().then(
      (value) => current && setLoaded({ state: "ready", value }),
      (error: unknown) => current && setLoaded({ state: "error", error }),
    );
    return () => {
      current = false;
    };
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { loaded, reload };
}

/** A better-auth client call's `{data, error}` as a promise that rejects with the error. */
export async function dataOrThrow<T>(call: Promise<{ data: T | null; error: unknown }>): Promise<T> {
  const { data, error } = await call;
  if (error || data === null) throw error ?? new Error("empty answer");
  return data;
}
