/**
 * Which language a person reads Glucobar in. The six shipped catalogs (locales/*.json), the
 * setting ('system' or one of them) and how the two combine with the operating system's
 * preferred languages into the locale every view formats with.
 */

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The Settings value: follow the OS, or one language whatever the OS says. */
export type LanguageSetting = 'system' | Language;
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const satisfies LanguageSetting[];

/**
 * The resolved locale a snapshot carries: `language` picks the catalog; `tag` (BCP 47, e.g.
 * `de-AT`, `en-GB`) picks number and time formats, so an English reader in Britain still gets
 * a 24-hour clock.
 */
export interface UiLocale {
  language: Language;
  tag: string;
}

export const ENGLISH: UiLocale = { language: 'en', tag: 'en' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A well-formed tag in canonical spelling, or null (the OS list is input, not trusted). */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function languageOf(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * The locale to show. `systemLanguages` is the OS list, most preferred first (Electron's
 * `app.getPreferredSystemLanguages()`, e.g. `['de-AT', 'en-US']`). 'system' takes the first
 * shipped language in that list (English when none is); a chosen language keeps the OS region
 * when the OS lists that language (`de` + `de-CH` → `de-CH`).
 */
export function resolveLocale(
  setting: LanguageSetting,
  systemLanguages: readonly string[],
): UiLocale {
  const tags = systemLanguages.map(canonical).filter((tag): tag is string => tag !== null);
  if (setting === 'system') {
    const first = tags.find((tag) => isLanguage(languageOf(tag)));
    return first ? { language: languageOf(first) as Language, tag: first } : ENGLISH;
  }
  return { language: setting, tag: tags.find((tag) => languageOf(tag) === setting) ?? setting };
}
