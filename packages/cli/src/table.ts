import { printable } from './printable.ts';

/** A plain-text table with aligned columns (numbers right-aligned), for terminal output; cells are made printable. */
export function formatTable(header: string[], cells: string[][]): string {
  const rows = cells.map((row) => row.map((cell) => printable(cell)));
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[-−+]?[\d.,]+\s*%?$|^—$/.test(row[i] ?? '')));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
