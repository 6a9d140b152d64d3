import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import type { IpcInvokeEventLike, IpcMainLike } from '../ipc/router';
import type { SenderFrame } from '../ipc/sender-policy';

/**
 * IpcMainLike over Electron's ipcMain. The router sees only the sender frame's URL and
 * whether it is a main frame; the IpcMainInvokeEvent itself goes no further.
 */
export function createIpcMainAdapter(): IpcMainLike {
  return {
    handle(channel, listener) {
      ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
        listener(toEventLike(event), ...args),
      );
    },
    removeHandler(channel) {
      ipcMain.removeHandler(channel);
    },
  };
}

export function toEventLike(event: IpcMainInvokeEvent): IpcInvokeEventLike {
  return { senderFrame: describeFrame(event.senderFrame) };
}

function describeFrame(frame: WebFrameMain | null): SenderFrame | null {
  if (frame === null || frame === undefined) return null;
  try {
    // Reading a disposed frame throws ("Render frame was disposed…"): treat it as missing.
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    return null;
  }
}
