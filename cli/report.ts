import type { Problem } from "@/lib/events/schema";
import type {
  AnyField,
  Check,
  CustomDocument,
  JobResult,
  Receipt,
  StringField,
  TransactionList,
} from "@/lib/extract/schema";
import { formatAdjustment } from "@/lib/i18n/format";
import { displayWidth, formatMoney, pad, type Style } from "./terminal";

/** One file's outcome, as `--json` prints it: `result` when it succeeded, `error` when not. */
export type FileOutcome = {
  /** The path as given on the command line. */
  file: string;
  /** The server's job id; null when the file never became a job (the upload was refused). */
  jobId: string | null;
} & ({ status: "succeeded"; result: JobResult } | { status: "failed"; error: Problem });

/** The whole run for `--json`: one array, one entry per file in the order given. */
export function formatJson(outcomes: readonly FileOutcome[]): string {
  return `${JSON.stringify(outcomes, null, 2)}\n`;
}

const NONE = "—";

function shown(field: AnyField | StringField, style: Style, format: (value: string | number) => string = String) {
  if (field.value === null) return style.dim(NONE);
  const text = format(field.value);
  return field.seen ? text : `${text} ${style.dim("(not found in the image)")}`;
}

type Rows = readonly (readonly [string, string])[];

/** Rows of `label  value`, the labels padded to `width`. */
function table(rows: Rows, width: number, style: Style): string[] {
  return rows.map(([label, value]) => `  ${style.dim(pad(label, width))}  ${value}`);
}

/** A document shown as `label  value` rows, and lines (a grid of items or rows) under them. */
interface Shown {
  rows: Rows;
  below: string[];
}

/** Columns with the given alignment; the last column is never padded on the right. */
function grid(header: readonly string[], body: readonly string[][], right: readonly boolean[], style: Style): string[] {
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...body.map((cells) => displayWidth(cells[column] ?? ""))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const last = column === cells.length - 1 && !right[column];
        return last ? cell : pad(cell, widths[column] ?? 0, right[column]);
      })
      .join("  ");
  return [`    ${style.dim(line(header))}`, ...body.map((cells) => `    ${line(cells)}`)];
}

function receiptLines(document: Receipt, style: Style): Shown {
  const currency = document.currency.value;
  const money = (value: string | number) => (typeof value === "number" ? formatMoney(value, currency) : value);
  const signed = (value: string | number) => (typeof value === "number" ? formatAdjustment(value, currency) : value);
  // Many receipts print no address, subtotal, tax or rounding: their rows only when read.
  const ifRead = (label: string, field: AnyField, format?: (value: string | number) => string): Rows =>
    field.value === null ? [] : [[label, shown(field, style, format)]];
  const rows: Rows = [
    ["Merchant", shown(document.merchant, style)],
    ...ifRead("Address", document.address),
    ["Date", shown(document.date, style)],
    ["Time", shown(document.time, style)],
    ...ifRead("Subtotal", document.subtotal, money),
    ...ifRead("Tax", document.tax, money),
    ...ifRead("Rounding", document.rounding, signed),
    ["Total", shown(document.total, style, money)],
    ["Payment method", shown(document.paymentMethod, style)],
    ["Reference", shown(document.reference, style)],
    ["Items", document.items.length === 0 ? style.dim(NONE) : `${document.items.length}`],
  ];
  const below: string[] = [];
  if (document.items.length > 0) {
    below.push(
      ...grid(
        ["Item", "Amount"],
        document.items.map((item) => [
          item.description.value ?? NONE,
          item.amount.value === null ? NONE : formatMoney(item.amount.value, currency),
        ]),
        [false, true],
        style,
      ),
    );
  }
  return { rows, below };
}

function transactionLines(document: TransactionList, style: Style): Shown {
  const currency = document.currency.value;
  const rows: Rows = [
    ["Currency", shown(document.currency, style)],
    ["Rows", String(document.rows.length)],
  ];
  if (document.rows.length === 0) return { rows, below: [] };
  let out = 0;
  let into = 0;
  const body = document.rows.map((row) => {
    const amount = row.amount.value;
    if (amount !== null) {
      if (row.direction === "out") out += amount;
      else into += amount;
    }
    const sign = row.direction === "out" ? "-" : "+";
    return [
      row.date.value ?? NONE,
      row.description.value ?? NONE,
      amount === null ? NONE : `${sign}${formatMoney(amount, currency)}`,
    ];
  });
  return {
    rows,
    below: [
      ...grid(["Date", "Description", "Amount"], body, [false, false, true], style),
      `    ${style.dim(`out ${formatMoney(out, currency)} · in ${formatMoney(into, currency)}`)}`,
    ],
  };
}

function customLines(document: CustomDocument, style: Style): Shown {
  return { rows: document.fields.map((entry) => [entry.name, shown(entry.field, style)] as const), below: [] };
}

/** The checks' row (`3 passed, 1 to look at`) and a line for each that did not pass. */
function checkLines(checks: readonly Check[], width: number, style: Style): string[] {
  if (checks.length === 0) return [];
  const count = (status: Check["status"]) => checks.filter((check) => check.status === status).length;
  const parts = [
    count("pass") > 0 ? `${count("pass")} passed` : "",
    count("warn") > 0 ? style.yellow(`${count("warn")} to look at`) : "",
    count("fail") > 0 ? style.red(`${count("fail")} failed`) : "",
  ].filter(Boolean);
  const lines = table([["Checks", parts.join(", ")]], width, style);
  for (const check of checks) {
    if (check.status === "pass") continue;
    const mark = check.status === "fail" ? style.red("✗") : style.yellow("!");
    lines.push(`    ${mark} ${check.message}${check.field ? style.dim(` (${check.field})`) : ""}`);
  }
  return lines;
}

function describeResult(result: JobResult): string {
  const kind =
    result.document.kind === "transaction_list"
      ? "transaction list"
      : result.document.kind === "custom"
        ? "your fields"
        : "receipt";
  const reader = result.extractor === "llm" ? (result.model ?? "the LLM") : "the local rules";
  return `${kind}, read by ${reader}`;
}

/** The human report: one block per file, the fields as a table, failures with their reason. */
export function formatReport(outcomes: readonly FileOutcome[], style: Style): string {
  const blocks = outcomes.map((outcome) => {
    const job = outcome.jobId ? style.dim(` · job ${outcome.jobId}`) : "";
    if (outcome.status === "failed") {
      return [
        `${style.red("✗")} ${style.bold(outcome.file)}${job}`,
        `  ${style.red(outcome.error.message)} ${style.dim(`(${outcome.error.code})`)}`,
      ].join("\n");
    }
    const { document } = outcome.result;
    const { rows, below } =
      document.kind === "receipt"
        ? receiptLines(document, style)
        : document.kind === "transaction_list"
          ? transactionLines(document, style)
          : customLines(document, style);
    const width = Math.max(...[...rows.map(([label]) => label), "Checks"].map((label) => displayWidth(label)));
    return [
      `${style.green("✓")} ${style.bold(outcome.file)} ${style.dim(`— ${describeResult(outcome.result)}`)}${job}`,
      ...table(rows, width, style),
      ...below,
      ...checkLines(outcome.result.checks, width, style),
    ].join("\n");
  });
  const failed = outcomes.filter((outcome) => outcome.status === "failed").length;
  const summary =
    outcomes.length > 1 || failed > 0
      ? `\n${failed === 0 ? style.green(`All ${outcomes.length} read.`) : style.red(`${failed} of ${outcomes.length} failed.`)}\n`
      : "";
  return `\n${blocks.join("\n\n")}\n${summary}`;
}
