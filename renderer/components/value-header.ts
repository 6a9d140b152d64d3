// The value people glance at: big number in the chosen unit, arrow, trend words, delta and age,
// coloured by range and, never by colour alone, the range in words with a shape. An urgent low
// turns the whole header into a loud filled block. A reading that is not current must never
// look current.
import type { CurrentReading, Snapshot } from '../../preload/contract';
import { h, setText, show } from '../dom';
import { PRIVACY_MASK, masked } from '../../common/glucose/privacy';
import { rangeLabel, type RangeLabel } from '../../common/glucose/range-label';
import { formatDuration } from '../format/time';
import { isLive } from '../state/session-copy';
import { ENGLISH_WORDS, type Translator } from '../../common/i18n/translate';
import type { Component } from './component';

const LIMIT_KEYS = { HI: 'header.limitHi', LO: 'header.limitLo' } as const;
const SPOKEN_LIMIT_KEYS = { HI: 'header.spokenLimitHi', LO: 'header.spokenLimitLo' } as const;

/** The explanation line under a value that is not current, or null when it is current. */
export function notCurrentNote(
  current: CurrentReading,
  live: boolean,
  i18n: Translator = ENGLISH_WORDS,
): string | null {
  if (current.stale) {
    const duration = formatDuration(current.ageSeconds * 1000, 'down', i18n);
    return i18n.t('header.stale', { duration });
  }
  if (!live) return i18n.t('header.notLive', { age: current.display.age });
  return null;
}

/** The range label of the snapshot's current value; none in privacy mode (it would tell). */
export function currentLabel(
  snapshot: Snapshot,
  stale: boolean,
  i18n: Translator = ENGLISH_WORDS,
): RangeLabel | null {
  const current = snapshot.current;
  if (!current || stale || snapshot.privacy) return null;
  return rangeLabel(
    {
      tone: current.tone,
      sensorLimit: current.sensorLimit,
      urgentLowAlarm: snapshot.alarms.some((alarm) => alarm.kind === 'urgentLow'),
    },
    i18n,
  );
}

/** A headline inside a sentence: only its first letter lowered (German nouns keep theirs). */
function inSentence(words: string, i18n: Translator): string {
  return words.charAt(0).toLocaleLowerCase(i18n.locale.tag) + words.slice(1);
}

/** The reading as one sentence for screen readers: range, value and unit, trend, change. */
export function spokenReading(
  current: CurrentReading,
  privacy: boolean,
  label: RangeLabel | null = null,
  i18n: Translator = ENGLISH_WORDS,
): string {
  const d = current.display;
  const value = privacy
    ? PRIVACY_MASK
    : current.sensorLimit
      ? `${d.value}, ${i18n.t(SPOKEN_LIMIT_KEYS[current.sensorLimit])}`
      : `${d.value} ${d.unit}`;
  const parts = [i18n.t('header.spokenGlucose', { value })];
  if (label) parts.push(inSentence(label.words, i18n));
  if (!privacy) parts.push(d.trendWords);
  if (d.delta && !privacy)
    parts.push(i18n.t('header.spokenChange', { delta: d.delta, unit: d.unit }));
  const sentence = `${parts.join(', ')}, `;
  return label?.urgent ? `${label.words}! ${sentence}` : sentence;
}

export function createValueHeader(snapshot: Snapshot, i18n: Translator): Component<Snapshot> {
  const value = h('span', { class: 'value' });
  const unit = h('span', { class: 'unit' });
  const arrow = h('span', { class: 'arrow' });
  const shape = h('span', { class: 'range-shape' });
  const words = h('span', { class: 'range-words' });
  const range = h('span', { class: 'range-label' }, shape, words);
  const secondary = h('span', { class: 'secondary' });
  const trend = h('span', { class: 'trend-words' });
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
    h('div', { class: 'reading-line' }, range, value, unit, arrow),
    h('div', { class: 'reading-meta' }, secondary, trend, delta, age),
  );
  const empty = h('p', { class: 'reading-empty' }, i18n.t('header.empty'));
  const el = h(
    'section',
    // Where focus starts on open: a screen reader then reads the value first.
    {
      class: 'reading',
      'aria-label': i18n.t('header.label'),
      tabindex: -1,
      'data-autofocus': true,
    },
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
      delete el.dataset['urgent'];
      show(note, false);
      show(limit, false);
      setText(spokenValue, '');
      setText(spokenAge, '');
      return;
    }
    const d = current.display;
    const privacy = next.privacy;
    const stale = notCurrentNote(current, isLive(next), i18n);
    const label = currentLabel(next, stale !== null, i18n);
    // Privacy mode shows no range colour, arrow or trend: each would tell what the number hides.
    el.dataset['tone'] = stale ? 'stale' : privacy ? 'none' : (label?.tone ?? current.tone);
    if (label?.urgent) el.dataset['urgent'] = 'true';
    else delete el.dataset['urgent'];
    show(range, label !== null);
    setText(shape, label?.shape ?? '');
    setText(words, label?.words ?? '');
    el.classList.toggle('not-current', stale !== null);
    setText(value, masked(d.value, privacy));
    value.classList.toggle('masked', privacy);
    // In privacy mode a HI/LO reading looks like any other: same unit, same masked parts.
    const limitShown = current.sensorLimit !== null && !privacy;
    setText(unit, limitShown ? '' : d.unit);
    setText(arrow, privacy ? '' : d.arrow);
    const secondaryShown = d.secondary !== null || (privacy && next.units === 'both');
    setText(
      secondary,
      secondaryShown ? `${masked(d.secondary ?? '', privacy)} ${otherUnit(d.unit)}` : '',
    );
    show(secondary, secondaryShown);
    setText(trend, privacy ? '' : d.trendWords);
    show(trend, !privacy);
    // Masked, the change is always there: its absence would mark a HI/LO or first reading.
    setText(delta, privacy ? `${PRIVACY_MASK} ${d.unit}` : d.delta ? `${d.delta} ${d.unit}` : '');
    show(delta, privacy || (d.delta !== null && current.sensorLimit === null));
    setText(age, d.age);
    setText(limit, current.sensorLimit ? i18n.t(LIMIT_KEYS[current.sensorLimit]) : '');
    show(limit, current.sensorLimit !== null && !privacy);
    setText(note, stale ?? '');
    show(note, stale !== null);
    setText(spokenValue, spokenReading(current, privacy, label, i18n));
    setText(spokenAge, `${d.age}.${stale ? ` ${stale}.` : ''}`);
  }

  update(snapshot);
  return { el, update, destroy: () => el.remove() };
}

function otherUnit(unit: string): string {
  return unit === 'mmol/L' ? 'mg/dL' : 'mmol/L';
}
