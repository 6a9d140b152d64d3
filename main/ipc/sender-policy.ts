import { MINI_VIEW_INVOKES, MINI_VIEW_PAGE, type InvokeName } from '../../preload/contract';
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
  /**
   * True only for the main frame of a page served from the app's own origin; the mini view's
   * page only for the few channels it needs (`channel` given by the router).
   */
  isTrustedSender(frame: SenderFrame | null | undefined, channel?: InvokeName): boolean;
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
    isTrustedSender(frame, channel) {
      if (frame === null || frame === undefined || typeof frame !== 'object') return false;
      if (frame.isMainFrame !== true) return false;
      if (originOf(frame.url) !== expected) return false;
      return !isMiniViewPage(frame.url) || isMiniViewChannel(channel);
    },
  };
}

function isBareOrigin(origin: string): boolean {
  const parsed = new URL(origin);
  return (parsed.pathname === '' || parsed.pathname === '/') && !parsed.search && !parsed.hash;
}

const MINI_CHANNELS: ReadonlySet<string> = new Set(MINI_VIEW_INVOKES);

/** The mini view's page, whatever query or fragment it carries (the origin is checked apart). */
function isMiniViewPage(url: string): boolean {
  try {
    // Decoded: the app:// handler serves `/mini%2Ehtml` as mini.html too.
    return decodeURIComponent(new URL(url).pathname).toLowerCase() === MINI_VIEW_PAGE;
  } catch {
    return true; // unparseable: treated as the narrower page
  }
}

function isMiniViewChannel(channel: InvokeName | undefined): boolean {
  return channel !== undefined && MINI_CHANNELS.has(channel);
}
