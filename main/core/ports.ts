import type { Settings, SettingsPatch } from '../../common/settings';
import type { Credentials } from '../../common/credentials';

/**
 * What core needs from the outside world. Composition roots (main/index.ts for the app,
 * main/cli.ts for the command line, tests) pass implementations in; core never reaches
 * for globals, so a simulated month can run on a fake clock in seconds.
 */

/** Wall clock and timers. `now()` is epoch milliseconds. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Opaque timer handle: whatever the clock returned. */
export type TimerHandle = { readonly __timer?: never } | number | object;

export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Structured logger. Callers must never pass a password, a token or a credentialed URL. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface HttpRequestInit {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /**
   * Always 'manual': a redirect is never followed, because a followed 307/308 re-sends the
   * login body (e-mail and password) to whatever origin the redirect names. LibreLinkUp
   * changes region with a JSON answer, never with an HTTP redirect.
   */
  redirect: 'manual';
}

/** The part of a fetch Response that core reads. Bodies are read as text: never assume JSON. */
export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  /**
   * The body as a stream (fetch Responses have one). Read in chunks so that a huge or
   * decompression-bomb body can be stopped at a size cap instead of filling memory.
   */
  body?: ReadableStream<Uint8Array> | null;
  /** 'opaqueredirect' where a fetch reports a refused redirect that way (browsers). */
  type?: string;
}

/** Node's fetch in the CLI and tests; Electron's proxy-aware `net.fetch` in the app. */
export type FetchLike = (url: string, init: HttpRequestInit) => Promise<HttpResponse>;

/**
 * Encrypts secrets at rest (Electron safeStorage in the app). Ciphertext is base64 text.
 * `kind` tells whether the OS offers a real key store; `basic_text` means Linux without one.
 */
export interface SecretBox {
  kind(): Promise<'os' | 'basic_text' | 'unavailable'>;
  encrypt(plain: string): Promise<string>;
  decrypt(cipher: string): Promise<{ value: string; shouldReEncrypt: boolean }>;
}

/** A small persistent key/value document (settings, encrypted secrets, session cache). */
export interface KeyValueStore<T> {
  read(): Promise<T | undefined>;
  write(value: T): Promise<void>;
  clear(): Promise<void>;
}

export type NotificationUrgency = 'normal' | 'critical';

export interface Notifier {
  notify(notification: {
    id: string;
    title: string;
    body: string;
    urgency: NotificationUrgency;
  }): void;
}

/** The settings as core needs them; the app backs this with electron-store, tests with memory. */
export interface SettingsAccess {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
  onChange(listener: (settings: Settings) => void): () => void;
}

/** Where the app keeps credentials (encrypted by the desktop app; never on disk by the CLI). */
export interface CredentialKeeper {
  save(credentials: Credentials): Promise<void>;
  clear(): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};
