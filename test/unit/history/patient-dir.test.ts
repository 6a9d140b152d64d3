import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patientDirName } from '../../../main/core/history';

// Any UTF-16 string, lone surrogates included (fast-check's `binary` unit is slow to generate).
const anyString = (maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength })
    .map((units) => String.fromCharCode(...units));

describe('patientDirName', () => {
  it('keeps UUIDs readable', () => {
    expect(patientDirName('0b1c9b6a-7f64-11ee-b962-0242ac120002')).toBe(
      'p-0b1c9b6a-7f64-11ee-b962-0242ac120002',
    );
  });

  it('only produces safe lowercase names, never reserved ones', () => {
    fc.assert(
      fc.property(anyString(80), (id) => {
        const name = patientDirName(id);
        expect(name).toMatch(/^[ph]-[a-z0-9_-]*$/);
        expect(name.length).toBeLessThanOrEqual(101);
      }),
    );
    for (const id of ['', '.', '..', 'CON', 'a/b', '..\\x', 'ü']) {
      expect(patientDirName(id)).toMatch(/^p-[a-z0-9_-]*$/);
    }
  });

  it('maps different ids to different names, also when they differ only in case', () => {
    expect(patientDirName('ABC')).not.toBe(patientDirName('abc'));
    expect(patientDirName('a_0041')).not.toBe(patientDirName('aA'));
    expect(patientDirName('\ud800')).not.toBe(patientDirName('\udfff'));
    fc.assert(
      fc.property(anyString(60), anyString(60), (a, b) => {
        fc.pre(a !== b);
        expect(patientDirName(a)).not.toBe(patientDirName(b));
      }),
    );
  });

  it('hashes very long ids', () => {
    const name = patientDirName('x'.repeat(500));
    expect(name).toMatch(/^h-[0-9a-f]{64}$/);
    expect(patientDirName('x'.repeat(501))).not.toBe(name);
  });
});
