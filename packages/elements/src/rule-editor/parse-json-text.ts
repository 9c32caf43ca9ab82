export type JsonTextResult = { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number };

/**
 * `JSON.parse` with the failure's line and column. Engines word the position differently
 * ("at position 12", "line 2 column 5"), so both are read and turned into line/column.
 */
export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn) return { ok: false, message, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    return { ok: false, message, line: before.length, column: before[before.length - 1]!.length + 1 };
  }
}

/** The document as the JSON tab shows it. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
