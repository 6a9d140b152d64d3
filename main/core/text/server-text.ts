/**
 * The one sanitiser for text that came from LibreLinkUp (names a followed person set in their
 * own account, and any other server string a view may show). Applied where such text enters
 * core, so every view (terminal line, export, tray tooltip and menu, notification, file name)
 * only ever sees clean text: a name must never move a terminal cursor, start a new tooltip
 * line, reverse the digits around it (U+202E) or push the real value out of sight.
 */

/** Longer names are cut: a tooltip, a menu item and a status bar have room for little more. */
export const MAX_SERVER_TEXT = 64;

// Escape sequences first, whole, so their printable parameters ("[31m", "]0;title") go too.
// CSI: ESC [ or C1 U+009B, parameters, one final byte. OSC/DCS/PM/APC/SOS: up to BEL or ST.
const ESCAPES = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[\\u0020-\\u003f]*[\\u0040-\\u007e]?',
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]?',
  ].join('|'),
  'g',
);
/** Line and paragraph breaks of every kind, and tabs: they become one space. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/** C0, DEL, C1, bidi embeddings/overrides/isolates and marks, zero-width and BOM: removed. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
/** Lone surrogates cannot be encoded in a file name or a notification. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Clean, single-line, trimmed text of at most `max` characters ('' for non-strings). */
export function cleanServerText(value: unknown, max = MAX_SERVER_TEXT): string {
  if (typeof value !== 'string') return '';
  const clean = value
    .replace(ESCAPES, '')
    .replace(BREAKS, ' ')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length <= max
    ? clean
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
