import { describe, expect, it } from 'vitest';
import type { RangeBand, SessionStatus, Tone } from '../../../preload/contract';
import { ICON_SIZES, renderValueIcon } from '../../../main/core/tray/rasterize';
import { buildTrayModel, type TrayPlatform } from '../../../main/core/tray/tray-model';
import { STATUS_LOOK } from '../../../main/core/tray/tray-status';
import { TOOLTIP_MAX_LENGTH } from '../../../main/core/tray/tray-text';
import { input, reading, session } from './fixtures';

const PLATFORMS: TrayPlatform[] = ['darwin', 'win32', 'linux'];
const STATUSES = Object.keys(STATUS_LOOK) as SessionStatus[];
const RANGES: Array<[RangeBand, Tone]> = [
  ['veryLow', 'urgentLow'],
  ['low', 'low'],
  ['inRange', 'inRange'],
  ['high', 'high'],
  ['veryHigh', 'urgentHigh'],
];

const mmol = reading({
  display: {
    value: '7.3',
    unit: 'mmol/L',
    secondary: null,
    delta: '+0.2',
    age: '1 min ago',
    arrow: '↗',
    trendWords: 'rising',
  },
});
const stale = reading({
  stale: true,
  tone: 'stale',
  ageSeconds: 12 * 60,
  display: {
    value: '131',
    unit: 'mg/dL',
    secondary: null,
    delta: '+3',
    age: '12 min ago',
    arrow: '↗',
    trendWords: 'rising',
  },
});

describe('buildTrayModel on macOS', () => {
  it('titles a fresh value with arrow and delta, monospaced digits', () => {
    const model = buildTrayModel(input(), 'darwin');
    expect(model.title).toBe('131 ↗ +3');
    expect(model.titleMonospacedDigits).toBe(true);
    expect(buildTrayModel(input({ current: mmol }), 'darwin').title).toBe('7.3 ↗ +0.2');
  });

  it('shows both units without the delta when asked for both', () => {
    const both = reading({ display: { secondary: '7.3' } as never });
    const model = buildTrayModel(input({ current: both, units: 'both' }), 'darwin');
    expect(model.title).toBe('131 · 7.3 ↗');
  });

  it('leaves out an unknown delta or arrow instead of printing placeholders', () => {
    const bare = reading({
      trend: 'unknown',
      display: { delta: null, arrow: '', trendWords: '' } as never,
    });
    expect(buildTrayModel(input({ current: bare }), 'darwin').title).toBe('131');
  });

  it('marks a stale value with a warning and its age, dropping arrow and delta', () => {
    const model = buildTrayModel(input({ current: stale }), 'darwin');
    expect(model.title).toBe('⚠ 131 (12 min ago)');
    expect(model.title).not.toContain('↗');
    expect(model.icon).toEqual({ kind: 'coloured', tone: 'stale' });
  });

  it('uses the template icon in range and a coloured one out of range', () => {
    for (const [range, tone] of RANGES) {
      const model = buildTrayModel(input({ current: reading({ range, tone }) }), 'darwin');
      expect(model.icon).toEqual(
        tone === 'inRange' ? { kind: 'template' } : { kind: 'coloured', tone },
      );
    }
  });

  it('has a short status title for every session status when there is no value', () => {
    for (const status of STATUSES) {
      const model = buildTrayModel(
        input({ current: null, session: session(status, 'msg') }),
        'darwin',
      );
      expect(model.title).toMatch(/^(—|⚠) \S/);
      expect(model.title!.length).toBeLessThanOrEqual(24);
      expect(model.icon).toEqual({ kind: 'template' });
    }
    expect(
      buildTrayModel(input({ current: null, session: session('signed_out') }), 'darwin').title,
    ).toBe('— sign in');
    expect(
      buildTrayModel(input({ current: null, session: session('offline') }), 'darwin').title,
    ).toBe('⚠ offline');
  });
});

describe('buildTrayModel on Windows and Linux', () => {
  for (const platform of ['win32', 'linux'] as const) {
    it(`${platform}: has no title and draws the value into the icon`, () => {
      const model = buildTrayModel(input(), platform);
      expect(model.title).toBeNull();
      expect(model.icon).toEqual({
        kind: 'value',
        spec: { text: '131', tone: 'inRange', stale: false, trend: 'rising' },
      });
    });

    it(`${platform}: passes tone, staleness and trend to the icon`, () => {
      for (const [range, tone] of RANGES) {
        const model = buildTrayModel(input({ current: reading({ range, tone }) }), platform);
        expect(model.icon).toMatchObject({
          kind: 'value',
          spec: { tone, stale: false },
        });
      }
      for (const trend of ['fallingQuickly', 'flat', 'risingQuickly', 'unknown'] as const) {
        const icon = buildTrayModel(input({ current: reading({ trend }) }), platform).icon;
        expect(icon).toMatchObject({ kind: 'value', spec: { trend } });
      }
      // A stale value's trend describes a moment long gone.
      const model = buildTrayModel(input({ current: { ...stale, trend: 'rising' } }), platform);
      expect(model.icon).toMatchObject({
        kind: 'value',
        spec: { text: '131', tone: 'stale', stale: true, trend: 'unknown' },
      });
    });

    it(`${platform}: a status glyph when there is no value`, () => {
      for (const status of STATUSES) {
        const model = buildTrayModel(input({ current: null, session: session(status) }), platform);
        expect(model.icon).toEqual({
          kind: 'value',
          spec: { text: STATUS_LOOK[status].glyph, tone: 'none', stale: false, trend: null },
        });
      }
    });
  }

  it('draws the preferred unit only (HI/LO as letters)', () => {
    const hi = reading({
      sensorLimit: 'HI',
      range: 'veryHigh',
      tone: 'urgentHigh',
      display: { value: 'HI' } as never,
    });
    expect(buildTrayModel(input({ current: hi }), 'win32').icon).toMatchObject({
      spec: { text: 'HI', tone: 'urgentHigh' },
    });
    const both = reading({ display: { secondary: '7.3' } as never });
    expect(buildTrayModel(input({ current: both, units: 'both' }), 'win32').icon).toMatchObject({
      spec: { text: '131' },
    });
  });
});

describe('tooltip and accessible label', () => {
  it('spells out patient, value, trend, delta, range and age in a few lines', () => {
    const model = buildTrayModel(input(), 'win32');
    expect(model.tooltip.split('\n')).toEqual([
      'Ada',
      '131 mg/dL',
      '↗ rising, +3 mg/dL in 5 min',
      'In range · 1 min ago',
    ]);
    expect(model.accessibleLabel).toBe(
      'Ada: 131 milligrams per decilitre, rising, 1 minute ago, in range',
    );
  });

  it('gives both units when asked', () => {
    const both = reading({ display: { secondary: '7.3' } as never });
    const model = buildTrayModel(input({ current: both, units: 'both' }), 'linux');
    expect(model.tooltip).toContain('131 mg/dL · 7.3 mmol/L');
    expect(model.accessibleLabel).toContain(
      '131 milligrams per decilitre (7.3 millimoles per litre)',
    );
  });

  it('names the range band in words', () => {
    const low = reading({
      range: 'veryLow',
      tone: 'urgentLow',
      ageSeconds: 30,
      display: { value: '48', age: 'just now' } as never,
    });
    const model = buildTrayModel(input({ current: low }), 'darwin');
    expect(model.tooltip).toContain('Very low · just now');
    expect(model.accessibleLabel).toMatch(
      /48 milligrams per decilitre, rising, just now, very low$/,
    );
  });

  it('explains sensor limits instead of printing "HI mg/dL"', () => {
    const lo = reading({
      sensorLimit: 'LO',
      range: 'veryLow',
      tone: 'urgentLow',
      display: { value: 'LO' } as never,
    });
    const model = buildTrayModel(input({ current: lo }), 'win32');
    expect(model.tooltip).toContain('LO: below the sensor’s range');
    expect(model.tooltip).not.toContain('LO mg/dL');
    expect(model.accessibleLabel).toContain('below the sensor’s measuring range (LO)');
  });

  it('says loudly that a stale value is not current', () => {
    const model = buildTrayModel(input({ current: stale }), 'win32');
    expect(model.tooltip.split('\n').slice(0, 3)).toEqual([
      'Ada',
      '⚠ No recent reading',
      'Last: 131 mg/dL, 12 min ago',
    ]);
    expect(model.accessibleLabel).toBe(
      'Ada: no recent reading; the last one, 12 minutes ago, was 131 milligrams per decilitre',
    );
    expect(model.tooltip).not.toContain('rising');
  });

  it('adds the session problem and paused alarms', () => {
    const model = buildTrayModel(
      input({ session: session('offline', 'No internet connection.'), paused: true }),
      'win32',
    );
    expect(model.tooltip.split('\n').slice(-2)).toEqual([
      'Alarms paused',
      'No internet connection.',
    ]);
    expect(model.accessibleLabel.endsWith(', alarms paused')).toBe(true);
  });

  it('uses the session message when there is no value', () => {
    for (const platform of PLATFORMS) {
      const model = buildTrayModel(
        input({
          current: null,
          patientName: null,
          session: session('locked_out', 'Too many attempts. Try again at 14:05.'),
        }),
        platform,
      );
      expect(model.tooltip).toBe('Glucobar\nToo many attempts. Try again at 14:05.');
      expect(model.accessibleLabel).toBe('Glucobar: Too many attempts. Try again at 14:05.');
    }
    const silent = buildTrayModel(
      input({ current: null, session: session('connecting') }),
      'win32',
    );
    expect(silent.tooltip).toBe('Ada\nConnecting…');
  });

  it('never exceeds the Windows tooltip limit, cutting only the session sentence', () => {
    const long = 'x'.repeat(300);
    for (const model of [
      buildTrayModel(input({ current: null, session: session('blocked', long) }), 'win32'),
      buildTrayModel(input({ session: session('offline', long), paused: true }), 'win32'),
      buildTrayModel(input({ patientName: long }), 'win32'),
    ]) {
      expect(model.tooltip.length).toBeLessThanOrEqual(TOOLTIP_MAX_LENGTH);
    }
    const cut = buildTrayModel(input({ session: session('offline', long), paused: true }), 'win32');
    expect(cut.tooltip).toContain('131 mg/dL');
    expect(cut.tooltip).toContain('Alarms paused');
    expect(cut.tooltip.endsWith('x…')).toBe(true);
    const named = buildTrayModel(input({ patientName: long }), 'win32');
    expect(named.tooltip.split('\n')[0]).toHaveLength(40);
    expect(named.tooltip).toContain('In range · 1 min ago');
  });
});

describe('privacy mode', () => {
  const secrets = ['131', '7.3', '+3', '↗', 'rising', 'range', 'milligrams', 'Ada Lovelace'];
  const cases = [
    reading({ display: { secondary: '7.3' } as never }),
    stale,
    reading({ range: 'veryLow', tone: 'urgentLow', display: { value: '131' } as never }),
  ];

  for (const platform of PLATFORMS) {
    it(`${platform}: hides numbers, trend and range from title, tooltip, icon and label`, () => {
      for (const current of cases) {
        const model = buildTrayModel(
          input({ current, privacy: true, units: 'both', patientName: 'Ada Lovelace' }),
          platform,
        );
        const texts = [
          model.title ?? '',
          model.tooltip,
          model.accessibleLabel,
          JSON.stringify(model.icon),
        ];
        for (const text of texts) {
          for (const secret of secrets) expect(text).not.toContain(secret);
          expect(text.replace(/\d+ min ago|\d+ minutes? ago/g, '')).not.toMatch(/\d/);
        }
        if (platform === 'darwin') expect(model.icon).toEqual({ kind: 'template' });
        else
          expect(model.icon).toMatchObject({ kind: 'value', spec: { text: '•••', tone: 'none' } });
        expect(model.tooltip).toContain('privacy mode');
        expect(model.tooltip.split('\n')[0]).toBe('A. L.');
        expect(model.accessibleLabel).toMatch(/^A\. L\.: /);
        expect(model.titleAnsi ?? '').not.toContain('\u001b[3');
      }
    });
  }

  it('still says when the hidden value is stale', () => {
    const model = buildTrayModel(input({ current: stale, privacy: true }), 'win32');
    expect(model.icon).toMatchObject({ spec: { stale: true } });
    expect(model.tooltip).toContain('No recent reading');
    expect(buildTrayModel(input({ current: stale, privacy: true }), 'darwin').title).toBe('⚠ •••');
  });
});

describe('the model only asks for icons that can be drawn', () => {
  it('every status glyph, mask and value renders at every size', () => {
    const currents = [
      null,
      reading(),
      stale,
      mmol,
      reading({ display: { value: '7,3' } as never }),
    ];
    for (const status of STATUSES) {
      for (const current of currents) {
        for (const privacy of [false, true]) {
          const model = buildTrayModel(
            input({ current, privacy, session: session(status) }),
            'win32',
          );
          const icon = model.icon;
          if (icon.kind !== 'value') throw new Error('expected a value icon');
          for (const size of ICON_SIZES)
            expect(() => renderValueIcon(icon.spec, size)).not.toThrow();
        }
      }
    }
  });
});
