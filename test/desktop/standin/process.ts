// One Glucobar process on the stand-in machine: the `electron` module it sees and the
// built bundle (out/main/index.cjs) run unchanged with it. The bundle is compiled the way
// Node's CommonJS loader does it, with one more wrapper parameter, `process`, so it sees
// this personality's platform, argv and environment instead of the test runner's; the
// machine's disk and network policy reach it through node-views.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';
import { createApp } from './app';
import type { BrowserWindow, WindowWorld } from './browser-window';
import type { Machine } from './machine';
import type { ApplicationMenuState } from './menu';
import { IpcMain } from './ipc-main';
import { ProtocolModule, Session } from './protocol';
import { createNativeTheme } from './system';
import type { Tray } from './tray';
import { createElectronModule } from './electron-module';
import { guardedHttp, slowFsPromises } from './node-views';
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';

let nextPid = 1000;

/** The machine's wall clock: real time plus the time the machine spent asleep. */
function machineDate(offset: () => number): DateConstructor {
  const Real = Date;
  class MachineDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(Real.now() + offset());
      else super(...(args as [string]));
    }
    static override now(): number {
      return Real.now() + offset();
    }
  }
  return MachineDate as DateConstructor;
}

export class AppProcess {
  readonly pid = nextPid++;
  state: 'starting' | 'ready' | 'exited' = 'starting';
  exitCode: number | null = null;
  readonly stderr: string[] = [];
  /** What the process printed to stdout, one entry per write (the `glucobar` command's output). */
  readonly stdout: string[] = [];
  readonly windows = new Set<BrowserWindow>();
  readonly trays = new Set<Tray>();
  readonly ipcMain = new IpcMain();
  readonly protocol = new ProtocolModule(() => this.state !== 'starting');
  readonly session = new Session();
  readonly powerMonitor = new EventEmitter();
  /** Listeners the app added for 'exit' and SIGINT, SIGTERM, …: this process's own. */
  readonly ownEvents = new EventEmitter();
  readonly applicationMenu: ApplicationMenuState = { menu: undefined };
  readonly opened: string[] = [];
  /** Rejections nobody handled: Electron's main process only prints them and runs on. */
  readonly unhandled: unknown[] = [];
  relaunchArgs: string[] | null = null;
  readonly app: ReturnType<typeof createApp>;
  readonly nativeTheme: ReturnType<typeof createNativeTheme>;
  private readonly ready: Promise<void>;
  private markReady!: () => void;
  private readonly exited: Promise<void>;
  private markExited!: () => void;

  constructor(
    readonly machine: Machine,
    readonly argv: string[],
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    this.exited = new Promise((resolve) => (this.markExited = resolve));
    const platform = machine.personality.platform;
    this.app = createApp({
      platform,
      argv,
      isReady: () => this.state !== 'starting',
      whenReady: () => this.ready,
      requestLock: (data) => machine.requestLock(this, data),
      releaseLock: () => machine.releaseLock(this),
      holdsLock: () => machine.lockHolder === this,
      closeAllWindows: () => {
        for (const win of [...this.windows]) {
          win.close();
          if (!win.isDestroyed()) return false;
        }
        return true;
      },
      end: (code) => this.end(code),
      relaunch: (args) => (this.relaunchArgs = args ?? this.argv.slice(1)),
      paths: machine.pathsFor(),
      appPath: machine.repo,
      loginItems: machine.loginItems,
    });
    this.nativeTheme = createNativeTheme(machine.desktop);
  }

  isReady(): boolean {
    return this.state === 'ready';
  }

  alive(): boolean {
    return this.state !== 'exited';
  }

  whenExited(): Promise<void> {
    return this.exited;
  }

  private windowWorld(): WindowWorld {
    return {
      desktop: this.machine.desktop,
      newContext: (size) => this.machine.newContext(size),
      protocol: this.protocol,
      ipcMain: this.ipcMain,
      session: this.session,
      alive: () => this.alive(),
      coldStartMs: () => this.machine.rendererColdStartMs,
      track: (win) => this.windows.add(win),
      untrack: (win) => this.windows.delete(win),
    };
  }

  /** The `electron` module this process sees (electron-module.ts). */
  electronModule(): Record<string, unknown> {
    return createElectronModule(this, this.windowWorld());
  }

  /** Runs out/main/index.cjs in this process, then emits 'ready' on the next turn. */
  start(mainPath: string): void {
    const electron = this.electronModule();
    const fakeProcess = this.processFor();
    const nodeRequire = createRequire(mainPath);
    const machineViews: Record<string, unknown> = {
      electron,
      'node:fs/promises': slowFsPromises(nodeRequire('node:fs/promises'), this.machine),
      'node:http': guardedHttp(nodeRequire('node:http'), this.machine),
      'node:process': fakeProcess,
    };
    const requireForApp = (id: string) => machineViews[id] ?? nodeRequire(id);
    const source = readFileSync(mainPath, 'utf8');
    const run = compileFunction(
      source,
      ['exports', 'require', 'module', '__filename', '__dirname', 'process', 'Date'],
      { filename: mainPath },
    );
    const module = { exports: {} };
    const date = machineDate(() => this.machine.clockOffsetMs);
    run(module.exports, requireForApp, module, mainPath, dirname(mainPath), fakeProcess, date);
    setImmediate(() => {
      if (!this.alive()) return;
      this.state = 'ready';
      this.app.emit('will-finish-launching');
      this.app.emit('ready', {}, {});
      this.markReady();
    });
  }

  private processFor(): NodeJS.Process {
    const machine = this.machine;
    const overrides: Record<string | symbol, unknown> = {
      platform: machine.personality.platform,
      argv: this.argv,
      env: machine.env,
      execPath: machine.execPath,
      resourcesPath: `${machine.repo}/resources`,
      type: 'browser',
      versions: { ...process.versions, electron: '45.4.1', chrome: '140.0.0.0' },
      stderr: lineSink(this.stderr),
      stdout: lineSink(this.stdout),
      exit: (code = 0) => this.end(code),
      // 'exit' and signals concern each Electron process on its own: their listeners stay
      // with this process instead of piling up on the test runner's.
      ...ownListeners(this.ownEvents, () => fake),
    };
    const fake: NodeJS.Process = new Proxy(process, {
      get(target, key) {
        if (key in overrides) return overrides[key];
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return fake;
  }

  /** The process ends: windows and tray vanish, the lock is released, the disk is what it is. */
  end(code: number): void {
    if (this.state === 'exited') return;
    this.state = 'exited';
    this.exitCode = code;
    this.ownEvents.emit('exit', code);
    for (const win of [...this.windows]) win.destroy();
    for (const tray of [...this.trays]) tray.destroy();
    this.machine.processEnded(this);
    this.markExited();
  }

  /** The live, on-panel tray icon of this process, if any. */
  tray(): Tray | null {
    return [...this.trays].find((t) => t.isOnPanel()) ?? null;
  }

  popover(): BrowserWindow | null {
    return [...this.windows][0] ?? null;
  }

  /** The mini view's window (the one showing mini.html), if open. */
  miniView(): BrowserWindow | null {
    return [...this.windows].find((w) => w.webContents.url.endsWith('/mini.html')) ?? null;
  }
}

/** A stream for the app's stdout/stderr that keeps each write as one trimmed line. */
function lineSink(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const text = String(chunk).trimEnd();
      if (text !== '') lines.push(text);
      done();
    },
  });
}

/** process.on/once/off for 'exit' and signals, kept on `own`; other events go to Node's. */
function ownListeners(own: EventEmitter, self: () => NodeJS.Process): Record<string, unknown> {
  const route =
    (method: 'on' | 'once' | 'off') =>
    (event: string | symbol, listener: (...args: unknown[]) => void) => {
      const target =
        typeof event === 'string' && (event === 'exit' || event.startsWith('SIG'))
          ? own
          : (process as EventEmitter);
      target[method](event, listener);
      return self();
    };
  return {
    on: route('on'),
    addListener: route('on'),
    once: route('once'),
    off: route('off'),
    removeListener: route('off'),
  };
}
