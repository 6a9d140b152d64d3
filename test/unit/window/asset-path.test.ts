import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppAsset } from '../../../main/core/window/asset-path';

const ROOT = resolve('/opt/glucobar/out/renderer');

describe('resolveAppAsset', () => {
  it('maps app URLs to files inside the root', () => {
    expect(resolveAppAsset('app://glucobar/index.html', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppAsset('app://glucobar/assets/index-Gngr6RWZ.js', ROOT)).toBe(
      join(ROOT, 'assets', 'index-Gngr6RWZ.js'),
    );
    expect(resolveAppAsset('app://glucobar/', ROOT)).toBe(join(ROOT, 'index.html'));
    expect(resolveAppAsset('app://glucobar/index.html?v=2#top', ROOT)).toBe(
      join(ROOT, 'index.html'),
    );
    expect(resolveAppAsset('app://glucobar/my%20file.css', ROOT)).toBe(join(ROOT, 'my file.css'));
  });

  it.each([
    ['parent segments', 'app://glucobar/../../etc/passwd'],
    ['a parent segment in the middle', 'app://glucobar/assets/../../secret'],
    ['a parent segment that stays inside', 'app://glucobar/assets/../index.html'],
    ['encoded dots that stay inside', 'app://glucobar/assets/%2e%2e/index.html'],
    ['encoded dots', 'app://glucobar/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://glucobar/%2E%2e/secret'],
    ['half-encoded dots', 'app://glucobar/.%2e/secret'],
    ['a single dot segment', 'app://glucobar/./index.html'],
    ['an encoded slash', 'app://glucobar/..%2f..%2fetc/passwd'],
    ['a backslash', 'app://glucobar/..\\..\\windows\\win.ini'],
    ['an encoded backslash', 'app://glucobar/..%5c..%5cwin.ini'],
    ['an absolute path', 'app://glucobar//etc/passwd'],
    ['a drive letter', 'app://glucobar/C:/Windows/win.ini'],
    ['an NTFS stream', 'app://glucobar/index.html::$DATA'],
    ['a NUL byte', 'app://glucobar/index.html%00.png'],
    ['malformed percent-encoding', 'app://glucobar/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://glucobar.evil/index.html'],
    ['another scheme', 'file:///opt/glucobar/out/renderer/index.html'],
    ['a bare absolute path', '/etc/passwd'],
    ['a directory', 'app://glucobar/assets/'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppAsset(url, ROOT)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names the bundle file types and falls back to opaque bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/a.constructor')).toBe('application/octet-stream');
    expect(contentTypeFor('/x/noext')).toBe('application/octet-stream');
  });
});
