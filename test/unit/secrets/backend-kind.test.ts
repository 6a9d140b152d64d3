import { describe, expect, it } from 'vitest';
import { classifySecretBackend } from '../../../main/core/secrets/backend-kind';

describe('classifySecretBackend', () => {
  it.each([
    [{ available: true, platform: 'darwin' }, 'os'],
    [{ available: true, platform: 'win32' }, 'os'],
    [{ available: false, platform: 'darwin' }, 'unavailable'],
    [{ available: true, platform: 'linux', linuxBackend: 'gnome_libsecret' }, 'os'],
    [{ available: true, platform: 'linux', linuxBackend: 'kwallet6' }, 'os'],
    [{ available: true, platform: 'linux', linuxBackend: 'basic_text' }, 'basic_text'],
    [{ available: false, platform: 'linux', linuxBackend: 'basic_text' }, 'unavailable'],
    [{ available: true, platform: 'linux', linuxBackend: 'unknown' }, 'unavailable'],
    [{ available: true, platform: 'linux', linuxBackend: 'some_future_store' }, 'unavailable'],
    [{ available: true, platform: 'linux' }, 'unavailable'],
  ] as const)('%j → %s', (input, expected) => {
    expect(classifySecretBackend(input)).toBe(expected);
  });
});
