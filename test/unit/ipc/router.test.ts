import { describe, expect, it, vi } from 'vitest';
import { INVOKE, type InvokeName } from '../../../preload/contract';
import { createIpcRouter, IpcFailure, type IpcHandlers } from '../../../main/ipc/router';
import { createSenderPolicy } from '../../../main/ipc/sender-policy';
import { APP_FRAME, fakeIpcMain, fromApp, recordingLogger } from './fakes';

const SECRET_EMAIL = 'wearer.secret@example.org';
const SECRET_PASSWORD = 'pa55-Very-Secret!';

function stubHandlers() {
  const handlers = {} as Record<InvokeName, ReturnType<typeof vi.fn>>;
  for (const name of Object.keys(INVOKE) as InvokeName[]) {
    handlers[name] = vi.fn(async () => ({ answeredBy: name }));
  }
  return handlers;
}

function setup(overrides: Partial<Record<InvokeName, ReturnType<typeof vi.fn>>> = {}) {
  const ipc = fakeIpcMain();
  const log = recordingLogger();
  const handlers = { ...stubHandlers(), ...overrides };
  const router = createIpcRouter(ipc.ipcMain, {
    isTrustedSender: createSenderPolicy('app://glucobar').isTrustedSender,
    handlers: handlers as unknown as IpcHandlers,
    logger: log.logger,
  });
  return { ...ipc, ...log, handlers, router };
}

describe('createIpcRouter: registration', () => {
  it('registers exactly the contract invoke channels and nothing else', async () => {
    const { registered, invoke, handlers } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.values(INVOKE).sort());
    // Unknown channels simply do not exist: Electron answers them with "No handler".
    await expect(invoke('glucobar:token:get', fromApp)).rejects.toThrow(/No handler/);
    await expect(invoke('glucobar:settings:get ', fromApp)).rejects.toThrow(/No handler/);
    for (const fn of Object.values(handlers)) expect(fn).not.toHaveBeenCalled();
  });

  it('dispose removes every handler it registered, once', () => {
    const { router, registered, ipcMain } = setup();
    router.dispose();
    router.dispose();
    expect(registered.size).toBe(0);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(Object.keys(INVOKE).length);
  });
});

describe('createIpcRouter: sender checks', () => {
  const rejectedFrames = [
    ['a wrong origin', { url: 'https://evil.example/index.html', isMainFrame: true }],
    ['a look-alike host', { url: 'app://glucobar.evil/index.html', isMainFrame: true }],
    ['user info before the host', { url: 'app://glucobar@evil/index.html', isMainFrame: true }],
    ['https with the app host', { url: 'https://glucobar/index.html', isMainFrame: true }],
    ['a file URL', { url: 'file:///home/user/index.html', isMainFrame: true }],
    ['a sub-frame of the app', { url: 'app://glucobar/index.html', isMainFrame: false }],
    ['an unparseable URL', { url: 'not a url', isMainFrame: true }],
  ] as const;

  it.each(rejectedFrames)('refuses %s without calling the handler', async (_label, frame) => {
    const { invoke, handlers, entries } = setup();
    const result = await invoke(INVOKE.getSnapshot, { senderFrame: frame });
    expect(result).toEqual({
      ok: false,
      code: 'forbidden',
      message: expect.any(String),
    });
    expect(handlers.getSnapshot).not.toHaveBeenCalled();
    expect(entries.some((e) => e.level === 'warn' && e.fields?.channel === 'getSnapshot')).toBe(
      true,
    );
  });

  it('refuses a request whose frame is gone (null or missing)', async () => {
    const { invoke, handlers } = setup();
    expect(await invoke(INVOKE.quit, { senderFrame: null })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await invoke(INVOKE.quit, {} as never)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(handlers.quit).not.toHaveBeenCalled();
  });

  it('refuses when the sender check itself throws', async () => {
    const ipc = fakeIpcMain();
    const handlers = stubHandlers();
    createIpcRouter(ipc.ipcMain, {
      isTrustedSender: () => {
        throw new Error('boom');
      },
      handlers: handlers as unknown as IpcHandlers,
      logger: recordingLogger().logger,
    });
    expect(await ipc.invoke(INVOKE.quit, fromApp)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(handlers.quit).not.toHaveBeenCalled();
  });
});

describe('createIpcRouter: payload validation', () => {
  const badPayloads: [InvokeName, unknown[]][] = [
    ['getHistory', [{ patientId: 'p1', span: '2y' }]],
    ['getHistory', [{ patientId: 'p1' }]],
    ['getHistory', [{ patientId: '../../etc', span: '24h' }]],
    ['getHistory', [{ patientId: 'p1', span: '24h', extra: true }]],
    ['selectPatient', ['p1']],
    ['openLink', [{ id: 'https://evil.example/' }]],
    ['snoozeAlarm', [{ kind: 'low', minutes: -5 }]],
    ['snoozeAlarm', [{ kind: 'low', minutes: 10_000 }]],
    ['updateSettings', [{ staleAfterMinutes: 'ten' }]],
    ['updateSettings', [{ alarms: { low: { enabled: true } } }]],
    ['updateSettings', [{ unknownSetting: 1 }]],
    ['getSnapshot', [{ sneaky: true }]],
    ['getSnapshot', [null]],
    ['refreshNow', [undefined, 'second argument']],
    ['exportHistory', [{ patientId: 'p1', span: '7d', format: 'xlsx' }]],
  ];

  it.each(badPayloads)('%s refuses %j and never calls the handler', async (name, args) => {
    const { invoke, handlers } = setup();
    const result = await invoke(INVOKE[name], fromApp, ...args);
    expect(result).toMatchObject({ ok: false, code: 'invalid_request' });
    expect((result as { message: string }).message.length).toBeGreaterThan(0);
    expect(handlers[name]).not.toHaveBeenCalled();
  });

  it('names the offending field in the message', async () => {
    const { invoke } = setup();
    const result = await invoke(INVOKE.updateSettings, fromApp, { staleAfterMinutes: 500 });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('staleAfterMinutes'),
    });
  });
});

describe('createIpcRouter: success and failure envelopes', () => {
  it('calls the handler with the validated request and wraps the value', async () => {
    const { invoke, handlers } = setup();
    const result = await invoke(INVOKE.getHistory, fromApp, { patientId: 'p-1', span: '24h' });
    expect(result).toEqual({ ok: true, value: { answeredBy: 'getHistory' } });
    expect(handlers.getHistory).toHaveBeenCalledExactlyOnceWith({ patientId: 'p-1', span: '24h' });
  });

  it('passes undefined to handlers of channels without a request', async () => {
    const { invoke, handlers } = setup();
    expect(await invoke(INVOKE.getSnapshot, fromApp)).toEqual({
      ok: true,
      value: { answeredBy: 'getSnapshot' },
    });
    expect(handlers.getSnapshot).toHaveBeenCalledExactlyOnceWith(undefined);
  });

  it('turns an IpcFailure into its code and message', async () => {
    const { invoke } = setup({
      selectPatient: vi.fn(async () => {
        throw new IpcFailure('patient_not_found', 'That person is no longer shared with you.');
      }),
    });
    expect(await invoke(INVOKE.selectPatient, fromApp, { patientId: 'p9' })).toEqual({
      ok: false,
      code: 'patient_not_found',
      message: 'That person is no longer shared with you.',
    });
  });

  it('uses mapError for known domain errors', async () => {
    const ipc = fakeIpcMain();
    const handlers = stubHandlers();
    handlers.refreshNow = vi.fn(async () => {
      throw new RangeError('rate');
    });
    createIpcRouter(ipc.ipcMain, {
      isTrustedSender: () => true,
      handlers: handlers as unknown as IpcHandlers,
      logger: recordingLogger().logger,
      mapError: (error) =>
        error instanceof RangeError ? new IpcFailure('rate_limited', 'Slow down.') : null,
    });
    expect(await ipc.invoke(INVOKE.refreshNow, fromApp)).toEqual({
      ok: false,
      code: 'rate_limited',
      message: 'Slow down.',
    });
  });

  it('answers unexpected errors with a generic internal failure and logs them', async () => {
    const { invoke, entries } = setup({
      getReport: vi.fn(async () => {
        throw new TypeError('cannot read x of undefined');
      }),
    });
    expect(await invoke(INVOKE.getReport, fromApp, { patientId: 'p1', span: '14d' })).toEqual({
      ok: false,
      code: 'internal',
      message: 'Something went wrong inside Glucobar.',
    });
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        fields: expect.objectContaining({ channel: 'getReport', error: 'TypeError' }),
      }),
    );
  });
});

describe('createIpcRouter: credentials', () => {
  it('passes valid credentials to the handler (email trimmed, password untouched)', async () => {
    const { invoke, handlers } = setup();
    const password = `  ${SECRET_PASSWORD} `;
    const result = await invoke(INVOKE.signIn, fromApp, {
      email: `  ${SECRET_EMAIL} `,
      password,
    });
    expect(result).toEqual({ ok: true, value: { answeredBy: 'signIn' } });
    expect(handlers.signIn).toHaveBeenCalledWith({ email: SECRET_EMAIL, password });
  });

  it.each([
    [{ email: 'not-an-email', password: SECRET_PASSWORD }],
    [{ email: SECRET_EMAIL, password: '' }],
    [{ email: SECRET_EMAIL }],
    [{ email: `${'a'.repeat(250)}@example.org`, password: SECRET_PASSWORD }],
    [{ email: SECRET_EMAIL, password: 'x'.repeat(257) }],
    [{ email: SECRET_EMAIL, password: SECRET_PASSWORD, remember: true }],
  ])('refuses %j without echoing it', async (payload) => {
    const { invoke, handlers, text } = setup();
    const result = await invoke(INVOKE.signIn, fromApp, payload);
    expect(result).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(JSON.stringify(result)).not.toContain(SECRET_PASSWORD);
    expect(text()).not.toContain(SECRET_PASSWORD);
    expect(text()).not.toContain('example.org');
    expect(handlers.signIn).not.toHaveBeenCalled();
  });

  it('never logs credentials, even when the handler fails with them in its message', async () => {
    const { invoke, text, entries } = setup({
      signIn: vi.fn(async (c: { email: string; password: string }) => {
        throw new Error(`login failed for ${c.email} with ${c.password}`);
      }),
    });
    const result = await invoke(INVOKE.signIn, fromApp, {
      email: SECRET_EMAIL,
      password: SECRET_PASSWORD,
    });
    expect(result).toMatchObject({ ok: false, code: 'internal' });
    expect(entries.length).toBeGreaterThan(0);
    expect(text()).not.toContain(SECRET_PASSWORD);
    expect(text()).not.toContain(SECRET_EMAIL);
    expect(JSON.stringify(result)).not.toContain(SECRET_PASSWORD);
  });

  it('does not log credentials sent from an untrusted frame either', async () => {
    const { invoke, text, handlers } = setup();
    await invoke(
      INVOKE.signIn,
      { senderFrame: { ...APP_FRAME, isMainFrame: false } },
      { email: SECRET_EMAIL, password: SECRET_PASSWORD },
    );
    expect(text()).not.toContain(SECRET_PASSWORD);
    expect(text()).not.toContain(SECRET_EMAIL);
    expect(handlers.signIn).not.toHaveBeenCalled();
  });
});
