/**
 * All six catalogs, bundled statically for main and the CLI (a few kB each). The popover does
 * not import this module: it loads only its locale's catalog (renderer/i18n/load-catalog.ts).
 */
import de from '../../locales/de.json';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import it from '../../locales/it.json';
import nl from '../../locales/nl.json';
import { ENGLISH, type Language, type UiLocale } from './languages';
import { translator, type Catalog, type Translator } from './translate';

export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, de, fr, es, it, nl };

/** The translator for a locale (English when none is given, e.g. an older daemon's snapshot). */
export function createTranslator(locale: UiLocale = ENGLISH): Translator {
  return translator(locale, CATALOGS[locale.language] ?? CATALOGS.en);
}
