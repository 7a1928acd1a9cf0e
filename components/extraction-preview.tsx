"use client";

import { useMemo, useRef } from "react";
import { type PartialExtractionView, partialTexts } from "@/lib/client/job-view";
import { type PartialDocument, type PartialValue, partialDocument } from "@/lib/client/partial-fields";
import { useStickToBottom } from "@/lib/client/use-stick-to-bottom";
import { useI18n, useT } from "@/lib/i18n/provider";

/**
 * The language model's answer as it streams: the values found so far in a "filling in"
 * table, and the raw JSON text growing live below it (one small panel per part when a long
 * list is read in several parts at once). Shown until the final result replaces it.
 */
export function ExtractionPreview({ partial }: { partial: PartialExtractionView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const texts = partialTexts(partial);
  // The view gets a new `partial` only when a part's text grows: parse once per change.
  const found = useMemo(() => partialDocument(partialTexts(partial), i18n), [partial, i18n]);
  const kind = found.kind ? (i18n.lookup(`preview.kind.${found.kind}`) ?? found.kind.replaceAll("_", " ")) : null;
  return (
    <section aria-label={t("preview.label")} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="inline-flex items-center gap-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
          <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-violet-500" />
          {t("preview.filling")}
        </h4>
        {kind && <span className="text-xs text-slate-500 dark:text-slate-400">{t("preview.reading", { kind })}</span>}
      </div>
      <PartialFields document={found} />
      {partial.chunks === 1 ? (
        <PartialText text={texts[0] ?? ""} testId="extract-partial" label={t("preview.answer")} />
      ) : (
        <div data-testid="extract-partial" className="space-y-2">
          {texts.map((text, index) => (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: a part is its index
              key={index}
            >
              <p className="mb-0.5 text-[11px] font-medium text-slate-500 dark:text-slate-400">
                {t("preview.part", { part: index + 1, parts: partial.chunks })}
              </p>
              <PartialText
                text={text}
                testId="extract-partial-chunk"
                label={t("preview.answerPart", { part: index + 1, parts: partial.chunks })}
                small
              />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

/** A monospace box of growing text that stays scrolled to its end. */
function PartialText({
  text,
  testId,
  label,
  small = false,
}: {
  text: string;
  testId: string;
  label: string;
  small?: boolean;
}) {
  const t = useT();
  const box = useRef<HTMLElement>(null);
  const onScroll = useStickToBottom(box, text);
  return (
    <section
      ref={box}
      data-testid={testId}
      onScroll={onScroll}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll by keyboard
      tabIndex={0}
      aria-label={label}
      className={`${small ? "max-h-24" : "max-h-40"} overflow-auto rounded-xl border border-slate-200 bg-slate-50/70 px-3 py-2 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-700 dark:border-slate-800 dark:bg-slate-950/40 dark:text-slate-300`}
    >
      {text || <span className="font-sans text-slate-400 italic">{t("preview.waiting")}</span>}
    </section>
  );
}

function Value({ value }: { value: PartialValue }) {
  const t = useT();
  return value.display === null ? (
    <span className="text-slate-400 italic dark:text-slate-500">{t("preview.none")}</span>
  ) : (
    <span className="font-medium [overflow-wrap:anywhere] text-slate-900 dark:text-slate-50">{value.display}</span>
  );
}

/** The values found so far: single fields, then each list with its rows so far. */
function PartialFields({ document }: { document: PartialDocument }) {
  const t = useT();
  const listBox = useRef<HTMLElement>(null);
  const rowCount = document.lists.reduce((sum, list) => sum + list.rows.length, 0);
  const onScroll = useStickToBottom(listBox, rowCount);
  if (document.fields.length === 0 && document.lists.length === 0) return null;
  return (
    <div className="space-y-2 rounded-xl border border-dashed border-violet-200 bg-violet-50/40 py-1 dark:border-violet-400/20 dark:bg-violet-500/5">
      {document.fields.length > 0 && (
        <table className="w-full text-sm">
          <caption className="sr-only">{t("preview.values")}</caption>
          <tbody className="divide-y divide-violet-100 dark:divide-violet-400/10">
            {document.fields.map((field) => (
              <tr key={field.name} data-testid={`partial-field-${field.name}`}>
                <th
                  scope="row"
                  className="w-24 py-1.5 pr-3 pl-3 text-left align-top text-xs leading-5 font-medium tracking-wide text-slate-500 uppercase sm:w-36 dark:text-slate-400"
                >
                  {field.label}
                </th>
                <td className="py-1.5 pr-3 align-top">
                  <Value value={field} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {document.lists.length > 0 && (
        <section
          ref={listBox}
          onScroll={onScroll}
          className="max-h-48 space-y-2 overflow-auto px-3 pb-1"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll by keyboard
          tabIndex={0}
          aria-label={t("preview.rows")}
        >
          {document.lists.map((list) => (
            <div key={list.name} data-testid={`partial-field-${list.name}`}>
              <p className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">
                {list.label}{" "}
                <span className="font-normal tracking-normal normal-case tabular-nums">
                  {t("preview.soFar", { count: list.rows.length })}
                </span>
              </p>
              <ul className="mt-1 divide-y divide-violet-100 text-sm dark:divide-violet-400/10">
                {list.rows.map((row, index) => (
                  <li
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows only grow at the end
                    key={index}
                    data-testid="partial-row"
                    className="flex flex-wrap gap-x-3 gap-y-0.5 py-1"
                  >
                    {row.map((cell) => (
                      <span
                        key={cell.name}
                        title={cell.label}
                        className={cell.name === "amount" ? "ml-auto tabular-nums" : ""}
                      >
                        <Value value={cell} />
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
