import {
  INVOKE,
  PUSH,
  type InvokeName,
  type PushName,
  type RendererApi,
  type Result,
} from './contract';

/** The two ipcRenderer calls the bridge needs; typed narrowly so tests can pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * Builds the named API from the channel table. Each method invokes exactly one channel;
 * each listener receives only the payload (never the IPC event) and returns its unsubscribe.
 */
export function buildRendererApi(ipc: IpcRendererLike): RendererApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(INVOKE) as InvokeName[]) {
    const channel = INVOKE[name];
    api[name] = (request?: unknown) =>
      (request === undefined ? ipc.invoke(channel) : ipc.invoke(channel, request)) as Promise<
        Result<unknown>
      >;
  }
  for (const name of Object.keys(PUSH) as PushName[]) {
    const channel = PUSH[name];
    const method = `on${name[0]!.toUpperCase()}${name.slice(1)}`;
    api[method] = (listener: (payload: unknown) => void) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(channel, wrapped);
      return () => {
        ipc.removeListener(channel, wrapped);
      };
    };
  }
  return Object.freeze(api) as RendererApi;
}
