import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH_WORDS } from '../../../common/i18n/translate';
import { noticeText } from '../../../main/core/snapshot/notice-words';

const fake = vi.hoisted(() => ({ switches: new Set<string>() }));
vi.mock('electron', () => ({
  app: { commandLine: { hasSwitch: (name: string) => fake.switches.has(name) } },
}));
const { startupNotices: notices } = await import('../../../main/adapters/startup-notices');
// The notices as the English snapshot words them (the CLI's and the default language).
const startupNotices = (input: Parameters<typeof notices>[0]) =>
  notices(input).map((n) => noticeText(n, ENGLISH_WORDS));

const none = {
  settingsNotice: null,
  keyStoreFailed: false,
  memoryOnly: false,
  rememberAnyway: false,
};

beforeEach(() => fake.switches.clear());

describe('startup notices', () => {
  it('none on a healthy start', () => {
    expect(startupNotices(none)).toEqual([]);
  });

  it('a key store that did not unlock the saved sign-in is said plainly', () => {
    const [text] = startupNotices({ ...none, keyStoreFailed: true });
    expect(text).toMatch(/key store .* did not unlock/);
    expect(text).toMatch(/signed out/);
  });

  it('memory only: offers "remember anyway" only while it is not already switched on', () => {
    expect(startupNotices({ ...none, memoryOnly: true })[0]).toContain('Settings can remember it');
    const [optedIn] = startupNotices({ ...none, memoryOnly: true, rememberAnyway: true });
    expect(optedIn).not.toContain('Settings can remember it');
  });

  it('says when Chromium’s sandbox is off (AppImage on Ubuntu 24.04+) and what helps', () => {
    fake.switches.add('no-sandbox');
    expect(startupNotices(none)[0]).toMatch(/without Chromium’s sandbox.*\.deb/);
  });
});
