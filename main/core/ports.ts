import type { Settings, SettingsPatch } from '../../common/settings';
import type { Credentials } from '../../common/credentials';
import type { Tone } from '../../common/glucose/vocabulary';
import type { IconSet } from './tray/icon-set';
import type { MenuItemModel } from './tray/tray-menu';

/**
 * What core needs from the outside world. Composition roots (main/index.ts for the app,
 * main/cli.ts for the command line, tests) pass implementations in; core never reaches
 * for globals, so a simulated month can run on a fake clock in seconds.
 *
 * Every port lives in this file (test/unit/architecture/ports.test.ts keeps it so): a reader
 * sees in one place everything core asks of the outside, and what a new platform must provide.
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

/**
 * The settings file as the settings service needs it. `read` rejects when the file cannot be
 * read or parsed; `backup` copies the stored bytes aside unchanged (even when they are not JSON)
 * and resolves to where the copy is, in words a person can follow (a file path).
 */
export interface SettingsStore extends KeyValueStore<unknown> {
  backup(): Promise<string>;
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

/**
 * The few file operations the history store needs, each complete and durable when it resolves
 * (node:fs in the app and the CLI; tests pass fakes that fail on purpose).
 */
export interface HistoryFs {
  /** Entry names; rejects with code ENOENT when the folder does not exist. */
  readdir(dir: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Creates the folder and its parents. */
  mkdir(dir: string): Promise<void>;
  /**
   * Creates the file with `data` only if it does not exist (resolves false when it did), so two
   * processes starting one day file never both write its header. Optional for test doubles:
   * without it a new file is created by `append`.
   */
  create?(path: string, data: Uint8Array): Promise<boolean>;
  /**
   * Whether an entry is a temp file a crashed rewrite left behind (safe to delete). Optional:
   * without it, `*.bin.tmp` names count as leftovers.
   */
  isLeftoverTemp?(name: string): boolean;
  /** Appends all of `data` (creating the file) and flushes it to the disk. */
  append(path: string, data: Uint8Array): Promise<void>;
  /** Replaces the file with `data` atomically: afterwards it holds the old or the new bytes. */
  replace(path: string, data: Uint8Array): Promise<void>;
  /** Deletes a file; a missing file is not an error. */
  remove(path: string): Promise<void>;
}

/**
 * What the tray presenter needs from the platform tray. The Electron adapter implements it
 * over `Tray` and `nativeImage`; tests use a recording fake. Every method is a plain
 * command: the presenter decides what changed, the adapter only applies it.
 */
export interface TrayPort {
  /** macOS only: text next to the icon. */
  setTitle(text: string, options: { monospacedDigits: boolean }): void;
  setToolTip(text: string): void;
  /** The monochrome template icon macOS tints for light, dark and highlighted menu bars. */
  setTemplateImage(): void;
  /** A pre-drawn, non-template icon in the tone's colour (template images cannot carry colour). */
  setColouredImage(tone: Tone): void;
  /** The value drawn into the icon, one PNG per scale factor (Windows, Linux). */
  setValueImage(icons: IconSet): void;
  /** The static app icon, used when drawing the value failed. */
  setFallbackImage(): void;
  setMenu(items: readonly MenuItemModel[]): void;
}

/** The update mechanism (electron-updater in the app, a fake in tests) the update policy drives. */
export interface UpdatePort {
  /** The newer version the feed offers, or null when this is the newest. */
  check(): Promise<string | null>;
  /** Resolves once the update is downloaded and verified. */
  download(): Promise<void>;
  restartAndInstall(): void;
  openDownloadPage(): void;
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
