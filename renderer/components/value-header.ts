// The value people glance at: big number in the chosen unit, arrow, trend words, delta and age,
// coloured by range. A reading that is not current must never look current.
import type { CurrentReading, Snapshot } from '../../preload/contract';
import { h, setText, show } from '../dom';
import { PRIVACY_MASK, masked } from '../../common/glucose/privacy';
import { formatDuration } from '../format/time';
import { isLive } from '../state/session-copy';
import type { Component } from './component';

const LIMIT_WORDS = {
  HI: 'Above what the sensor can measure',
  LO: 'Below what the sensor can measure',
} as const;

/** The explanation line under a value that is not current, or null when it is current. */
export function notCurrentNote(current: CurrentReading, live: boolean): string | null {
  if (current.stale) {
    return `No new reading for ${formatDuration(current.ageSeconds * 1000, 'down')} — this is not the current value`;
  }
  if (!live) return `Last reading ${current.display.age} — not updating right now`;
  return null;
}

/** The reading as one sentence for screen readers: value and unit, trend in words, change. */
export function spokenReading(current: CurrentReading, privacy: boolean): string {
  const d = current.display;
  const value = privacy
    ? PRIVACY_MASK
    : current.sensorLimit
      ? `${d.value}, ${LIMIT_WORDS[current.sensorLimit].toLowerCase()}`
      : `${d.value} ${d.unit}`;
  const parts = [`Glucose ${value}`, d.trendWords];
  if (d.delta && !privacy) parts.push(`change ${d.delta} ${d.unit}`);
  return `${parts.join(', ')}, `;
}

export function createValueHeader(snapshot: Snapshot): Component<Snapshot> {
  const value = h('span', { class: 'value' });
  const unit = h('span', { class: 'unit' });
  const arrow = h('span', { class: 'arrow' });
  const secondary = h('span', { class: 'secondary' });
  const words = h('span', { class: 'trend-words' });
  const delta = h('span', { class: 'delta' });
  const age = h('span', { class: 'age', 'data-time': '' });
  const limit = h('p', { class: 'limit-note' });
  const note = h('p', { class: 'stale-note' });
  const spokenValue = h('span', {});
  const spokenAge = h('span', { 'data-time': '' });
  const spoken = h('p', { class: 'sr-only' }, spokenValue, spokenAge);
  const visual = h(
    'div',
    { class: 'reading-visual', 'aria-hidden': 'true' },
    h('div', { class: 'reading-line' }, value, unit, arrow),
    h('div', { class: 'reading-meta' }, secondary, words, delta, age),
  );
  const empty = h('p', { class: 'reading-empty' }, 'No reading yet');
  const el = h(
    'section',
    // Where focus starts on open: a screen reader then reads the value first.
    { class: 'reading', 'aria-label': 'Current reading', tabindex: -1, 'data-autofocus': true },
    visual,
    limit,
    note,
    spoken,
    empty,
  );

  function update(next: Snapshot): void {
    const current = next.current;
    show(empty, current === null);
    show(visual, current !== null);
    if (!current) {
      el.dataset['tone'] = 'none';
      show(note, false);
      show(limit, false);
      setText(spokenValue, '');
      setText(spokenAge, '');
      return;
    }
    const d = current.display;
    const privacy = next.privacy;
    const stale = notCurrentNote(current, isLive(next));
    el.dataset['tone'] = stale ? 'stale' : current.tone;
    el.classList.toggle('not-current', stale !== null);
    setText(value, masked(d.value, privacy));
    value.classList.toggle('masked', privacy);
    setText(unit, current.sensorLimit ? '' : d.unit);
    setText(arrow, d.arrow);
    setText(secondary, d.secondary ? `${masked(d.secondary, privacy)} ${otherUnit(d.unit)}` : '');
    show(secondary, d.secondary !== null);
    setText(words, d.trendWords);
    setText(delta, d.delta ? `${privacy ? PRIVACY_MASK : d.delta} ${d.unit}` : '');
    show(delta, d.delta !== null && current.sensorLimit === null);
    setText(age, d.age);
    setText(limit, current.sensorLimit ? LIMIT_WORDS[current.sensorLimit] : '');
    show(limit, current.sensorLimit !== null && !privacy);
    setText(note, stale ?? '');
    show(note, stale !== null);
    setText(spokenValue, spokenReading(current, privacy));
    setText(spokenAge, `${d.age}.${stale ? ` ${stale}.` : ''}`);
  }

  update(snapshot);
  return { el, update, destroy: () => el.remove() };
}

function otherUnit(unit: string): string {
  return unit === 'mmol/L' ? 'mg/dL' : 'mmol/L';
}
