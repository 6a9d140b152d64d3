import { describe, expect, it } from 'vitest';
import { LINK_IDS, type LinkId } from '../../../preload/contract';
import {
  externalUrlFor,
  isAllowedNavigation,
  isSafeExternalUrl,
} from '../../../main/core/window/url-policy';

describe('isAllowedNavigation', () => {
  it('allows pages of the app origin', () => {
    expect(isAllowedNavigation('app://glucobar/index.html', 'app://glucobar')).toBe(true);
    expect(isAllowedNavigation('app://glucobar/index.html#settings', 'app://glucobar')).toBe(true);
  });

  it.each([
    'https://www.librelinkup.com/',
    'https://app.evil.com/',
    'app://glucobar.evil/index.html',
    'app://evil/index.html',
    'http://glucobar/',
    'file:///etc/passwd',
    'javascript:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://settings',
    'smb://host/share',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url, 'app://glucobar')).toBe(false);
  });
});

describe('externalUrlFor', () => {
  it('maps every contract link id to an allow-listed https URL', () => {
    for (const id of LINK_IDS) {
      const url = externalUrlFor(id);
      expect(url.startsWith('https://')).toBe(true);
      expect(isSafeExternalUrl(url)).toBe(true);
    }
    expect(externalUrlFor('llu-help')).toBe('https://www.librelinkup.com/');
    expect(externalUrlFor('libreview')).toBe('https://www.libreview.com/');
  });

  it('refuses anything that is not a known id', () => {
    for (const id of ['toString', '__proto__', 'https://evil.example/', 'constructor', '']) {
      expect(() => externalUrlFor(id as LinkId)).toThrow();
    }
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    'http://www.librelinkup.com/',
    'https://www.librelinkup.com.evil.example/',
    'https://evil.example/?https://www.librelinkup.com/',
    'https://user:pass@www.libreview.com/',
    'https://www.libreview.com:8443/',
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'smb://www.libreview.com/share',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
