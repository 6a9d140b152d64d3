import { describe, expect, it } from 'vitest';
import { createSenderPolicy } from '../../../main/ipc/sender-policy';

describe('createSenderPolicy', () => {
  const policy = createSenderPolicy('app://glucobar');
  const trusted = (url: string, isMainFrame = true) => policy.isTrustedSender({ url, isMainFrame });

  it('trusts the main frame of the app origin, whatever the path', () => {
    expect(trusted('app://glucobar/index.html')).toBe(true);
    expect(trusted('app://glucobar/')).toBe(true);
    expect(trusted('app://glucobar/index.html?x=1#top')).toBe(true);
    expect(trusted('APP://GLUCOBAR/index.html')).toBe(true);
  });

  it.each([
    'app://glucobar.evil/index.html',
    'app://glucobar.evil.example/',
    'app://evilglucobar/',
    'app://glucobar:8080/',
    'app://user@glucobar/',
    'app://glucobar%2eevil/',
    'https://glucobar/',
    'http://glucobar/',
    'file:///glucobar/index.html',
    'file://glucobar/index.html',
    'javascript:alert(1)',
    'data:text/html,<p>hi</p>',
    'about:blank',
    'app:glucobar/index.html',
    '',
    'glucobar',
  ])('refuses %s', (url) => {
    expect(trusted(url)).toBe(false);
  });

  it('lets the mini view page use only its own few channels', () => {
    const mini = (url: string, channel?: Parameters<typeof policy.isTrustedSender>[1]) =>
      policy.isTrustedSender({ url, isMainFrame: true }, channel);
    for (const url of [
      'app://glucobar/mini.html',
      'app://glucobar/MINI.html?x#y',
      'app://glucobar/mini%2Ehtml',
    ]) {
      expect(mini(url, 'getSnapshot'), url).toBe(true);
      expect(mini(url, 'getHistory'), url).toBe(true);
      expect(mini(url, 'closeMiniView'), url).toBe(true);
      for (const channel of ['signOut', 'updateSettings', 'exportHistory', 'quit'] as const) {
        expect(mini(url, channel), `${url} ${channel}`).toBe(false);
      }
      expect(mini(url), `${url} without a channel`).toBe(false);
    }
    expect(mini('app://glucobar/index.html', 'signOut')).toBe(true);
  });

  it('refuses sub-frames and missing frames', () => {
    expect(trusted('app://glucobar/index.html', false)).toBe(false);
    expect(policy.isTrustedSender(null)).toBe(false);
    expect(policy.isTrustedSender(undefined)).toBe(false);
    expect(policy.isTrustedSender({ url: 'app://glucobar/' } as never)).toBe(false);
  });

  it('works for a development server origin too, with exact port matching', () => {
    const dev = createSenderPolicy('http://localhost:5173');
    expect(
      dev.isTrustedSender({ url: 'http://localhost:5173/index.html', isMainFrame: true }),
    ).toBe(true);
    expect(dev.isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true })).toBe(false);
    expect(dev.isTrustedSender({ url: 'http://localhost.evil/', isMainFrame: true })).toBe(false);
  });

  it('rejects app origins that are not bare origins', () => {
    expect(() => createSenderPolicy('app://glucobar/index.html')).toThrow();
    expect(() => createSenderPolicy('not a url')).toThrow();
    expect(() => createSenderPolicy('file:///x')).toThrow();
  });
});
