// webContents of a stand-in window (docs/api/web-contents.md): what main sent to the page, in
// order, and the page's state. `send` is in order and lost while the page is (re)loading or
// dead; every message is still recorded, since what main sent is what it meant to show.
import { EventEmitter } from 'node:events';
import type { BrowserContext, Page } from 'playwright-core';
import { PUSH_HOOK } from './page-preload';
import type { Session } from './protocol';

let nextId = 1;

export class WebContents extends EventEmitter {
  readonly id = nextId++;
  page: Page | null = null;
  context: BrowserContext | null = null;
  crashed = false;
  url = '';
  openHandler: unknown = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  private pushes: Promise<unknown> = Promise.resolve();
  /** Set by the window. */
  isDestroyed: () => boolean = () => false;
  /** Set by the window: reloads the current URL (a new renderer after a crash). */
  reload: () => void = () => undefined;
  loadURL: (url: string) => Promise<void> = async () => undefined;

  constructor(readonly session: Session) {
    super();
  }

  setWindowOpenHandler(handler: unknown): void {
    this.openHandler = handler;
  }

  getURL(): string {
    return this.url;
  }

  isCrashed(): boolean {
    return this.crashed;
  }

  openDevTools(): void {}

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, payload: args[0] });
    const page = this.page;
    if (!page || this.crashed) return;
    this.pushes = this.pushes
      .then(() =>
        page.evaluate(
          ([hook, ch, payload]) => {
            const push = (window as unknown as Record<string, (c: string, p: unknown) => void>)[
              hook
            ];
            push?.(ch, payload);
          },
          [PUSH_HOOK, channel, args[0]] as const,
        ),
      )
      .catch(() => undefined);
  }
}
