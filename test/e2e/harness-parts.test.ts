// The e2e harness's own moving parts, checked without a browser: a clock that lets time stand
// still yet fires what is due, and the secret scan the security tests rely on.
import { describe, expect, it } from 'vitest';
import { findSecrets } from './secrets';
import { createSteppedClock } from './stepped-clock';

const tick = () => new Promise<void>((done) => setImmediate(done));

describe('stepped clock', () => {
  it('fires a due timer on its own but never moves time by itself', async () => {
    const clock = createSteppedClock(1_000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('now'), 0);
    clock.setTimeout(() => fired.push('later'), 5_000);
    expect(clock.dueTimers()).toBe(1);
    await tick();
    expect(fired).toEqual(['now']);
    expect(clock.now()).toBe(1_000);
    await new Promise((done) => setTimeout(done, 20));
    expect(fired).toEqual(['now']);
  });

  it('advances in time order, settling after each timer, and ends exactly at the target', async () => {
    const clock = createSteppedClock(0);
    const seen: Array<[string, number]> = [];
    clock.setTimeout(() => seen.push(['b', clock.now()]), 300);
    clock.setTimeout(() => {
      seen.push(['a', clock.now()]);
      // Scheduled while advancing and already due: still fired within this advance.
      clock.setTimeout(() => seen.push(['a+0', clock.now()]), 0);
    }, 100);
    const cancelled = clock.setTimeout(() => seen.push(['x', clock.now()]), 200);
    clock.clearTimeout(cancelled);
    let settles = 0;
    await clock.advance(1_000, async () => void (settles += 1));
    expect(seen).toEqual([
      ['a', 100],
      ['a+0', 100],
      ['b', 300],
    ]);
    expect(settles).toBe(3);
    expect(clock.now()).toBe(1_000);
  });
});

describe('secret scan', () => {
  const secret = 'hunter2-but-longer';

  it('finds a secret in any string, key or value, at any depth, without quoting it', () => {
    const found = findSecrets(
      [
        {
          direction: 'answer',
          channel: 'a',
          payload: { ok: true, value: ['x', { y: `..${secret}..` }] },
        },
        { direction: 'push', channel: 'b', payload: { [secret]: 1 } },
        { direction: 'push', channel: 'c', payload: { clean: 'nothing here', n: 5, z: null } },
      ],
      [secret],
    );
    expect(found).toEqual(['secret #0 in #0 answer a.value[1].y', 'secret #0 in #1 push b (key)']);
    expect(found.join()).not.toContain(secret);
  });

  it('refuses secrets too short to scan for without false alarms', () => {
    expect(() => findSecrets([], ['demo'])).toThrow(/shorter than 6/);
  });
});
