import { describe, expect, it } from 'vitest';
import { LluError } from '../../../main/core/llu/errors';
import { blockAfter, blockedLogin } from '../../../main/core/llu/login-block';

const creds = { email: 'Ada@Example.org ', password: 'correct horse' };
const NOW = 1_000_000;
const DAY = 86_400_000;

describe('persisted login block', () => {
  it('refused credentials are never sent again, however much later, case-insensitively', () => {
    const block = blockAfter(new LluError('bad_credentials', 'no'), creds, NOW)!;
    expect(block.email).toBe('ada@example.org');
    expect(block.code).toBe('bad_credentials');
    const same = { email: 'ada@example.org', password: 'correct horse' };
    expect(blockedLogin(block, same, NOW + 60_000)?.code).toBe('bad_credentials');
    expect(blockedLogin(block, same, NOW + 30 * DAY)?.code).toBe('bad_credentials');
  });

  it('changed credentials are tried at once', () => {
    const block = blockAfter(new LluError('bad_credentials', 'no'), creds, NOW)!;
    const fixed = { email: 'ada@example.org', password: 'correct horse!' };
    expect(blockedLogin(block, fixed, NOW + 1_000)).toBeNull();
    expect(
      blockedLogin(block, { email: 'bo@example.org', password: creds.password }, NOW),
    ).toBeNull();
    expect(blockedLogin(undefined, creds, NOW)).toBeNull();
  });

  it('stores a salted fingerprint, never the password; two blocks of one password differ', () => {
    const a = blockAfter(new LluError('bad_credentials', 'no'), creds, NOW)!;
    const b = blockAfter(new LluError('bad_credentials', 'no'), creds, NOW)!;
    const text = JSON.stringify(a);
    expect(text).not.toContain('correct');
    expect(text).not.toContain('horse');
    expect(a.fingerprint?.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.fingerprint?.hash).not.toBe(b.fingerprint?.hash);
  });

  it('a block saved before fingerprints existed does not hold back a corrected password', () => {
    const old = { email: 'ada@example.org', code: 'bad_credentials' as const, until: NOW + DAY };
    expect(blockedLogin(old, creds, NOW)).toBeNull();
  });

  it('a lockout lasts as long as LibreLinkUp said; other errors leave no block', () => {
    const block = blockAfter(
      new LluError('locked_out', 'locked', { retryAfterSeconds: 300 }),
      creds,
      NOW,
    )!;
    expect(block.until).toBe(NOW + 300_000);
    expect(blockedLogin(block, creds, NOW + 1000)?.code).toBe('locked_out');
    expect(blockedLogin(block, { ...creds, password: 'other' }, NOW + 1000)?.code).toBe(
      'locked_out',
    );
    expect(blockedLogin(block, creds, NOW + 300_000)).toBeNull();
    expect(blockAfter(new LluError('network', 'down'), creds, NOW)).toBeNull();
  });
});
