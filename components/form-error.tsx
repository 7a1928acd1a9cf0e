import { AlertIcon } from "@/components/icons";

/** A form's failure, announced as it appears. */
export function FormError({ message, testId = "form-error" }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p
      role="alert"
      data-testid={testId}
      className="flex items-start gap-2 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-900 ring-1 ring-inset ring-rose-200 dark:bg-rose-500/10 dark:text-rose-100 dark:ring-rose-400/25"
    >
      <AlertIcon className="mt-0.5 size-4 shrink-0" />
      {message}
    </p>
  );
}
