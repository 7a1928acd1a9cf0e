/**
 * Tables printed as GitHub Markdown with padded columns, so that the same output reads well in
 * a terminal and can be pasted into bench/README.md as is.
 */

export interface Column {
  header: string;
  /** Numbers read best right-aligned. */
  align?: "left" | "right";
}

/** Display width in a monospace terminal: East Asian wide and fullwidth characters take two cells. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** The rows (one string per column) under the headers. */
export function formatTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (row: readonly string[], i: number) => (row[i] ?? "").replaceAll("|", "\\|");
  const widths = columns.map((column, i) =>
    Math.max(3, displayWidth(column.header), ...rows.map((row) => displayWidth(cell(row, i)))),
  );
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const out = [
    line(columns.map((column, i) => pad(column.header, widths[i] ?? 3, column.align ?? "left"))),
    line(
      columns.map((column, i) => {
        const dashes = "-".repeat(widths[i] ?? 3);
        return column.align === "right" ? `${dashes.slice(1)}:` : dashes;
      }),
    ),
  ];
  for (const row of rows) {
    out.push(line(columns.map((column, i) => pad(cell(row, i), widths[i] ?? 3, column.align ?? "left"))));
  }
  return out.join("\n");
}
