/**
 * `t(key, params)`: a catalog lookup with English fallback, `{name}` placeholders and plurals
 * chosen by `Intl.PluralRules` from the `count` parameter. Numbers in parameters are written in
 * the locale's digits. A view gets a Translator for the snapshot's locale and never picks a
 * language itself. Only English is imported here (the fallback); main and the CLI get every
 * catalog through `createTranslator` (catalogs.ts), the popover loads the one it needs.
 */
import en from '../../locales/en.json';
import { ENGLISH, type UiLocale } from './languages';

export type Catalog = Readonly<Record<string, string>>;

/** Every key English has; plural forms are keys ending in `.one`, `.other` (`.many` optional). */
export type CatalogKey = keyof typeof en;

export const ENGLISH_CATALOG: Catalog = en;

type PluralSuffix = 'one' | 'other' | 'many';
type PluralBase<K> = K extends `${infer Base}.${PluralSuffix}` ? Base : never;

/** A key `t` accepts: a plain message, or the base of a plural (`sensor.daysLeft`). */
export type MessageKey = Exclude<CatalogKey, `${string}.${PluralSuffix}`> | PluralBase<CatalogKey>;

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly locale: UiLocale;
  t(key: MessageKey, params?: MessageParams): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function lookup(catalog: Catalog, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(catalog, key) ? catalog[key] : undefined;
}

/** A translator over one catalog (the locale's), falling back to English key by key. */
export function translator(locale: UiLocale, catalog: Catalog): Translator {
  const plurals = new Intl.PluralRules(locale.tag);
  const numbers = new Intl.NumberFormat(locale.tag);
  const find = (key: string): string | undefined =>
    lookup(catalog, key) ?? lookup(ENGLISH_CATALOG, key);

  function message(key: string, params: MessageParams | undefined): string {
    const count = params?.['count'];
    if (typeof count === 'number' && find(key) === undefined) {
      const form = plurals.select(count);
      return find(`${key}.${form}`) ?? find(`${key}.other`) ?? key;
    }
    // A missing key shows itself: visible in a picture, caught by the parity test.
    return find(key) ?? key;
  }

  return {
    locale,
    t(key, params) {
      const text = message(key, params);
      if (!params) return text;
      return text.replace(PLACEHOLDER, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    },
  };
}

/** English: the default of every word function when no locale is passed (CLI, tests). */
export const ENGLISH_WORDS: Translator = translator(ENGLISH, ENGLISH_CATALOG);
