// Live times (countdowns, "next try in 4 min"): re-rendered on a timer that each component owns
// and stops on destroy, so no interval outlives its screen.
import { h, setText } from '../dom';
import { formatCountdown, formatDuration, formatWhen } from '../format/time';
import type { Translator } from '../../common/i18n/translate';
import type { Component } from './component';

/** Calls `tick` now and then every `periodMs` until it returns false or is destroyed. */
export function startTicker(tick: () => boolean, periodMs: number): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  if (tick()) timer = setInterval(() => (tick() ? undefined : stop()), periodMs);
  return stop;
}

/**
 * `You can sign in again in 4:37 (at 14:35).`, ticking every second; calls `onDone` once the
 * time has come. role=timer keeps screen readers from announcing every second.
 */
export function createCountdown(
  target: number,
  words: { running: (countdown: string, time: string) => string; done: string },
  i18n: Translator,
  onDone: () => void = () => undefined,
): Component<number> {
  const el = h('p', { class: 'countdown', role: 'timer', 'data-time': '' });
  let stop = () => undefined as void;
  function start(at: number): void {
    stop();
    stop = startTicker(() => {
      const left = at - Date.now();
      if (left <= 0) {
        setText(el, words.done);
        onDone();
        return false;
      }
      setText(el, words.running(formatCountdown(left), formatWhen(at, Date.now(), i18n.locale)));
      return true;
    }, 1000);
  }
  start(target);
  return {
    el,
    update: start,
    destroy() {
      stop();
      el.remove();
    },
  };
}

/** `Next try at 14:40, in 9 min.` refreshed every 15 s; null target says the time is unknown. */
export function createRetryLine(target: number | null, i18n: Translator): Component<number | null> {
  const el = h('p', { class: 'retry-line', 'data-time': '' });
  let stop = () => undefined as void;
  function start(at: number | null): void {
    stop();
    if (at === null) {
      setText(el, i18n.t('retry.later'));
      return;
    }
    stop = startTicker(() => {
      const left = at - Date.now();
      setText(
        el,
        left > 0
          ? i18n.t('retry.next', {
              time: formatWhen(at, Date.now(), i18n.locale),
              duration: formatDuration(left, 'up', i18n),
            })
          : i18n.t('retry.now'),
      );
      return left > 0;
    }, 15_000);
  }
  start(target);
  return {
    el,
    update: start,
    destroy() {
      stop();
      el.remove();
    },
  };
}
