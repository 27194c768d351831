/**
 * Text from outside (file names, reviewers' notes) made safe where it lands: on a terminal, no control character
 * or escape sequence reaches it raw; in what reviewers write, no bidirectional override can reorder what others read.
 */

/** Bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** C0 controls except tab and line feed, DEL, and C1 controls. */
const CONTROLS_BUT_TAB_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Shows a character as `\x1B` / `\u202E` text. */
function visible(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A line for the terminal: every control character except tab and line feed (escape sequences, carriage returns,
 * backspaces) and every bidi control is written as visible text (`\x1B[2J` instead of clearing the screen).
 */
export function consoleSafe(text: string): string {
  return text.replace(CONTROLS_BUT_TAB_LF, visible).replace(BIDI_CONTROLS, visible);
}

/**
 * What a reviewer typed (a note, a penjelasan): bidi controls removed, other control characters turned into
 * spaces; line breaks kept (as `\n`) only when `multiline`.
 */
export function reviewerText(raw: string, opts: { multiline: boolean } = { multiline: false }): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(BIDI_CONTROLS, '');
  return opts.multiline ? text.replace(CONTROLS_BUT_TAB_LF, ' ') : text.replace(/[\p{Cc}]/gu, ' ');
}
