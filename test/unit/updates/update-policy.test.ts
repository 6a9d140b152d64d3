import { describe, expect, it } from 'vitest';
import { ENGLISH_WORDS } from '../../../common/i18n/translate';
import { silentLogger, type UpdatePort } from '../../../main/core/ports';
import { createUpdateController } from '../../../main/core/updates/update-controller';
import {
  CHECK_EVERY_MS,
  FIRST_CHECK_DELAY_MS,
  installModeFor,
  nextCheckDelay,
  updatesDisabled,
  type OfferedUpdate,
} from '../../../main/core/updates/update-policy';
import { updateOfferText } from '../../../main/core/updates/update-words';
import { createFakeClock } from '../../helpers/fake-clock';

const MINUTE = 60_000;

/** The offer as an English snapshot words it. */
function offered(controller: { offer(): OfferedUpdate | null }) {
  const offer = controller.offer();
  return offer && updateOfferText(offer, ENGLISH_WORDS);
}

function fakePort(answers: Array<string | null | Error>) {
  const calls: string[] = [];
  const port: UpdatePort = {
    async check() {
      calls.push('check');
      const next = answers.shift() ?? null;
      if (next instanceof Error) throw next;
      return next;
    },
    async download() {
      calls.push('download');
    },
    restartAndInstall: () => void calls.push('restart'),
    openDownloadPage: () => void calls.push('open-page'),
  };
  return { port, calls };
}

function setup(answers: Array<string | null | Error>, mode: 'auto' | 'download-page' = 'auto') {
  const clock = createFakeClock();
  const { port, calls } = fakePort(answers);
  const alarm = { active: false };
  const controller = createUpdateController({
    port,
    mode,
    clock,
    logger: silentLogger,
    alarmActive: () => alarm.active,
  });
  controller.start();
  return { clock, calls, alarm, controller };
}

describe('when updates are looked for at all', () => {
  it('never in development, in the demo, or when turned off', () => {
    const env = {};
    expect(updatesDisabled({ isPackaged: false, demo: false, env })).toBe('development');
    expect(updatesDisabled({ isPackaged: true, demo: true, env })).toBe('demo');
    expect(
      updatesDisabled({ isPackaged: true, demo: false, env: { GLUCOBAR_UPDATES: 'off' } }),
    ).toBe('turned-off');
    expect(updatesDisabled({ isPackaged: true, demo: false, env })).toBeNull();
  });

  it('installs itself except from a system package, where it offers the download page', () => {
    expect(installModeFor('darwin', null)).toBe('auto');
    expect(installModeFor('win32', null)).toBe('auto');
    expect(installModeFor('linux', null)).toBe('auto'); // AppImage has no package-type file
    expect(installModeFor('linux', 'deb')).toBe('download-page');
    expect(installModeFor('linux', 'rpm')).toBe('download-page');
  });
});

describe('check cadence', () => {
  it('checks a minute after start, then every 4 hours', async () => {
    const { clock, calls } = setup([null, null, null]);
    await clock.advance(FIRST_CHECK_DELAY_MS - 1);
    expect(calls).toEqual([]);
    await clock.advance(1);
    expect(calls).toEqual(['check']);
    await clock.advance(CHECK_EVERY_MS);
    await clock.advance(CHECK_EVERY_MS);
    expect(calls).toEqual(['check', 'check', 'check']);
  });

  it('backs off after failures: 15, 30, 60, 120 minutes, never beyond 4 hours; success resets', async () => {
    expect([1, 2, 3, 4, 5, 9].map(nextCheckDelay)).toEqual([
      15 * MINUTE,
      30 * MINUTE,
      60 * MINUTE,
      120 * MINUTE,
      240 * MINUTE,
      240 * MINUTE,
    ]);
    const offline = new Error('getaddrinfo ENOTFOUND');
    const { clock, calls, controller } = setup([offline, offline, null, null]);
    await clock.advance(FIRST_CHECK_DELAY_MS);
    expect(controller.phase().kind).toBe('failed');
    await clock.advance(15 * MINUTE);
    expect(calls).toHaveLength(2);
    await clock.advance(30 * MINUTE - 1);
    expect(calls).toHaveLength(2);
    await clock.advance(1);
    expect(calls).toHaveLength(3);
    expect(controller.phase().kind).toBe('idle');
    await clock.advance(CHECK_EVERY_MS);
    expect(calls).toHaveLength(4);
  });
});

describe('offer and restart', () => {
  it('downloads in the background, then offers "Update ready — restart"; restarts only when chosen', async () => {
    const { clock, calls, controller } = setup(['0.2.0']);
    expect(controller.offer()).toBeNull();
    await clock.advance(FIRST_CHECK_DELAY_MS);
    expect(calls).toEqual(['check', 'download']);
    expect(offered(controller)).toEqual({ label: 'Update ready — restart', action: 'restart' });
    await clock.advance(24 * 3_600_000);
    expect(calls).toEqual(['check', 'download']); // no forced restart, no needless checks
    controller.accept();
    expect(calls.at(-1)).toBe('restart');
  });

  it('postpones a chosen restart while an alarm is active, and restarts once it is over', async () => {
    const { clock, calls, alarm, controller } = setup(['0.2.0']);
    await clock.advance(FIRST_CHECK_DELAY_MS);
    alarm.active = true;
    controller.accept();
    expect(calls).not.toContain('restart');
    expect(offered(controller)).toEqual({
      label: 'Update ready — restarts when the alarm is over',
      action: null,
    });
    controller.alarmsChanged();
    expect(calls).not.toContain('restart');
    alarm.active = false;
    controller.alarmsChanged();
    expect(calls.at(-1)).toBe('restart');
  });

  it('from a system package: offers the download page and never downloads', async () => {
    const { clock, calls, controller } = setup(['0.2.0'], 'download-page');
    await clock.advance(FIRST_CHECK_DELAY_MS);
    expect(calls).toEqual(['check']);
    expect(offered(controller)).toEqual({
      label: 'Glucobar 0.2.0 is available — download',
      action: 'open-download-page',
    });
    controller.accept();
    expect(calls.at(-1)).toBe('open-page');
  });
});
