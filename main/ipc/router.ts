import {
  INVOKE,
  type ErrorCode,
  type InvokeContracts,
  type InvokeName,
  type Result,
} from '../../preload/contract';
import type { z } from 'zod';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { Logger } from '../core/ports';
import { createRateLimitedLog } from '../core/rate-limited-log';
import { describeIssues } from '../core/settings/schema';
import { originOf } from '../core/window/app-origin';
import type { SenderFrame } from './sender-policy';
import { requestSchemas, type WireRequest } from './validators';

/** The event fields the router reads; adapters/ipc-main.ts builds them from Electron's event. */
export interface IpcInvokeEventLike {
  senderFrame: SenderFrame | null;
}

/** The narrow part of Electron's `ipcMain` the router uses. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export type IpcHandlers = {
  [K in InvokeName]: (request: WireRequest<K>) => Promise<InvokeContracts[K]['response']>;
};

/** Throw from a handler to answer `{ok: false, code, message}`; `message` is for the person. */
export class IpcFailure extends Error {
  override readonly name = 'IpcFailure';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface IpcRouterOptions {
  isTrustedSender(frame: SenderFrame | null, channel: InvokeName): boolean;
  handlers: IpcHandlers;
  logger: Logger;
  /** Turns known domain errors (LluError, SettingsError...) into failures; null = unexpected. */
  mapError?: (error: unknown) => IpcFailure | null;
  /** Clock for the refusal log's rate limit (hostile's addition); Date.now by default. */
  now?: () => number;
  /** The person's language now (the snapshot's) for the router's own answers; English by default. */
  words?: () => Translator;
}

/** Channels whose payload or errors may carry a secret: their details are never logged. */
const SECRET_CHANNELS: ReadonlySet<InvokeName> = new Set(['signIn']);

/**
 * The only code that registers IPC handlers. For every invoke channel of the contract, and
 * nothing else: check the sender, validate the payload, call the typed handler, and answer
 * with a Result envelope (errors thrown across `handle` would reach the renderer as a bare
 * message, Electron "Inter-Process Communication"). On any rejection the handler is not
 * called. Payloads are never logged.
 */
export function createIpcRouter(
  ipcMain: IpcMainLike,
  options: IpcRouterOptions,
): { dispose(): void } {
  const { logger } = options;
  const words = (): Translator => {
    try {
      return options.words?.() ?? ENGLISH_WORDS;
    } catch {
      return ENGLISH_WORDS;
    }
  };
  // A hostile page can repeat a refused call in a loop: a few lines a minute per kind, counted.
  const refusals = createRateLimitedLog(logger, options.now ?? Date.now);
  const registered: string[] = [];

  function fail(code: ErrorCode, message: string): Result<never> {
    return { ok: false, code, message };
  }

  function mapKnownError(error: unknown): IpcFailure | null {
    try {
      return options.mapError?.(error) ?? null;
    } catch {
      return null;
    }
  }

  async function serve(name: InvokeName, event: IpcInvokeEventLike, args: unknown[]) {
    const frame = event?.senderFrame ?? null;
    let trusted: boolean;
    try {
      trusted = options.isTrustedSender(frame, name) === true;
    } catch {
      trusted = false;
    }
    if (!trusted) {
      refusals.warn(`sender:${name}`, 'IPC request from an untrusted sender refused', {
        channel: name,
        origin: frame === null ? 'no frame' : (originOf(frame.url) ?? 'unparseable'),
        mainFrame: frame?.isMainFrame ?? null,
      });
      return fail('forbidden', words().t('result.forbidden'));
    }
    if (args.length > 1) {
      refusals.warn(`arguments:${name}`, 'IPC request refused: too many arguments', {
        channel: name,
        count: args.length,
      });
      return fail('invalid_request', words().t('result.invalidRequest'));
    }
    const parsed = (requestSchemas[name] as z.ZodType).safeParse(args[0]);
    if (!parsed.success) {
      refusals.warn(`payload:${name}`, 'IPC request refused: invalid payload', {
        channel: name,
        fields: parsed.error.issues.map((issue) => issue.path.join('.') || '(request)').join(', '),
      });
      const message = SECRET_CHANNELS.has(name)
        ? words().t('result.signInInvalid')
        : words().t('result.invalidRequestBecause', {
            details: describeIssues(parsed.error, words()),
          });
      return fail('invalid_request', message);
    }
    try {
      const handler = options.handlers[name] as (request: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const failure = error instanceof IpcFailure ? error : mapKnownError(error);
      if (failure !== null) return fail(failure.code, failure.message);
      logger.error('IPC handler failed', {
        channel: name,
        error: error instanceof Error ? error.name : typeof error,
        ...(SECRET_CHANNELS.has(name) || !(error instanceof Error)
          ? {}
          : { message: error.message.slice(0, 200) }),
      });
      return fail('internal', words().t('result.internal'));
    }
  }

  for (const name of Object.keys(INVOKE) as InvokeName[]) {
    const channel = INVOKE[name];
    ipcMain.handle(channel, (event, ...args) => serve(name, event, args));
    registered.push(channel);
  }

  return {
    dispose() {
      for (const channel of registered.splice(0)) ipcMain.removeHandler(channel);
    },
  };
}
