// The Chromium page behind a stand-in BrowserWindow: one Playwright context per window, sized
// to the window at its display's scale factor, with the real preload bundle and the app's
// protocol handler (page-preload.ts, page-origin.ts). Models docs/api/web-contents.md:
// - loadURL resolves on did-finish-load and rejects on did-fail-load. A load of `app://` with
//   no handler when the navigation starts fails with ERR_UNKNOWN_URL_SCHEME (protocol.ts).
// - render-process-gone { reason: 'crashed' } when the renderer dies; the page stays dead
//   until the app loads it again (then in a new renderer).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { IpcMain } from './ipc-main';
import { INVOKE_BINDING, preloadInitScript } from './page-preload';
import { appUrlToPage, pageUrlToApp, serveAppRequest } from './page-origin';
import type { ProtocolModule } from './protocol';
import type { WebContents } from './web-contents';

export interface PageWorld {
  newContext(size: { width: number; height: number }): Promise<BrowserContext>;
  protocol: ProtocolModule;
  ipcMain: IpcMain;
  alive(): boolean;
  /** How long a renderer takes before it can paint (a cold start on a slow machine). */
  coldStartMs(): number;
}

export class WindowPage {
  readonly ready: Promise<void>;

  constructor(
    private readonly world: PageWorld,
    private readonly contents: WebContents,
    size: { width: number; height: number },
    preload: string | undefined,
  ) {
    this.ready = this.open(size, preload);
  }

  private async open(
    size: { width: number; height: number },
    preload: string | undefined,
  ): Promise<void> {
    const context = await this.world.newContext(size);
    this.contents.context = context;
    if (preload)
      await context.addInitScript({ content: preloadInitScript(readFileSync(preload, 'utf8')) });
    await context.exposeBinding(
      INVOKE_BINDING,
      async (source, channel: unknown, ...args: unknown[]) => {
        let url: string;
        try {
          url = await source.frame.evaluate(() => location.href);
        } catch {
          return this.world.ipcMain.invoke(String(channel), null, this.contents, args);
        }
        const frame = { url: pageUrlToApp(url), isMainFrame: source.frame.parentFrame() === null };
        return this.world.ipcMain.invoke(String(channel), frame, this.contents, args);
      },
    );
    await context.route('**/*', (route) => serveAppRequest(route, this.world.protocol));
    await this.newPage();
  }

  private async newPage(): Promise<Page> {
    const page = await this.contents.context!.newPage();
    this.contents.page = page;
    this.contents.crashed = false;
    page.on('crash', () => {
      this.contents.crashed = true;
      if (this.world.alive()) {
        this.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
      }
    });
    return page;
  }

  async load(url: string): Promise<void> {
    this.contents.url = url;
    const scheme = new URL(url).protocol.replace(/:$/, '');
    // The handler is looked up when the navigation starts (see protocol.ts).
    if (scheme === 'app' && !this.world.protocol.isProtocolHandled(scheme)) {
      this.contents.emit('did-fail-load', {}, -302, 'ERR_UNKNOWN_URL_SCHEME', url, true);
      throw new Error(`ERR_UNKNOWN_URL_SCHEME (-302) loading '${url}'`);
    }
    await this.ready;
    const wait = this.world.coldStartMs();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    let page = this.contents.page!;
    if (this.contents.crashed) page = await this.newPage();
    try {
      await page.goto(appUrlToPage(url), { waitUntil: 'load' });
    } catch (error) {
      this.contents.emit('did-fail-load', {}, -2, 'ERR_FAILED', url, true);
      throw error;
    }
    this.contents.emit('did-finish-load', {});
  }

  close(): void {
    void this.ready.then(() => this.contents.context?.close()).catch(() => undefined);
  }
}
