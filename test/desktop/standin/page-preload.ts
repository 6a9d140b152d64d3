// Runs the REAL preload bundle (out/preload/index.cjs) in the page, before the page's own
// scripts, the way a sandboxed Electron preload runs: CommonJS, with a `require` that knows
// only `electron` (docs/tutorial/sandbox.md "Preload scripts"). `contextBridge` and
// `ipcRenderer` are stand-ins: invoke goes through a Playwright binding to the stand-in
// ipcMain, pushes arrive through a hook. Only the main frame gets it (nodeIntegrationInSubFrames
// is off, browser-window.md webPreferences).
export const INVOKE_BINDING = '__glucobarStandinInvoke';
export const PUSH_HOOK = '__glucobarStandinPush';

export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  if (window.top !== window) return;
  const listeners = new Map();
  const ipcRenderer = {
    invoke(channel, ...args) {
      const binding = window[${JSON.stringify(INVOKE_BINDING)}];
      return binding(channel, ...args).catch((error) => {
        // ipc-renderer.md: the renderer sees "Error invoking remote method '<channel>': <error>".
        throw new Error("Error invoking remote method '" + channel + "': " + (error && error.message || error));
      });
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    off(channel, listener) { return ipcRenderer.removeListener(channel, listener); },
    removeAllListeners(channel) { listeners.delete(channel); return ipcRenderer; },
  };
  Object.defineProperty(window, ${JSON.stringify(PUSH_HOOK)}, {
    value(channel, payload) {
      for (const listener of [...(listeners.get(channel) || [])]) listener({ sender: null }, structuredClone(payload));
    },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      // context-bridge.md: the exposed value is a frozen copy the page cannot change.
      Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error("module not found: " + name);
  };
  const module = { exports: {} };
  (function (exports, require, module) {
${preloadSource}
  })(module.exports, require, module);
})();`;
}
