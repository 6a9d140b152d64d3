// The e2e page's preload: bundled to one IIFE (bundle-bridge.ts) and run before the popover's
// own scripts. It does what preload/index.ts does in the app, with the same builder: the page
// gets exactly `buildRendererApi(ipcRendererLike)` under the bridge key. Only the pipe differs:
// `invoke` goes through a Playwright binding to the real router in Node, and pushes arrive
// through PUSH_HOOK instead of `ipcRenderer.on`.
import { buildRendererApi, type IpcRendererLike } from '../../preload/build-api';
import { BRIDGE_KEY } from '../../preload/contract';
import { INVOKE_BINDING, PUSH_HOOK, type InvokeBinding, type PushHook } from './bridge-names';

type Listener = (event: unknown, payload: unknown) => void;

function installBridge(): void {
  const global = window as unknown as Record<string, unknown>;
  const listeners = new Map<string, Set<Listener>>();

  const ipc: IpcRendererLike = {
    invoke(channel, ...args) {
      // Looked up per call: Playwright may attach the binding after this script has run.
      const binding = global[INVOKE_BINDING] as InvokeBinding | undefined;
      if (typeof binding !== 'function') return Promise.reject(new Error('IPC binding missing'));
      return binding(channel, ...args);
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return ipc;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipc;
    },
  };

  const push: PushHook = (channel, payload) => {
    const set = [...(listeners.get(channel) ?? [])];
    // Like Electron, every listener gets its own structured clone and an event object.
    for (const listener of set) listener({ sender: null }, structuredClone(payload));
    return set.length;
  };

  // contextBridge.exposeInMainWorld makes a read-only, non-configurable global; so does this.
  Object.defineProperty(window, BRIDGE_KEY, { value: buildRendererApi(ipc), enumerable: true });
  Object.defineProperty(window, PUSH_HOOK, { value: push });
}

installBridge();
