// Every catalog says everything English says, with the same {placeholders}: a missing key
// would silently show English (or the key itself), a lost placeholder would drop a number.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../common/i18n/languages';

const dir = new URL('../../../locales/', import.meta.url);
const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
const english = read('en.json');
const placeholders = (text: unknown): string[] =>
  [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('locales/', () => {
  it('holds exactly the shipped languages', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(LANGUAGES.map((l) => `${l}.json`).sort());
  });

  it('English has plural pairs and no empty message', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(typeof text === 'string' && text.trim() !== '', key).toBe(true);
      if (key.endsWith('.one')) expect(english, key).toHaveProperty([`${key.slice(0, -4)}.other`]);
    }
  });
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('locales/%s.json', (language) => {
  const catalog = read(`${language}.json`);

  it('has exactly the keys of English', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
  });

  it('keeps every placeholder of English, and adds none', () => {
    const differing = Object.keys(english).filter(
      (key) =>
        typeof catalog[key] !== 'string' ||
        placeholders(catalog[key]).join() !== placeholders(english[key]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = Object.entries(catalog).filter(([, text]) => String(text).trim() === '');
    expect(empty).toEqual([]);
  });
});
