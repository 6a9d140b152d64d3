// A stand-in for Electron's ipcMain that the real router registers on. It answers invokes the
// way Electron does (no handler: the invoke rejects) and records every message that crosses
// the bridge, in both directions, so tests can check what the renderer was ever given.
import type { IpcInvokeEventLike, IpcMainLike } from '../../main/ipc/router';

type Handler = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

export interface BridgeMessage {
  /** `invoke`: renderer → main; `answer`: main → renderer; `push`: main → renderer. */
  direction: 'invoke' | 'answer' | 'push';
  channel: string;
  payload: unknown;
}

export interface FakeIpcMain {
  ipcMain: IpcMainLike;
  /** Channels with a handler right now. */
  channels(): string[];
  /** What `ipcRenderer.invoke(channel, ...args)` does in Electron, from a frame. */
  invoke(channel: string, event: IpcInvokeEventLike, args: unknown[]): Promise<unknown>;
  /** Records a push that main sent to the renderer. */
  recordPush(channel: string, payload: unknown): void;
  messages: BridgeMessage[];
  inFlight(): number;
}

export function createFakeIpcMain(): FakeIpcMain {
  const handlers = new Map<string, Handler>();
  const messages: BridgeMessage[] = [];
  let inFlight = 0;
  const record = (direction: BridgeMessage['direction'], channel: string, payload: unknown) =>
    messages.push({ direction, channel, payload: structuredClone(payload) });
  return {
    ipcMain: {
      handle(channel, listener) {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      },
      removeHandler(channel) {
        handlers.delete(channel);
      },
    },
    channels: () => [...handlers.keys()],
    async invoke(channel, event, args) {
      record('invoke', channel, args);
      const handler = handlers.get(channel);
      if (handler === undefined) {
        const error = new Error(`No handler registered for '${channel}'`);
        record('answer', channel, { rejected: error.message });
        throw error;
      }
      inFlight += 1;
      try {
        const answer = await handler(event, ...args);
        record('answer', channel, answer);
        return answer;
      } finally {
        inFlight -= 1;
      }
    },
    recordPush: (channel, payload) => record('push', channel, payload),
    messages,
    inFlight: () => inFlight,
  };
}
