// The popover loads only its locale's catalog, as a separate chunk: bundling all six would add
// ~10 kB gzip per 100 messages to every start. English is in the bundle (the fallback).
import type { Language } from '../../common/i18n/languages';
import { ENGLISH_CATALOG, type Catalog } from '../../common/i18n/translate';

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>>> = {
  de: () => import('../../locales/de.json'),
  fr: () => import('../../locales/fr.json'),
  es: () => import('../../locales/es.json'),
  it: () => import('../../locales/it.json'),
  nl: () => import('../../locales/nl.json'),
};

/** The catalog of one language; English at once, the others from their chunk. */
export async function loadCatalog(language: Language): Promise<Catalog> {
  if (language === 'en') return ENGLISH_CATALOG;
  return (await LOADERS[language]()).default;
}
