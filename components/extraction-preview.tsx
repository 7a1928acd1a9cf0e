/** The extractor's answer as it grows (language model only), while the extraction runs. */
export function ExtractionPreview({ text }: { text: string }) {
  return (
    <section aria-label="Extraction in progress">
      <h4 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Extracting…
      </h4>
      <pre className="max-h-40 overflow-auto rounded-xl border border-slate-200 bg-slate-50/70 px-3 py-2 font-mono text-xs whitespace-pre-wrap text-slate-700 dark:border-slate-800 dark:bg-slate-950/40 dark:text-slate-300">
        {text}
      </pre>
    </section>
  );
}
