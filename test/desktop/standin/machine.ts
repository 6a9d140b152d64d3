// One computer of a given personality: its desktop, disk, key store, network, login items and
// the single-instance lock, shared by every Glucobar process launched on it.
// The disk: when the last process ends, what is on disk at that moment is what the next
// launch finds. Writes a dead process still had pending go to the old copy and are lost, as
// they are when Electron's process exits with promises outstanding.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { randomBytes } from 'node:crypto';
import { Desktop } from './desktop';
import type { Network } from './network';
import { PERSONALITIES, type PersonalityName } from './personalities';
import { AppProcess } from './process';
import type { KeyStore, KeyStoreBackend } from './safe-storage';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');

export interface MachineOptions {
  personality: PersonalityName;
  browser: Browser;
  /** Default: the personality's key store; `basic_text` is Linux without one. */
  keyStore?: KeyStoreBackend;
  /** macOS: is the build code-signed (notifications need it)? Default: no, like a dev build. */
  signed?: boolean;
  /** The built app to run; default GLUCOBAR_STANDIN_MAIN or out/main/index.cjs. */
  mainPath?: string;
}

export class Machine {
  readonly personality;
  readonly desktop: Desktop;
  readonly root = mkdtempSync(join(tmpdir(), 'glucobar-standin-'));
  readonly keyStore: KeyStore;
  readonly loginItems = { openAtLogin: false };
  readonly network: Network = { llu: null, requests: [] };
  readonly processes: AppProcess[] = [];
  readonly repo = REPO;
  readonly execPath: string;
  readonly signed: boolean;
  readonly mainPath: string;
  lockHolder: AppProcess | null = null;
  /** Milliseconds before each disk change starts (node-views.ts, slowFsPromises); 0: instant. */
  diskLatencyMs = 0;
  /** While true, every change to the disk fails with EBUSY (node-views.ts, slowFsPromises). */
  diskBusy = false;
  /** The machine's policy refuses the app a listening socket (node-views.ts, guardedHttp). */
  listenRefused = false;
  /** Milliseconds before a renderer paints its page (window-page.ts); 0: at once. */
  rendererColdStartMs = 0;
  private generation = 0;
  private readonly contexts = new Set<BrowserContext>();

  constructor(private readonly options: MachineOptions) {
    this.personality = PERSONALITIES[options.personality];
    this.desktop = new Desktop(this.personality);
    this.keyStore = {
      backend: options.keyStore ?? this.personality.keyStore,
      refuses: false,
      secret: randomBytes(32),
    };
    this.signed = options.signed ?? false;
    // Another build (e.g. an older commit's out/) can be tried with GLUCOBAR_STANDIN_MAIN=path.
    this.mainPath =
      options.mainPath ??
      process.env.GLUCOBAR_STANDIN_MAIN ??
      join(REPO, 'out', 'main', 'index.cjs');
    this.execPath = join(this.root, 'Glucobar');
  }

  get disk(): string {
    return join(this.root, `disk-${this.generation}`);
  }

  get env(): NodeJS.ProcessEnv {
    return {
      HOME: join(this.disk, 'home'),
      XDG_CONFIG_HOME: join(this.disk, 'config'),
      LANG: 'en_GB.UTF-8',
      ...(this.personality.platform === 'linux'
        ? { XDG_SESSION_TYPE: this.personality.wayland ? 'wayland' : 'x11' }
        : {}),
      ...(process.env.GLUCOBAR_STANDIN_LOG
        ? { GLUCOBAR_LOG: process.env.GLUCOBAR_STANDIN_LOG }
        : {}),
    };
  }

  pathsFor(): Record<string, string> & { userData: string } {
    const paths = {
      home: join(this.disk, 'home'),
      appData: join(this.disk, 'appData'),
      userData: join(this.disk, 'appData', 'Glucobar'),
      temp: join(this.root, 'tmp'),
      logs: join(this.disk, 'logs'),
      exe: this.execPath,
      desktop: join(this.disk, 'home', 'Desktop'),
      documents: join(this.disk, 'home', 'Documents'),
      downloads: join(this.disk, 'home', 'Downloads'),
    };
    for (const dir of Object.values(paths)) {
      // A test may have put a file where a folder should be: that is the app's problem.
      if (dir !== this.execPath && !existsSync(dir)) mkdirSync(dir, { recursive: true });
    }
    return paths;
  }

  /** Starts Glucobar as a person (or the OS) would, with these command-line arguments. */
  launch(args: string[] = []): AppProcess {
    const proc = new AppProcess(this, [this.execPath, ...args]);
    this.processes.push(proc);
    proc.start(this.mainPath);
    return proc;
  }

  alive(): AppProcess[] {
    return this.processes.filter((p) => p.alive());
  }

  requestLock(proc: AppProcess, additionalData: unknown): boolean {
    const holder = this.lockHolder;
    if (holder === null || !holder.alive() || holder === proc) {
      this.lockHolder = proc;
      return true;
    }
    // app.md 'second-instance': emitted in the first instance when a second one asks.
    setImmediate(() => {
      if (holder.alive())
        holder.app.emit('second-instance', {}, proc.argv, this.root, additionalData);
    });
    return false;
  }

  releaseLock(proc: AppProcess): void {
    if (this.lockHolder === proc) this.lockHolder = null;
  }

  processEnded(proc: AppProcess): void {
    this.releaseLock(proc);
    if (this.alive().length === 0) {
      // A Unix socket is not a file to keep: it is dead with its process (and cannot be copied).
      cpSync(this.disk, join(this.root, `disk-${this.generation + 1}`), {
        recursive: true,
        filter: (source) => !lstatSync(source).isSocket(),
      });
      this.generation += 1;
    }
    const args = proc.relaunchArgs;
    // app.md relaunch: a new instance starts after this one has exited.
    if (args !== null) setTimeout(() => this.launch(args), 20);
  }

  async newContext(size: { width: number; height: number }): Promise<BrowserContext> {
    const context = await this.options.browser.newContext({
      viewport: size,
      deviceScaleFactor: this.personality.scaleFactor,
      locale: 'en-GB',
      timezoneId: 'UTC',
      colorScheme: this.desktop.appTheme,
    });
    this.contexts.add(context);
    return context;
  }

  /** How far the machine's clock is ahead of real time: the sleeps it has had. */
  clockOffsetMs = 0;

  /**
   * The person closes the lid for `sleepMs` and opens it again (power-monitor.md 'suspend',
   * 'resume'): the wall clock jumps, timers did not run meanwhile.
   */
  suspendAndResume(sleepMs = 20 * 60_000): void {
    for (const p of this.alive()) p.powerMonitor.emit('suspend');
    this.clockOffsetMs += sleepMs;
    for (const p of this.alive()) p.powerMonitor.emit('resume');
  }

  /** Ends whatever is still running and removes the machine's files. */
  async dispose(): Promise<void> {
    for (const p of this.alive()) p.end(0);
    await Promise.all([...this.contexts].map((c) => c.close().catch(() => undefined)));
    rmSync(this.root, { recursive: true, force: true });
  }
}
