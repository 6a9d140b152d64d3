// The wire between the e2e page and the main side, standing in for Electron's IPC: invokes
// arrive through a Playwright binding and go to the fake ipcMain with the sender frame as
// Electron would describe it; pushes go to the page one after another, in order, like
// `webContents.send`. Every message that crosses is recorded by the fake ipcMain.
import type { Frame, Page } from 'playwright-core';
import { PUSH } from '../../preload/contract';
import { APP_ORIGIN } from '../../main/core/window/app-origin';
import type { SenderFrame } from '../../main/ipc/sender-policy';
import { INVOKE_BINDING, PUSH_HOOK, type PushHook } from './bridge-names';
import type { MainSide } from './main-side';

export interface PagePipe {
  /** True while an invoke is being answered or a push delivered. */
  busy(): boolean;
}

/**
 * The frame as adapters/ipc-main.ts reports it: its current URL, with the test server's
 * origin standing in for app://glucobar, and whether it is a main frame; null once the frame
 * is gone. The URL is asked of the frame itself, because Playwright's `frame.url()` misses
 * `document.open()`, which gives a blank frame its opener's URL, as Chromium (and so
 * Electron's `senderFrame.url`) reports it.
 */
async function senderFrameOf(frame: Frame, testOrigin: string): Promise<SenderFrame | null> {
  let url: string;
  try {
    url = await frame.evaluate(() => location.href);
  } catch {
    return null;
  }
  const mapped = url.startsWith(`${testOrigin}/`)
    ? `${APP_ORIGIN}${url.slice(testOrigin.length)}`
    : url;
  return { url: mapped, isMainFrame: frame.parentFrame() === null };
}

/** Connects `page` to `main`; call before the page loads. */
export async function connectPage(
  page: Page,
  main: MainSide,
  testOrigin: string,
): Promise<PagePipe> {
  let pushes = Promise.resolve();
  let pendingPushes = 0;
  let pendingInvokes = 0;

  main.onPush(({ name, payload }) => {
    const channel = PUSH[name];
    pendingPushes += 1;
    pushes = pushes
      .then(async () => {
        main.ipc.recordPush(channel, payload);
        await page.evaluate(
          ([hook, ch, p]) => (window as unknown as Record<string, PushHook>)[hook]?.(ch, p),
          [PUSH_HOOK, channel, payload] as const,
        );
      })
      // A push while the page is (re)loading or closing is lost, as with webContents.send.
      .catch(() => undefined)
      .finally(() => (pendingPushes -= 1));
  });

  await page.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, ...args: unknown[]) => {
    pendingInvokes += 1;
    try {
      const senderFrame = await senderFrameOf(source.frame, testOrigin);
      return await main.ipc.invoke(String(channel), { senderFrame }, args);
    } finally {
      pendingInvokes -= 1;
    }
  });

  return { busy: () => pendingPushes > 0 || pendingInvokes > 0 };
}
