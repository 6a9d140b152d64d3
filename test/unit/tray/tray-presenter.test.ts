import { describe, expect, it } from 'vitest';
import type { LogFields, Logger } from '../../../main/core/ports';
import type { IconSet } from '../../../main/core/tray/icon-set';
import type { ValueIconSpec } from '../../../main/core/tray/rasterize';
import { buildTrayMenu, type MenuItemModel } from '../../../main/core/tray/tray-menu';
import {
  buildTrayModel,
  type TrayModel,
  type TrayPlatform,
} from '../../../main/core/tray/tray-model';
import type { TrayPort } from '../../../main/core/ports';
import { createTrayPresenter } from '../../../main/core/tray/tray-presenter';
import { input, reading } from './fixtures';

type Call = [string, ...unknown[]];

function fakePort(): TrayPort & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    setTitle: (text, options) => calls.push(['setTitle', text, options]),
    setToolTip: (text) => calls.push(['setToolTip', text]),
    setTemplateImage: () => calls.push(['setTemplateImage']),
    setColouredImage: (tone) => calls.push(['setColouredImage', tone]),
    setValueImage: (icons) => calls.push(['setValueImage', icons]),
    setFallbackImage: () => calls.push(['setFallbackImage']),
    setMenu: (items) => calls.push(['setMenu', items]),
  };
}

function recordingLogger(): Logger & { warnings: Array<[string, LogFields | undefined]> } {
  const warnings: Array<[string, LogFields | undefined]> = [];
  return {
    warnings,
    debug: () => {},
    info: () => {},
    warn: (message, fields) => warnings.push([message, fields]),
    error: (message, fields) => warnings.push([message, fields]),
  };
}

const ICONS: IconSet = [{ scaleFactor: 1, size: 16, png: Buffer.from('png') }];

function setup(
  platform: TrayPlatform,
  renderIcons: (spec: ValueIconSpec) => IconSet = () => ICONS,
) {
  const port = fakePort();
  const logger = recordingLogger();
  const presenter = createTrayPresenter(port, { platform, renderIcons, logger });
  return { port, logger, presenter };
}

const MENU: MenuItemModel[] = buildTrayMenu({
  patients: [],
  units: 'mg/dL',
  launchAtLogin: false,
  alarmsPausedUntil: null,
  now: 0,
  privacy: false,
  canRefresh: true,
  update: null,
});

describe('tray presenter', () => {
  it('applies title, tooltip and icon on macOS the first time', () => {
    const { port, presenter } = setup('darwin');
    const model = buildTrayModel(input(), 'darwin');
    presenter.render(model, MENU);
    expect(port.calls).toEqual([
      ['setTitle', '131 ↗ +3', { monospacedDigits: true }],
      ['setToolTip', model.tooltip],
      ['setTemplateImage'],
      ['setMenu', MENU],
    ]);
  });

  it('is idempotent: the same model twice makes no port calls the second time', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { port, presenter } = setup(platform);
      presenter.render(buildTrayModel(input(), platform), MENU);
      const before = port.calls.length;
      expect(before).toBeGreaterThan(0);
      // Equal content in fresh objects, as a new snapshot would produce.
      presenter.render(buildTrayModel(input(), platform), structuredClone(MENU));
      expect(port.calls.length).toBe(before);
    }
  });

  it('applies only the part that changed', () => {
    const { port, presenter } = setup('darwin');
    presenter.render(buildTrayModel(input(), 'darwin'));
    port.calls.length = 0;
    const older = reading({ ageSeconds: 120, display: { age: '2 min ago' } as never });
    presenter.render(buildTrayModel(input({ current: older }), 'darwin'));
    expect(port.calls.map((c) => c[0])).toEqual(['setToolTip']);
    port.calls.length = 0;
    const high = reading({ range: 'high', tone: 'high' });
    presenter.render(buildTrayModel(input({ current: high }), 'darwin'));
    // The title changes too: a high value is drawn on a yellow pill (ANSI colours).
    expect(port.calls.map((c) => c[0])).toEqual(['setTitle', 'setToolTip', 'setColouredImage']);
    expect(port.calls[2]).toEqual(['setColouredImage', 'high']);
  });

  it('never sets a title on Windows or Linux, and draws the value icon there', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const drawn: ValueIconSpec[] = [];
      const { port, presenter } = setup(platform, (spec) => {
        drawn.push(spec);
        return ICONS;
      });
      presenter.render(buildTrayModel(input(), platform));
      expect(port.calls.some((c) => c[0] === 'setTitle')).toBe(false);
      expect(port.calls).toContainEqual(['setValueImage', ICONS]);
      expect(drawn).toEqual([{ text: '131', tone: 'inRange', stale: false, trend: 'rising' }]);
    }
  });

  it('redraws the icon when only the trend changes', () => {
    const { port, presenter } = setup('win32');
    presenter.render(buildTrayModel(input(), 'win32'));
    port.calls.length = 0;
    presenter.render(
      buildTrayModel(input({ current: reading({ trend: 'fallingQuickly' }) }), 'win32'),
    );
    expect(port.calls.map((c) => c[0])).toEqual(['setValueImage']);
  });

  it('falls back to the static icon when drawing throws, logging once without the value', () => {
    const { port, logger, presenter } = setup('win32', () => {
      throw new RangeError('"131" does not fit');
    });
    presenter.render(buildTrayModel(input(), 'win32'));
    expect(port.calls).toContainEqual(['setFallbackImage']);
    expect(port.calls.some((c) => c[0] === 'setValueImage')).toBe(false);
    presenter.render(
      buildTrayModel(input({ current: reading({ display: { value: '132' } as never }) }), 'win32'),
    );
    expect(port.calls.filter((c) => c[0] === 'setFallbackImage')).toHaveLength(2);
    expect(logger.warnings).toHaveLength(1);
    expect(JSON.stringify(logger.warnings)).not.toMatch(/13[12]/);
  });

  it('recovers from the fallback when a later icon draws fine', () => {
    let fail = true;
    const { port, presenter } = setup('linux', () => {
      if (fail) throw new Error('boom');
      return ICONS;
    });
    presenter.render(buildTrayModel(input(), 'linux'));
    fail = false;
    presenter.render(
      buildTrayModel(input({ current: reading({ display: { value: '140' } as never }) }), 'linux'),
    );
    expect(port.calls.at(-1)).toEqual(['setValueImage', ICONS]);
  });

  it('re-applies everything after invalidate (a new native tray)', () => {
    const { port, presenter } = setup('darwin');
    const model: TrayModel = buildTrayModel(input(), 'darwin');
    presenter.render(model, MENU);
    const first = port.calls.length;
    presenter.invalidate();
    presenter.render(model, MENU);
    expect(port.calls.length).toBe(first * 2);
  });

  it('sets the menu only when it changes and leaves it alone when not given', () => {
    const { port, presenter } = setup('win32');
    const model = buildTrayModel(input(), 'win32');
    presenter.render(model, MENU);
    presenter.render(model);
    const changed = buildTrayMenu({
      patients: [],
      units: 'both',
      launchAtLogin: false,
      alarmsPausedUntil: null,
      now: 0,
      privacy: false,
      canRefresh: true,
      update: null,
    });
    presenter.render(model, changed);
    expect(port.calls.filter((c) => c[0] === 'setMenu').map((c) => c[1])).toEqual([MENU, changed]);
  });
});
