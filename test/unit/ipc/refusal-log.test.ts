// A page looping over a refused IPC call cannot flood the log: the real router writes a few
// lines a minute per kind of refusal and counts the rest.
import { describe, expect, it, vi } from 'vitest';
import { INVOKE, type InvokeName } from '../../../preload/contract';
import { createIpcRouter, type IpcHandlers } from '../../../main/ipc/router';
import { createSenderPolicy } from '../../../main/ipc/sender-policy';
import { fakeIpcMain, fromApp, recordingLogger } from './fakes';

function setup() {
  const ipc = fakeIpcMain();
  const log = recordingLogger();
  let now = Date.UTC(2026, 11, 7, 20, 0);
  const handlers = Object.fromEntries(
    (Object.keys(INVOKE) as InvokeName[]).map((name) => [name, vi.fn(async () => null)]),
  );
  createIpcRouter(ipc.ipcMain, {
    isTrustedSender: createSenderPolicy('app://glucobar').isTrustedSender,
    handlers: handlers as unknown as IpcHandlers,
    logger: log.logger,
    now: () => now,
  });
  const evil = { senderFrame: { url: 'https://evil.invalid/', isMainFrame: true } };
  return {
    ...ipc,
    ...log,
    evil,
    handlers,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const refused = (entries: { message: string }[]) =>
  entries.filter((e) => /refused/.test(e.message));

describe('IPC refusal log rate limit', () => {
  it('10,000 refused calls from a hostile frame write 5 lines, then the count a minute later', async () => {
    const { invoke, entries, evil, handlers, advance } = setup();
    for (let i = 0; i < 10_000; i++) {
      const answer = await invoke(INVOKE.getSettings, evil);
      expect(answer).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(handlers.getSettings).not.toHaveBeenCalled();
    expect(refused(entries)).toHaveLength(5);
    expect(entries.at(-1)?.fields).toMatchObject({ furtherSuppressedForSeconds: 60 });
    advance(60_000);
    await invoke(INVOKE.getSettings, evil);
    expect(refused(entries)).toHaveLength(6);
    expect(entries.at(-1)?.fields).toMatchObject({
      channel: 'getSettings',
      origin: 'https://evil.invalid',
      suppressedBefore: 9_995,
    });
  });

  it('each kind of refusal has its own limit, so one flood cannot hide another', async () => {
    const { invoke, entries, evil } = setup();
    for (let i = 0; i < 100; i++) await invoke(INVOKE.getSettings, evil);
    for (let i = 0; i < 100; i++) await invoke(INVOKE.getSettings, fromApp, {}, 'extra');
    const messages = refused(entries).map((e) => e.message);
    expect(messages.filter((m) => /untrusted sender/.test(m))).toHaveLength(5);
    expect(messages.filter((m) => /too many arguments/.test(m))).toHaveLength(5);
  });
});
