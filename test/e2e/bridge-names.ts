import type { RendererApi } from '../../preload/contract';

// The two globals that stand in for Electron's IPC pipe in the e2e page. Shared by the page
// side (page-bridge.ts, bundled into the page) and the Node side (harness), so they cannot drift.

/** The Playwright binding that carries `ipcRenderer.invoke` to the fake ipcMain in Node. */
export const INVOKE_BINDING = '__glucobarIpcInvoke';

/** The page function Node calls to deliver a push, as `webContents.send` would. */
export const PUSH_HOOK = '__glucobarIpcPush';

export type InvokeBinding = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** Delivers `payload` on `channel` to every listener; answers how many listeners got it. */
export type PushHook = (channel: string, payload: unknown) => number;

/** The e2e page's globals, for casts inside `page.evaluate` (`window as unknown as ...`). */
export type PageGlobals = { glucobar: RendererApi } & Record<typeof INVOKE_BINDING, InvokeBinding>;
