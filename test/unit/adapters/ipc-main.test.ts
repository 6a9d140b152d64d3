import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';

type ElectronListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: never, ...args: unknown[]) => unknown>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: (event: never, ...args: unknown[]) => unknown) => {
      handlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => {
      handlers.delete(channel);
    }),
  } satisfies Pick<IpcMain, 'handle' | 'removeHandler'>;
  return { handlers, ipcMain };
});

vi.mock('electron', () => ({ ipcMain: fake.ipcMain }));

const { createIpcMainAdapter } = await import('../../../main/adapters/ipc-main');

function electronEvent(senderFrame: unknown): IpcMainInvokeEvent {
  return { senderFrame, sender: { secret: 'webContents' } } as unknown as IpcMainInvokeEvent;
}

describe('ipcMain adapter', () => {
  const adapter = createIpcMainAdapter();
  const seen: unknown[][] = [];
  adapter.handle('glucobar:test', async (...args) => {
    seen.push(args);
    return 'answer';
  });
  const call = (event: IpcMainInvokeEvent, ...args: unknown[]) =>
    (fake.handlers.get('glucobar:test') as ElectronListener)(event, ...args);

  it('maps the sender frame to url + isMainFrame and passes only that on', async () => {
    seen.length = 0;
    expect(await call(electronEvent({ url: 'app://glucobar/index.html', parent: null }), 1)).toBe(
      'answer',
    );
    await call(electronEvent({ url: 'app://glucobar/index.html', parent: { url: 'x' } }));
    expect(seen).toEqual([
      [{ senderFrame: { url: 'app://glucobar/index.html', isMainFrame: true } }, 1],
      [{ senderFrame: { url: 'app://glucobar/index.html', isMainFrame: false } }],
    ]);
  });

  it('reports a missing or disposed frame as null', async () => {
    seen.length = 0;
    await call(electronEvent(null));
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
    };
    await call(electronEvent(disposed));
    expect(seen).toEqual([[{ senderFrame: null }], [{ senderFrame: null }]]);
  });

  it('removes handlers through ipcMain', () => {
    adapter.removeHandler('glucobar:test');
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith('glucobar:test');
    expect(fake.handlers.has('glucobar:test')).toBe(false);
  });
});
