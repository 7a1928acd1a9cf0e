/** A visually hidden polite live region: screen readers hear the job's progress as it changes. */
export function JobAnnouncer({ message }: { message: string }) {
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="job-announcer">
      {message}
    </p>
  );
}
