import { describe, expect, it } from 'vitest';
import { maskedName, masked, PRIVACY_MASK } from '../../../../common/glucose/privacy';

describe('privacy mask', () => {
  it('hides a value behind the mask only when privacy is on', () => {
    expect(masked('131', true)).toBe(PRIVACY_MASK);
    expect(masked('131', false)).toBe('131');
  });
});

describe('maskedName', () => {
  it('keeps the name when privacy is off', () => {
    expect(maskedName('Ada Lovelace', false)).toBe('Ada Lovelace');
  });

  it('shows initials only, never a full name', () => {
    expect(maskedName('Ada Lovelace', true)).toBe('A. L.');
    expect(maskedName('jean-luc picard', true)).toBe('J. L. P.');
    expect(maskedName('Zoë  Ødegård', true)).toBe('Z. Ø.');
    expect(maskedName('Maria Anna Sophia Bach', true)).toBe('M. A. S.');
  });

  it('says "Someone" when there is nothing to take initials from', () => {
    expect(maskedName('', true)).toBe('Someone');
    expect(maskedName('123 ###', true)).toBe('Someone');
  });

  it('never contains more than one letter of any word (property over many names)', () => {
    for (const name of ['Ada', 'Grace Hopper', 'O’Neil Smith', 'Li Wei', 'ÅSA-LISA LÖF']) {
      const shown = maskedName(name, true);
      for (const word of name.split(/\s+/)) {
        if ([...word].length > 1) expect(shown).not.toContain(word);
      }
    }
  });
});
