"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { AlertIcon, CheckIcon, CrossIcon } from "@/components/icons";
import { useT } from "@/lib/i18n/provider";

type Tone = "success" | "error";

interface Toast {
  id: number;
  message: string;
  tone: Tone;
}

/** Shows a short message at the bottom of the screen for a few seconds. */
export type ShowToast = (message: string, tone?: Tone) => void;

const ToastContext = createContext<ShowToast>(() => {});

/** How long a message stays. */
const TOAST_MS = 4000;

/**
 * Short confirmations ("Copied the result as JSON", "Deleted coffee.png") in a polite live
 * region at the bottom of the screen; each one fades after a few seconds or when closed.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback<ShowToast>(
    (message, tone = "success") => {
      const id = nextId.current++;
      // At most three at once: the oldest goes first.
      setToasts((current) => [...current.slice(-2), { id, message, tone }]);
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), TOAST_MS),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <ToastList toasts={toasts} onDismiss={dismiss} />
    </ToastContext.Provider>
  );
}

function ToastList({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  const t = useT();
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 sm:bottom-6"
    >
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === "error" ? "alert" : "status"}
          data-testid="toast"
          data-tone={toast.tone}
          className="pointer-events-auto flex max-w-md items-center gap-2.5 rounded-xl bg-slate-900 py-2.5 pr-2 pl-3.5 text-sm text-white shadow-lg shadow-slate-900/20 ring-1 ring-white/10 transition-[opacity,translate] duration-200 starting:translate-y-2 starting:opacity-0 dark:bg-slate-800"
        >
          {toast.tone === "error" ? (
            <AlertIcon className="size-4 shrink-0 text-rose-300" />
          ) : (
            <CheckIcon className="size-4 shrink-0 text-emerald-300" strokeWidth={2.5} />
          )}
          <span className="min-w-0 flex-1">{toast.message}</span>
          <button
            type="button"
            onClick={() => onDismiss(toast.id)}
            aria-label={t("toast.close")}
            className="grid size-6 shrink-0 place-items-center rounded-md text-slate-400 hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-indigo-400"
          >
            <CrossIcon className="size-3.5" />
          </button>
        </div>
      ))}
    </div>
  );
}

/** The function that shows a toast. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}
