// Test doubles shared by the IPC tests: a recording ipcMain and a recording logger.
import { vi } from 'vitest';
import type { LogFields, Logger } from '../../../main/core/ports';
import type { IpcInvokeEventLike, IpcMainLike } from '../../../main/ipc/router';

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export function fakeIpcMain() {
  const registered = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => {
      registered.delete(channel);
    }),
  } satisfies IpcMainLike;
  /** What Electron does for ipcRenderer.invoke: call the handler, or fail when there is none. */
  async function invoke(channel: string, event: IpcInvokeEventLike, ...args: unknown[]) {
    const handler = registered.get(channel);
    if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
  return { ipcMain, registered, invoke };
}

export interface LogEntry {
  level: keyof Logger;
  message: string;
  fields?: LogFields;
}

export function recordingLogger(): { logger: Logger; entries: LogEntry[]; text(): string } {
  const entries: LogEntry[] = [];
  const at =
    (level: keyof Logger) =>
    (message: string, fields?: LogFields): void => {
      entries.push({ level, message, ...(fields ? { fields } : {}) });
    };
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    entries,
    text: () => JSON.stringify(entries),
  };
}

export const APP_FRAME = { url: 'app://glucobar/index.html', isMainFrame: true };
export const fromApp: IpcInvokeEventLike = { senderFrame: APP_FRAME };
