import { describe, expect, it, vi } from 'vitest';
import { buildRendererApi, type IpcRendererLike } from '../../../preload/build-api';
import { INVOKE, PUSH, type Snapshot } from '../../../preload/contract';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn(
      (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    ),
  } satisfies IpcRendererLike;
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'secret-event-object' }, payload);
  };
  return { ipc, emit, listeners };
}

describe('renderer bridge', () => {
  it('exposes exactly one named method per channel and nothing else', () => {
    const api = buildRendererApi(fakeIpc().ipc);
    const expected = [
      ...Object.keys(INVOKE),
      ...Object.keys(PUSH).map((k) => `on${k[0]!.toUpperCase()}${k.slice(1)}`),
    ];
    expect(Object.keys(api).sort()).toEqual(expected.sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the channel with the request only', async () => {
    const { ipc } = fakeIpc();
    const api = buildRendererApi(ipc);
    await api.getHistory({ patientId: 'p1', span: '24h' });
    await api.getSnapshot();
    expect(ipc.invoke).toHaveBeenNthCalledWith(1, INVOKE.getHistory, {
      patientId: 'p1',
      span: '24h',
    });
    expect(ipc.invoke).toHaveBeenNthCalledWith(2, INVOKE.getSnapshot);
  });

  it('listeners get only the payload and can unsubscribe', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = buildRendererApi(ipc);
    const seen: unknown[][] = [];
    const off = api.onSnapshot((...args: unknown[]) => seen.push(args));
    emit(PUSH.snapshot, { generatedAt: 1 } as Partial<Snapshot>);
    expect(seen).toEqual([[{ generatedAt: 1 }]]);
    off();
    expect(listeners.get(PUSH.snapshot)?.size).toBe(0);
    emit(PUSH.snapshot, { generatedAt: 2 });
    expect(seen).toHaveLength(1);
  });
});
