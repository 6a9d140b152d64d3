// The pure helpers inside components: texts and parsing that decide what people read and send.
import { describe, expect, it } from 'vitest';
import { exportMessage } from '../../../../renderer/components/report-view';
import { sensorText } from '../../../../renderer/components/sensor-line';
import { parseThreshold, thresholdText } from '../../../../renderer/components/settings-alarms';
import { contentKind } from '../../../../renderer/components/shell';
import { notCurrentNote, spokenReading } from '../../../../renderer/components/value-header';
import { createTranslator } from '../../../../common/i18n/catalogs';
import { INITIAL_STATE } from '../../../../renderer/state/app-state';
import { makeCurrent, makeSnapshot, NOW, stateSnapshot } from '../../../helpers/snapshots';

describe('value header words', () => {
  it('explains a reading that is not current', () => {
    expect(notCurrentNote(makeCurrent(), true)).toBeNull();
    expect(notCurrentNote(makeCurrent({ ageSeconds: 14 * 60 + 5, stale: true }), true)).toBe(
      'No new reading for 14 min — this is not the current value',
    );
    expect(notCurrentNote(makeCurrent({ ageSeconds: 180 }), false)).toBe(
      'Last reading 3 min ago — not updating right now',
    );
  });

  it('speaks the value with its unit and the trend in words, or hides value and trend', () => {
    expect(spokenReading(makeCurrent(), false)).toBe(
      'Glucose 131 mg/dL, rising, change +3 mg/dL, ',
    );
    expect(spokenReading(makeCurrent({ mgdl: 39, sensorLimit: 'LO' }), false)).toBe(
      'Glucose LO, below what the sensor can measure, rising, ',
    );
    // Privacy mode: the trend would tell what the mask hides.
    expect(spokenReading(makeCurrent(), true)).toBe('Glucose •••, ');
  });

  it('speaks German from the catalog, keeping the capital of a German noun mid-sentence', () => {
    const de = createTranslator({ language: 'de', tag: 'de-DE' });
    const stale = makeCurrent({ ageSeconds: 14 * 60 + 5, stale: true });
    expect(notCurrentNote(stale, true, de)).toBe(
      'Seit 14 Min. kein neuer Wert – dies ist nicht der aktuelle Wert',
    );
    const label = { tone: 'inRange', words: 'Im Zielbereich', shape: '●', urgent: false } as const;
    expect(spokenReading(makeCurrent(), false, label, de)).toBe(
      'Glukose 131 mg/dL, im Zielbereich, rising, Änderung +3 mg/dL, ',
    );
  });
});

describe('sensor line', () => {
  const sensor = makeSnapshot().sensor!;
  it('says days left, warm-up end, or that the sensor ended', () => {
    expect(sensorText(sensor, NOW)).toBe('Sensor: 9 days left');
    expect(sensorText({ ...sensor, daysLeft: 1 }, NOW)).toBe('Sensor: 1 day left');
    expect(sensorText({ ...sensor, daysLeft: 0 }, NOW)).toBe('Sensor ends today');
    expect(sensorText({ ...sensor, state: 'warmingUp', warmupEndsAt: null }, NOW)).toBe(
      'Sensor warming up: readings start soon',
    );
    expect(
      sensorText({ ...sensor, state: 'warmingUp', warmupEndsAt: NOW + 3_600_000 }, NOW),
    ).toMatch(/^Sensor warming up: readings start at \d\d:\d\d/);
    expect(sensorText({ ...sensor, state: 'ended' }, NOW)).toMatch(/^Sensor ended/);
    expect(sensorText({ ...sensor, state: 'unknown' }, NOW)).toBeNull();
    expect(sensorText(null, NOW)).toBeNull();
    // The popover's line is in the snapshot's language (it was English in a German popover).
    const de = createTranslator({ language: 'de', tag: 'de-DE' });
    expect(sensorText(sensor, NOW, de)).toBe('Sensor: noch 9 Tage');
  });
});

describe('settings thresholds', () => {
  it('shows stored mg/dL in the chosen unit', () => {
    expect(thresholdText(70, 'level', 'mmol/L')).toBe('3.9');
    expect(thresholdText(70, 'level', 'mg/dL')).toBe('70');
    expect(thresholdText(2, 'rate', 'mmol/L')).toBe('0.11');
    expect(thresholdText(20, 'minutes', 'mmol/L')).toBe('20');
  });

  it('parses what was typed back to mg/dL (comma or point), rejecting nonsense', () => {
    expect(parseThreshold('4,2', 'level', 'mmol/L')).toBe(76);
    expect(parseThreshold(' 3.9 ', 'level', 'mmol/L')).toBe(70);
    expect(parseThreshold('0.17', 'rate', 'mmol/L')).toBe(3.1);
    expect(parseThreshold('25.4', 'minutes', 'mg/dL')).toBe(25);
    for (const bad of ['', 'abc', '0', '-3', 'Infinity']) {
      expect(parseThreshold(bad, 'level', 'mg/dL')).toBeNull();
    }
  });
});

describe('report and shell', () => {
  it('words the export outcome', () => {
    expect(
      exportMessage({ ok: true, value: { saved: true, path: 'C:\\Users\\a\\g.csv', rows: 12 } }),
    ).toBe('Saved 12 readings to g.csv.');
    expect(exportMessage({ ok: true, value: { saved: false } })).toBe('Export cancelled.');
    expect(exportMessage({ ok: false, code: 'storage_failed', message: 'disk full' })).toBe(
      'Export failed: disk full',
    );
  });

  it('rebuilds content only when its kind changes', () => {
    expect(contentKind(INITIAL_STATE)).toBe('loading');
    expect(contentKind({ ...INITIAL_STATE, bridgeError: 'x' })).toBe('bridge-error');
    expect(contentKind({ ...INITIAL_STATE, snapshot: stateSnapshot('locked_out') })).toBe(
      'gate:locked_out:en|en|english',
    );
    expect(contentKind({ ...INITIAL_STATE, snapshot: makeSnapshot(), view: 'report' })).toBe(
      'view:report:en|en|english',
    );
  });

  it('rebuilds content when the language changes, and again once its catalog is loaded', () => {
    const german = { ...makeSnapshot(), locale: { language: 'de', tag: 'de-DE' } } as const;
    const before = contentKind({ ...INITIAL_STATE, snapshot: german });
    const loaded = contentKind({
      ...INITIAL_STATE,
      snapshot: german,
      catalog: { language: 'de', messages: {} },
    });
    expect(before).toBe('view:now:de|de-DE|english');
    expect(loaded).toBe('view:now:de|de-DE|loaded');
  });
});
