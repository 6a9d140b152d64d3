import { describe, expect, it } from 'vitest';
import { createPermissionPolicy } from '../../../main/core/window/permission-policy';
import { recordingLogger } from '../ipc/fakes';

describe('permission policy', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid'])(
    'denies %s, even for the app itself',
    (permission) => {
      const policy = createPermissionPolicy(recordingLogger().logger);
      expect(policy.request(permission, 'app://glucobar/index.html')).toBe(false);
      expect(policy.check(permission, 'app://glucobar')).toBe(false);
    },
  );

  it('logs requests with the origin only, never the full URL', () => {
    const log = recordingLogger();
    createPermissionPolicy(log.logger).request('media', 'https://evil.example/path?token=abc');
    expect(log.entries).toEqual([
      {
        level: 'warn',
        message: 'Denied a permission request',
        fields: { permission: 'media', origin: 'https://evil.example' },
      },
    ]);
  });
});
