// The remaining thin adapters: notifications, power events, launch at login, net.fetch.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App, Net, NotificationConstructorOptions, PowerMonitor } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/ports';

const fake = vi.hoisted(() => {
  class FakeNotification {
    static supported = true;
    static instances: FakeNotification[] = [];
    static isSupported() {
      return FakeNotification.supported;
    }
    readonly listeners = new Map<string, (...args: unknown[]) => void>();
    shown = false;
    closed = false;
    constructor(readonly options: NotificationConstructorOptions) {
      FakeNotification.instances.push(this);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
    close() {
      this.closed = true;
      this.listeners.get('close')?.();
    }
  }
  const power = new Map<string, Set<() => void>>();
  const powerMonitor = {
    on: vi.fn((event: string, listener: () => void) => {
      if (!power.has(event)) power.set(event, new Set());
      power.get(event)?.add(listener);
      return powerMonitor;
    }),
    off: vi.fn((event: string, listener: () => void) => {
      power.get(event)?.delete(listener);
      return powerMonitor;
    }),
  };
  const login = { openAtLogin: false };
  const app = {
    setAppUserModelId: vi.fn(),
    setLoginItemSettings: vi.fn(),
    getLoginItemSettings: vi.fn(() => ({ ...login }) as ReturnType<App['getLoginItemSettings']>),
  } satisfies Pick<App, 'setAppUserModelId' | 'setLoginItemSettings' | 'getLoginItemSettings'>;
  const net = {
    fetch: vi.fn(async (_url: string, _init?: unknown) => new Response('ok', { status: 200 })),
  } satisfies Pick<Net, 'fetch'>;
  return { FakeNotification, power, powerMonitor, app, net, login };
});

vi.mock('electron', () => ({
  Notification: fake.FakeNotification,
  powerMonitor: fake.powerMonitor as unknown as PowerMonitor,
  app: fake.app,
  net: fake.net,
}));

const { createElectronNotifier } = await import('../../../main/adapters/notifications');
const { onSystemWake } = await import('../../../main/adapters/power');
const { adoptLaunchAtLoginFromOs, createLaunchAtLogin } =
  await import('../../../main/adapters/launch-at-login');
const { createNetFetch } = await import('../../../main/adapters/net-fetch');

beforeEach(() => {
  fake.FakeNotification.instances.length = 0;
  fake.FakeNotification.supported = true;
  vi.clearAllMocks();
});

describe('notifications', () => {
  it('sets the AppUserModelID on Windows only', () => {
    createElectronNotifier({
      appId: 'app.glucobar.desktop',
      logger: silentLogger,
      platform: 'darwin',
    });
    expect(fake.app.setAppUserModelId).not.toHaveBeenCalled();
    createElectronNotifier({
      appId: 'app.glucobar.desktop',
      logger: silentLogger,
      platform: 'win32',
    });
    expect(fake.app.setAppUserModelId).toHaveBeenCalledWith('app.glucobar.desktop');
  });

  it('shows critical alarms until dismissed and replaces a repeated id', () => {
    const onClick = vi.fn();
    const notifier = createElectronNotifier({
      appId: 'x',
      logger: silentLogger,
      platform: 'linux',
      onClick,
    });
    notifier.notify({
      id: 'urgentLow',
      title: 'Urgent low',
      body: '52 mg/dL',
      urgency: 'critical',
    });
    notifier.notify({
      id: 'urgentLow',
      title: 'Urgent low',
      body: '50 mg/dL',
      urgency: 'critical',
    });
    const [first, second] = fake.FakeNotification.instances;
    expect(first?.closed).toBe(true);
    expect(second?.shown).toBe(true);
    expect(second?.options).toMatchObject({
      id: 'urgentLow',
      body: '50 mg/dL',
      urgency: 'critical',
      timeoutType: 'never',
    });
    second?.listeners.get('click')?.();
    expect(onClick).toHaveBeenCalledWith('urgentLow');
  });

  it('where notifications are unsupported, shows none and reports the alarm as failed', () => {
    fake.FakeNotification.supported = false;
    const onFailed = vi.fn();
    createElectronNotifier({
      appId: 'x',
      logger: silentLogger,
      platform: 'linux',
      onFailed,
    }).notify({ id: 'high', title: 'High', body: '260', urgency: 'normal' });
    expect(fake.FakeNotification.instances).toHaveLength(0);
    expect(onFailed).toHaveBeenCalledWith({ id: 'high', title: 'High', body: '260' });
  });

  it('a notification the OS refuses (unsigned macOS) is reported, never only logged', () => {
    const onFailed = vi.fn();
    const notifier = createElectronNotifier({
      appId: 'x',
      logger: silentLogger,
      platform: 'darwin',
      onFailed,
    });
    notifier.notify({ id: 'urgentLow', title: 'Urgent low', body: '52', urgency: 'critical' });
    expect(onFailed).not.toHaveBeenCalled();
    fake.FakeNotification.instances[0]?.listeners.get('failed')?.({}, 'not authorised');
    expect(onFailed).toHaveBeenCalledExactlyOnceWith({
      id: 'urgentLow',
      title: 'Urgent low',
      body: '52',
    });
  });
});

describe('power', () => {
  it('reports resume and unlock, and unsubscribes', () => {
    const seen: string[] = [];
    const off = onSystemWake((reason) => seen.push(reason));
    for (const listener of fake.power.get('resume') ?? []) listener();
    for (const listener of fake.power.get('unlock-screen') ?? []) listener();
    expect(seen).toEqual(['resume', 'unlock-screen']);
    off();
    expect(fake.power.get('resume')?.size).toBe(0);
    expect(fake.power.get('unlock-screen')?.size).toBe(0);
  });
});

describe('launch at login', () => {
  it('uses login item settings on macOS and Windows', async () => {
    await createLaunchAtLogin('darwin', {}).set(true);
    await createLaunchAtLogin('win32', {}).set(false);
    expect(fake.app.setLoginItemSettings.mock.calls).toEqual([
      [{ openAtLogin: true }],
      [{ openAtLogin: false }],
    ]);
  });

  it('writes and removes the XDG autostart file on Linux', async () => {
    const config = mkdtempSync(join(tmpdir(), 'glucobar-xdg-'));
    const launch = createLaunchAtLogin('linux', {
      XDG_CONFIG_HOME: config,
      APPIMAGE: '/home/ana/Glucobar.AppImage',
    });
    const file = join(config, 'autostart', 'glucobar.desktop');
    await launch.set(true);
    expect(readFileSync(file, 'utf8')).toContain('Exec="/home/ana/Glucobar.AppImage"');
    await launch.set(false);
    expect(existsSync(file)).toBe(false);
    await launch.set(false);
    expect(fake.app.setLoginItemSettings).not.toHaveBeenCalled();
    rmSync(config, { recursive: true, force: true });
  });
});

describe('launch at login is read back from the OS', () => {
  it('macOS and Windows: from the login item settings', async () => {
    fake.login.openAtLogin = true;
    expect(await createLaunchAtLogin('darwin', {}).get()).toBe(true);
    fake.login.openAtLogin = false;
    expect(await createLaunchAtLogin('win32', {}).get()).toBe(false);
  });

  it('Linux: from the autostart file', async () => {
    const config = mkdtempSync(join(tmpdir(), 'glucobar-xdg-'));
    const launch = createLaunchAtLogin('linux', { XDG_CONFIG_HOME: config });
    expect(await launch.get()).toBe(false);
    await launch.set(true);
    expect(await launch.get()).toBe(true);
    rmSync(join(config, 'autostart', 'glucobar.desktop'));
    expect(await launch.get()).toBe(false);
    rmSync(config, { recursive: true, force: true });
  });

  it('the setting follows what the OS will do, and is left alone when they agree', async () => {
    let stored = true;
    const settings = {
      get: () => ({ launchAtLogin: stored }),
      update: vi.fn(async (patch: { launchAtLogin: boolean }) => {
        stored = patch.launchAtLogin;
      }),
    };
    fake.login.openAtLogin = false;
    await adoptLaunchAtLoginFromOs(createLaunchAtLogin('darwin', {}), settings);
    expect(settings.update).toHaveBeenCalledExactlyOnceWith({ launchAtLogin: false });
    await adoptLaunchAtLoginFromOs(createLaunchAtLogin('darwin', {}), settings);
    expect(settings.update).toHaveBeenCalledTimes(1);
  });
});

describe('net.fetch', () => {
  it('passes method, headers and body through and bypasses the HTTP cache', async () => {
    const fetch = createNetFetch();
    const response = await fetch('https://api.libreview.io/llu/connections', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      redirect: 'manual',
    });
    expect(response.status).toBe(200);
    expect(fake.net.fetch).toHaveBeenCalledExactlyOnceWith(
      'https://api.libreview.io/llu/connections',
      expect.objectContaining({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        cache: 'no-store',
      }),
    );
  });
});
