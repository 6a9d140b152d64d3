// The mini view: value, arrow, delta, age and the last hours' curve, for a glance from any
// app. It renders the Snapshot it is handed with the popover's own rules (value-header.ts:
// what is not current and why, range words and shape, the spoken sentence; common/glucose:
// the privacy mask), so no view can show more, or more confidently, than another.
import type { HistorySeries, Snapshot } from '../../preload/contract';
import { masked } from '../../common/glucose/privacy';
import { currentLabel, notCurrentNote, spokenReading } from '../components/value-header';
import { h, setText, show } from '../dom';
import { isLive, sessionCopy } from '../state/session-copy';
import type { Translator } from '../../common/i18n/translate';
import { sparklineShape } from './sparkline';

const SVG = 'http://www.w3.org/2000/svg';
export const CURVE_SPAN_MS = 3 * 60 * 60_000;
const CURVE = { width: 200, height: 44 };

export interface MiniViewParts {
  el: HTMLElement;
  /** Draws the snapshot; `i18n` speaks its locale (main.ts loads the catalog). */
  update(snapshot: Snapshot, series: HistorySeries | null, i18n: Translator): void;
}

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
}

export function createMiniView(onClose: () => void): MiniViewParts {
  const value = h('span', { class: 'value' });
  const arrow = h('span', { class: 'arrow' });
  const delta = h('span', { class: 'delta' });
  const shape = h('span', { class: 'range-shape' });
  const words = h('span', { class: 'range-words' });
  const range = h('span', { class: 'range' }, shape, words);
  const age = h('span', { class: 'age' });
  const note = h('p', { class: 'note' });
  const spoken = h('p', { class: 'sr-only' });
  const close = h('button', { type: 'button', class: 'close', onclick: () => onClose() }, '×');
  const band = svg('rect', { class: 'band', x: '0', width: String(CURVE.width) });
  const line = svg('path', { class: 'line' });
  const dot = svg('circle', { class: 'dot', r: '2.5' });
  const curve = svg('svg', {
    class: 'curve',
    viewBox: `0 0 ${CURVE.width} ${CURVE.height}`,
    role: 'img',
  });
  curve.append(band, line, dot);
  const hidden = h('p', { class: 'curve-hidden' });
  const title = h('h1', { id: 'mini-title', class: 'sr-only' });
  const visual = h(
    'div',
    { class: 'visual', 'aria-hidden': 'true' },
    h('div', { class: 'line1' }, value, arrow, delta),
    h('div', { class: 'line2' }, range, age),
  );
  const el = h(
    'section',
    { class: 'mini', 'aria-labelledby': 'mini-title' },
    title,
    close,
    visual,
    note,
    spoken,
    curve,
    hidden,
  );

  /** The words that do not depend on the reading, in the snapshot's language. */
  function fixedWords(i18n: Translator): void {
    setText(title, i18n.t('miniPage.region'));
    close.title = i18n.t('miniPage.closeHint');
    close.setAttribute('aria-label', i18n.t('miniPage.close'));
    curve.setAttribute('aria-label', i18n.t('miniPage.curveLabel'));
    setText(hidden, i18n.t('miniPage.curveHidden'));
  }

  function update(snapshot: Snapshot, series: HistorySeries | null, i18n: Translator): void {
    fixedWords(i18n);
    const current = snapshot.current;
    const privacy = snapshot.privacy;
    const stale = current ? notCurrentNote(current, isLive(snapshot), i18n) : null;
    const label = currentLabel(snapshot, stale !== null, i18n);
    el.dataset['tone'] = !current || privacy ? 'none' : stale ? 'stale' : current.tone;
    el.classList.toggle('not-current', stale !== null);
    if (label?.urgent) el.dataset['urgent'] = 'true';
    else delete el.dataset['urgent'];
    const d = current?.display;
    setText(value, d ? masked(d.value, privacy) : i18n.t('miniPage.noReading'));
    value.classList.toggle('masked', privacy && d !== undefined);
    value.classList.toggle('empty', d === undefined);
    // Privacy and a value that is not current: no arrow, no change (each would read as "now").
    setText(arrow, d && !privacy && !stale ? d.arrow : '');
    setText(delta, d?.delta && !privacy && !stale ? `${d.delta} ${d.unit}` : '');
    show(delta, Boolean(d?.delta) && !privacy && !stale && current?.sensorLimit === null);
    show(range, label !== null);
    setText(shape, label?.shape ?? '');
    setText(words, label?.words ?? '');
    setText(age, d ? d.age : '');
    const why = !current
      ? isLive(snapshot)
        ? i18n.t('miniPage.waiting')
        : sessionCopy(snapshot, i18n).title
      : (stale ?? snapshot.readingProblem?.message ?? null);
    setText(note, why ?? '');
    show(note, why !== null);
    setText(
      spoken,
      current
        ? `${spokenReading(current, privacy, label, i18n)}${d!.age}.${why ? ` ${why}.` : ''}`
        : `${i18n.t('miniPage.noReading')}. ${why ?? ''}`,
    );
    drawCurve(snapshot, privacy ? null : series);
    show(hidden, privacy);
  }

  function drawCurve(snapshot: Snapshot, series: HistorySeries | null): void {
    const usable = series !== null && series.patientId === snapshot.selectedPatientId;
    curve.toggleAttribute('hidden', !usable);
    if (!usable) return;
    const shape = sparklineShape({
      times: series.times,
      mgdl: series.mgdl,
      to: snapshot.generatedAt,
      spanMs: CURVE_SPAN_MS,
      targets: snapshot.targets,
      ...CURVE,
    });
    line.setAttribute('d', shape.line);
    band.setAttribute('y', String(shape.band?.y ?? 0));
    band.setAttribute('height', String(shape.band?.height ?? 0));
    dot.setAttribute('cx', String(shape.last?.x ?? -10));
    dot.setAttribute('cy', String(shape.last?.y ?? -10));
  }

  return { el, update };
}
