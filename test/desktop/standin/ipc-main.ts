// ipcMain for one app process (docs/api/ipc-main.md). An invoke with no handler rejects with
// "No handler registered for '<channel>'" (lib/browser/ipc-main-impl.ts); the event carries
// `senderFrame` (a WebFrameMain: url, parent, origin) as Electron fills it in.
import { EventEmitter } from 'node:events';

export interface FrameDetails {
  url: string;
  isMainFrame: boolean;
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export class IpcMain extends EventEmitter {
  private readonly handlers = new Map<string, Handler>();
  /** Every message that crossed, both ways, for checks that nothing secret reached the page. */
  readonly messages: Array<{
    direction: 'invoke' | 'answer' | 'push';
    channel: string;
    payload: unknown;
  }> = [];

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: Handler): void {
    this.handle(channel, (...args) => {
      this.removeHandler(channel);
      return handler(...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  async invoke(
    channel: string,
    frame: FrameDetails | null,
    sender: unknown,
    args: unknown[],
  ): Promise<unknown> {
    this.messages.push({ direction: 'invoke', channel, payload: args });
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame =
      frame === null
        ? null
        : {
            url: frame.url,
            origin: new URL(frame.url).origin,
            parent: frame.isMainFrame ? null : {},
          };
    const answer = await handler({ senderFrame, sender, processId: 1, frameId: 1 }, ...args);
    this.messages.push({ direction: 'answer', channel, payload: answer });
    return answer;
  }
}
