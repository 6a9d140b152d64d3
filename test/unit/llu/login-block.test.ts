import { describe, expect, it } from 'vitest';
import { LluError } from '../../../main/core/llu/errors';
import {
  BAD_CREDENTIALS_PAUSE_MS,
  blockAfter,
  blockedLogin,
} from '../../../main/core/llu/login-block';

const creds = { email: 'Ada@Example.org ', password: 'x' };
const NOW = 1_000_000;

describe('persisted login block', () => {
  it('bad credentials block the same e-mail for a while, case-insensitively', () => {
    const block = blockAfter(new LluError('bad_credentials', 'no'), creds, NOW)!;
    expect(block).toEqual({
      email: 'ada@example.org',
      code: 'bad_credentials',
      until: NOW + BAD_CREDENTIALS_PAUSE_MS,
    });
    const error = blockedLogin(block, { email: 'ada@example.org', password: 'y' }, NOW + 60_000);
    expect(error?.code).toBe('bad_credentials');
    expect(error?.details.retryAfterSeconds).toBe((BAD_CREDENTIALS_PAUSE_MS - 60_000) / 1000);
    expect(error?.message).not.toContain('x');
  });

  it('does not apply to another e-mail or after it ends', () => {
    const block = blockAfter(new LluError('bad_credentials', 'no'), creds, NOW)!;
    expect(blockedLogin(block, { email: 'bo@example.org', password: 'x' }, NOW)).toBeNull();
    expect(blockedLogin(block, creds, NOW + BAD_CREDENTIALS_PAUSE_MS)).toBeNull();
    expect(blockedLogin(undefined, creds, NOW)).toBeNull();
  });

  it('a lockout lasts as long as LibreLinkUp said; other errors leave no block', () => {
    const block = blockAfter(
      new LluError('locked_out', 'locked', { retryAfterSeconds: 300 }),
      creds,
      NOW,
    )!;
    expect(block.until).toBe(NOW + 300_000);
    expect(blockedLogin(block, creds, NOW + 1000)?.code).toBe('locked_out');
    expect(blockAfter(new LluError('network', 'down'), creds, NOW)).toBeNull();
  });
});
