// The app's lifecycle: single instance, a second launch, a failing start, and quitting that
// waits for the last readings to be written.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/ports';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  const state = { lock: true, ready: Promise.resolve() as Promise<void> };
  const app = {
    requestSingleInstanceLock: vi.fn(() => state.lock),
    releaseSingleInstanceLock: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => state.ready),
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return app;
    }),
  };
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of listeners.get(event) ?? []) listener(...args);
  };
  const dialog = { showErrorBox: vi.fn() };
  return { app, dialog, listeners, state, emit };
});

vi.mock('electron', () => ({ app: fake.app, dialog: fake.dialog }));

const { runSingleInstance, SHUTDOWN_TIMEOUT_MS } =
  await import('../../../main/adapters/app-lifecycle');

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function running() {
  return { openPopover: vi.fn(), shutdown: vi.fn(async (): Promise<void> => undefined) };
}

beforeEach(() => {
  vi.clearAllMocks();
  fake.listeners.clear();
  fake.state.lock = true;
  fake.state.ready = Promise.resolve();
});

describe('single instance', () => {
  it('a second process quits at once without starting', async () => {
    fake.state.lock = false;
    const start = vi.fn(async () => running());
    runSingleInstance({ start, logger: silentLogger });
    await flush();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(start).not.toHaveBeenCalled();
  });

  it('a second launch opens the first instance’s popover', async () => {
    const app = running();
    runSingleInstance({ start: async () => app, logger: silentLogger });
    await flush();
    fake.emit('second-instance', {}, ['glucobar'], '/');
    expect(app.openPopover).toHaveBeenCalledTimes(1);
  });

  it('a second launch during start opens the popover once started', async () => {
    let finish: (value: ReturnType<typeof running>) => void = () => undefined;
    const app = running();
    runSingleInstance({
      start: () => new Promise((resolve) => (finish = resolve)),
      logger: silentLogger,
    });
    await flush();
    fake.emit('second-instance', {}, ['glucobar'], '/');
    expect(app.openPopover).not.toHaveBeenCalled();
    finish(app);
    await flush();
    expect(app.openPopover).toHaveBeenCalledTimes(1);
  });
});

describe('a failing start', () => {
  it('shows an error, gives the lock back and exits: never an invisible process', async () => {
    const exit = vi.fn();
    runSingleInstance({
      start: async () => {
        throw new Error('The settings file could not be read.');
      },
      logger: silentLogger,
      exit,
    });
    await flush();
    await flush();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(fake.dialog.showErrorBox.mock.calls[0]?.[1]).toContain(
      'The settings file could not be read.',
    );
    expect(fake.app.releaseSingleInstanceLock).toHaveBeenCalled();
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('words the dialog in the OS’s language, English when the OS cannot say', async () => {
    const failing = async () => {
      throw new Error('EIO');
    };
    Object.assign(fake.app, { getPreferredSystemLanguages: () => ['fr-CH', 'en-US'] });
    runSingleInstance({ start: failing, logger: silentLogger, exit: vi.fn() });
    await flush();
    await flush();
    expect(fake.dialog.showErrorBox.mock.calls.at(-1)?.[0]).toBe('Glucobar n’a pas pu démarrer');
    Object.assign(fake.app, {
      getPreferredSystemLanguages: () => {
        throw new Error('not ready');
      },
    });
    runSingleInstance({ start: failing, logger: silentLogger, exit: vi.fn() });
    await flush();
    await flush();
    expect(fake.dialog.showErrorBox.mock.calls.at(-1)?.[0]).toBe('Glucobar could not start');
  });
});

describe('quitting', () => {
  it('waits for shutdown (history flushed) before quitting for real', async () => {
    let flushed: () => void = () => undefined;
    const app = running();
    app.shutdown.mockImplementation(() => new Promise<void>((resolve) => (flushed = resolve)));
    runSingleInstance({ start: async () => app, logger: silentLogger });
    await flush();
    const first = { preventDefault: vi.fn() };
    fake.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(app.shutdown).toHaveBeenCalledTimes(1);
    // A second quit request meanwhile does not start another shutdown nor quit early.
    const again = { preventDefault: vi.fn() };
    fake.emit('before-quit', again);
    expect(again.preventDefault).toHaveBeenCalled();
    expect(app.shutdown).toHaveBeenCalledTimes(1);
    expect(fake.app.quit).not.toHaveBeenCalled();
    flushed();
    await flush();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    const last = { preventDefault: vi.fn() };
    fake.emit('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when shutdown hangs', async () => {
    vi.useFakeTimers();
    try {
      const app = running();
      app.shutdown.mockImplementation(() => new Promise<void>(() => undefined));
      runSingleInstance({ start: async () => app, logger: silentLogger });
      await vi.advanceTimersByTimeAsync(0);
      fake.emit('before-quit', { preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(SHUTDOWN_TIMEOUT_MS);
      expect(fake.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
