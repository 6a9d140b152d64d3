import { originOf } from '../core/window/app-origin';

/**
 * The frame an IPC request came from, as adapters/ipc-main.ts reports it. `null` when
 * Electron no longer knows the frame (it navigated away or was destroyed).
 */
export interface SenderFrame {
  url: string;
  /** True for a top-level frame (Electron: `senderFrame.parent === null`). */
  isMainFrame: boolean;
}

export interface SenderPolicy {
  /** True only for the main frame of a page served from the app's own origin. */
  isTrustedSender(frame: SenderFrame | null | undefined): boolean;
}

/**
 * Electron security checklist item 17 ("Validate the sender of all IPC messages"), after
 * microsoft/vscode's `validatedIpcMain`: a request is served only when its frame is a main
 * frame whose URL has exactly the app's origin. The URL is parsed, never prefix-matched,
 * so `app://glucobar.evil`, `https://glucobar`, `file://…` and iframes are all refused.
 */
export function createSenderPolicy(appOrigin: string): SenderPolicy {
  const expected = originOf(appOrigin);
  if (expected === null || !isBareOrigin(appOrigin)) {
    throw new Error('The app origin must look like scheme://host with nothing after it.');
  }
  return {
    isTrustedSender(frame) {
      if (frame === null || frame === undefined || typeof frame !== 'object') return false;
      if (frame.isMainFrame !== true) return false;
      return originOf(frame.url) === expected;
    },
  };
}

function isBareOrigin(origin: string): boolean {
  const parsed = new URL(origin);
  return (parsed.pathname === '' || parsed.pathname === '/') && !parsed.search && !parsed.hash;
}
