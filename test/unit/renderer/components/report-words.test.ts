// The report's words in English (the default) and, from the catalogs, in German and French:
// GMI notes, goals, episodes, the day-by-day sentences and the export outcome, with the
// locale's decimal comma and percent sign. Intl puts a no-break space before "%" in German and
// French (U+00A0 or, in French with newer ICU data, U+202F): `plain` makes both a space.
import { describe, expect, it } from 'vitest';
import { CONSENSUS_GOALS } from '../../../../common/glucose/consensus-goals';
import { createTranslator } from '../../../../common/i18n/catalogs';
import { ENGLISH_WORDS } from '../../../../common/i18n/translate';
import { episodeWords } from '../../../../renderer/components/report-episodes';
import {
  dayDetails,
  dayLabel,
  daysCaption,
} from '../../../../renderer/components/report-days-words';
import {
  formatShare,
  goalRangeWords,
  goalWords,
} from '../../../../renderer/components/report-goals';
import { exportMessage, gmiWithheldWords } from '../../../../renderer/components/report-view';
import { makeReport } from '../../../helpers/snapshots';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const german = createTranslator({ language: 'de', tag: 'de-DE' });
const french = createTranslator({ language: 'fr', tag: 'fr-FR' });
const goal = (id: string) => CONSENSUS_GOALS.find((g) => g.id === id)!;
const day = {
  date: '2026-03-09',
  mgdl: [],
  readings: 96,
  timeInRange: { veryLow: 0, low: 0.05, inRange: 0.72, high: 0.23, veryHigh: 0 },
  lows: 2,
  lowestMgdl: 62,
  highestMgdl: 211,
};

describe('report words in English (default)', () => {
  it('keeps the English sentences', () => {
    const lowWear = makeReport('14d', { gmiWithheld: 'low-wear', coverage: 0.55 });
    expect(gmiWithheldWords(lowWear, false)).toBe(
      'No GMI: readings cover 55% of the span, GMI needs 70%.',
    );
    expect(gmiWithheldWords(makeReport('7d', { gmiWithheld: 'span-too-short' }), false)).toBe(
      'GMI is given for 14 days or more.',
    );
    expect(goalRangeWords(goal('inRange'), 'mg/dL')).toBe('In range 70–180');
    expect(goalWords(goal('below54'))).toBe('under 1%');
    expect(formatShare(0.0393)).toBe('3.9%');
    expect(episodeWords(3, 65)).toBe('3 episodes, 1 h 5 min in all');
    expect(episodeWords(1, 20)).toBe('1 episode, 20 min');
    expect(episodeWords(0, 0)).toBe('none');
    expect(dayDetails(day, 'mg/dL', false)).toBe(
      ': 72% in range, 2 low episodes, lowest 62 mg/dL, highest 211 mg/dL.',
    );
    expect(dayDetails({ ...day, lows: 1 }, 'mg/dL', false, ENGLISH_WORDS)).toMatch(
      /, 1 low episode,/,
    );
    expect(exportMessage({ ok: true, value: { saved: true, path: '/tmp/g.csv', rows: 1 } })).toBe(
      'Saved 1 reading to g.csv.',
    );
  });
});

describe('report words in German and French', () => {
  it('says why GMI is withheld, with the locale percent', () => {
    const lowWear = makeReport('14d', { gmiWithheld: 'low-wear', coverage: 0.55 });
    expect(plain(gmiWithheldWords(lowWear, false, french))).toBe(
      'Pas de GMI : les mesures couvrent 55 % de la période, le GMI demande 70 %.',
    );
    expect(
      gmiWithheldWords(makeReport('7d', { gmiWithheld: 'span-too-short' }), false, german),
    ).toBe('GMI wird ab 14 Tagen angegeben.');
  });

  it('words goals and episodes in mmol/L with a decimal comma', () => {
    expect(goalRangeWords(goal('inRange'), 'mmol/L', german)).toBe('Im Zielbereich 3,9–10,0');
    expect(goalRangeWords(goal('below54'), 'mmol/L', french)).toBe('Sous 3,0');
    expect(plain(goalWords(goal('inRange'), german))).toBe('über 70 %');
    expect(plain(formatShare(0.0393, german.locale))).toBe('3,9 %');
    expect(episodeWords(3, 65, german)).toBe('3 Ereignisse, insgesamt 1 Std. 5 Min.');
    expect(episodeWords(1, 20, french)).toBe('1 événement, 20 min');
  });

  it('words the day by day graphs', () => {
    expect(plain(daysCaption('mmol/L', german))).toBe(
      'Mitternacht bis Mitternacht, Bereich 3,9–10,0 mmol/L; % im Zielbereich; ▼ Ereignisse mit niedriger Glukose',
    );
    expect(dayLabel('2026-03-09', german)).toBe('Mo., 9.');
    expect(plain(dayDetails(day, 'mmol/L', false, french))).toBe(
      ' : 72 % dans la plage cible, 2 événements de glucose bas, minimum 3,4 mmol/L, maximum 11,7 mmol/L.',
    );
  });

  it('words the export outcome', () => {
    expect(
      exportMessage({ ok: true, value: { saved: true, path: 'C:\\a\\g.csv', rows: 3980 } }, german),
    ).toBe('3.980 Werte in g.csv gespeichert.');
    expect(exportMessage({ ok: true, value: { saved: false } }, french)).toBe(
      'Exportation annulée.',
    );
  });
});
