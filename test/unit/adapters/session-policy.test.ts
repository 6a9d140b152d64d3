import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/ports';
import { createPermissionPolicy } from '../../../main/core/window/permission-policy';

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<Session['setDevicePermissionHandler']>[0];
type DownloadListener = (event: { preventDefault(): void }) => void;

const fake = vi.hoisted(() => {
  const captured: {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: DeviceHandler;
    downloads: DownloadListener[];
  } = { downloads: [] };
  const session = {
    setPermissionRequestHandler: vi.fn((handler: RequestHandler) => {
      captured.request = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: CheckHandler) => {
      captured.check = handler;
    }),
    setDevicePermissionHandler: vi.fn((handler: DeviceHandler) => {
      captured.device = handler;
    }),
    on: vi.fn((event: string, listener: DownloadListener) => {
      if (event === 'will-download') captured.downloads.push(listener);
    }),
  } satisfies Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  > & { on(event: string, listener: DownloadListener): unknown };
  return { captured, session };
});

vi.mock('electron', () => ({ session: { defaultSession: fake.session } }));

const { applySessionPolicy } = await import('../../../main/adapters/session-policy');

describe('session policy', () => {
  applySessionPolicy(createPermissionPolicy(silentLogger));

  it('installs its handlers on the default session', () => {
    expect(fake.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(fake.session.setDevicePermissionHandler).toHaveBeenCalledOnce();
  });

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen'] as const)(
    'denies a %s request and check',
    (permission) => {
      const callback = vi.fn();
      fake.captured.request?.({} as never, permission, callback, {
        requestingUrl: 'app://glucobar/index.html',
      } as never);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(fake.captured.check?.(null, permission, 'app://glucobar', {} as never)).toBe(false);
    },
  );

  it('denies devices and cancels downloads', () => {
    expect(fake.captured.device?.({} as never)).toBe(false);
    const event = { preventDefault: vi.fn() };
    expect(fake.captured.downloads).toHaveLength(1);
    for (const listener of fake.captured.downloads) listener(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
