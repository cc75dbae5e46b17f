/**
 * Text for the terminal: cells may hold control characters (an ESC sequence can retitle or clear
 * the terminal). The human report shows them as visible escapes instead.
 */

/** C0 controls except \n and \t, DEL, C1 controls, and the bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** «\x1b]0;title\x07» → the visible text «\x1b]0;title\x07»: nothing reaches the terminal raw. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, hex);
}

/** JSON.stringify leaves DEL, C1 and bidi controls raw; these are written as \u escapes (same value). */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
