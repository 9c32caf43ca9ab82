// C0 controls (ESC starts terminal escape sequences), DEL and C1 controls (0x9B is a one-byte CSI).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from a user's files (a lead id, a field name, a broken line quoted in a message) made
 * safe to print for people: a control character shows as `\u001b` instead of reaching the
 * terminal, where escape sequences can retitle the window, hide lines or fake output.
 * `lines: true` keeps line breaks, for messages that are several lines by design.
 */
export function printable(text: string, { lines = false }: { lines?: boolean } = {}): string {
  return text.replace(lines ? CONTROL_BUT_NEWLINE : CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
