import type { MessageKey } from '../../../common/i18n/translate';

/** Keys a notice may use: every `notice.*` message of the catalogs. */
export type NoticeKey = Extract<MessageKey, `notice.${string}`>;

/**
 * A notice as core state keeps it: a catalog key and its values, worded only when a snapshot
 * is built (snapshot/notice-words.ts), so a change of language re-words notices already shown.
 */
export interface Notice {
  readonly key: NoticeKey;
  /** Values for the key's placeholders (already sanitised where they came from a server). */
  readonly params?: Readonly<Record<string, string>>;
  /** A moment the text names (`{time}`), written as a clock time in the snapshot's locale. */
  readonly at?: number;
}

/** Two notices say the same thing: shown once, cleared together. */
export function sameNotice(a: Notice, b: Notice): boolean {
  return a.key === b.key && a.at === b.at && sameParams(a.params ?? {}, b.params ?? {});
}

function sameParams(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The list with `notice` added once (a notice already shown is not repeated). */
export function withNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
  return notices.some((n) => sameNotice(n, notice)) ? notices : [...notices, notice];
}

export function withoutNotice(notices: readonly Notice[], notice: Notice): readonly Notice[] {
  return notices.filter((n) => !sameNotice(n, notice));
}
