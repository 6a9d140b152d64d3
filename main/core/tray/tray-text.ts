/**
 * The words of the tray: tooltip lines and the one-sentence screen-reader label. Values,
 * arrows, deltas and ages arrive preformatted from main (CurrentReading.display); this
 * module only arranges them, so the tray and the popover never disagree.
 */
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { SessionView } from '../../../common/session';
import type { CurrentReading } from '../../../common/snapshot';
import { maskedName } from '../../../common/glucose/privacy';
import { rangeWords } from '../../../common/glucose/range';
import { ENGLISH_WORDS, type Translator } from '../../../common/i18n/translate';
import { statusWords } from './tray-status';

/** Windows truncates tray tooltips at 127 characters (NOTIFYICONDATA szTip is 128 wide). */
export const TOOLTIP_MAX_LENGTH = 127;

export interface TextInput {
  patientName: string | null;
  current: CurrentReading | null;
  session: SessionView;
  units: UnitsPreference;
  privacy: boolean;
  paused: boolean;
  /** The sensor sentence (warm-up, days left, ended), shown after the value; llu's addition. */
  sensorLine?: string | null;
  /** Why LibreLinkUp's newest reading is not shown (clock, impossible value); hostile's addition. */
  readingProblem?: string | null;
  /** The words' language: the snapshot's locale (English when absent). */
  i18n?: Translator;
}

/** The unit spoken in full (a screen reader says "mmol/L" letter by letter). */
function unitWords(unit: string, i18n: Translator): string {
  if (unit === 'mg/dL') return i18n.t('label.unitMgdl');
  if (unit === 'mmol/L') return i18n.t('label.unitMmol');
  return unit;
}

function otherUnit(unit: string): string {
  return unit === 'mg/dL' ? 'mmol/L' : 'mg/dL';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `4 minutes ago`, `1 hour 5 minutes ago`: spoken, so no abbreviations. */
export function ageInWords(seconds: number, i18n: Translator = ENGLISH_WORDS): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return i18n.t('label.justNow');
  const minutesPart = (count: number) => i18n.t('label.minutes', { count });
  if (minutes < 60) return i18n.t('label.ago', { duration: minutesPart(minutes) });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = i18n.t('label.hours', { count: hours });
  const duration = rest === 0 ? h : `${h} ${minutesPart(rest)}`;
  return i18n.t('label.ago', { duration });
}

/** `131 mg/dL · 7.3 mmol/L`; HI/LO name the sensor's limit instead of a unit. */
function valueLine(current: CurrentReading, i18n: Translator): string {
  const d = current.display;
  if (current.sensorLimit === 'HI') return i18n.t('tooltip.hi');
  if (current.sensorLimit === 'LO') return i18n.t('tooltip.lo');
  const secondary = d.secondary ? ` · ${d.secondary} ${otherUnit(d.unit)}` : '';
  return `${d.value} ${d.unit}${secondary}`;
}

function valueWords(current: CurrentReading, i18n: Translator): string {
  const d = current.display;
  if (current.sensorLimit === 'HI') return i18n.t('label.hi');
  if (current.sensorLimit === 'LO') return i18n.t('label.lo');
  const unit = unitWords(d.unit, i18n);
  const other = unitWords(otherUnit(d.unit), i18n);
  const secondary = d.secondary ? ` (${d.secondary} ${other})` : '';
  return `${d.value} ${unit}${secondary}`;
}

function trendLine(current: CurrentReading, i18n: Translator): string | null {
  const d = current.display;
  const words = [d.arrow, d.trendWords].filter((part) => part.trim() !== '').join(' ');
  const delta = d.delta ? i18n.t('tooltip.deltaIn5Min', { delta: d.delta, unit: d.unit }) : '';
  const line = [words, delta].filter((part) => part !== '').join(', ');
  return line === '' ? null : line;
}

/** Whose value this is; privacy mode shows initials only (the audience must not learn who). */
function whose(input: TextInput): string {
  return input.patientName === null ? 'Glucobar' : maskedName(input.patientName, input.privacy);
}

/** Names are capped so a long one cannot push the value out of the tooltip. */
const NAME_MAX_LENGTH = 40;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Facts first, then "Alarms paused", then the session's sentence last: when Windows' limit
 * bites, only the tail of that sentence is cut (with an ellipsis), never the value.
 */
export function buildTooltip(input: TextInput): string {
  const { current, session } = input;
  const i18n = input.i18n ?? ENGLISH_WORDS;
  const lines = [clip(whose(input), NAME_MAX_LENGTH)];
  let problem = session.status !== 'ok' && session.message ? session.message : null;
  if (!current) {
    problem =
      problem ||
      input.readingProblem ||
      session.message ||
      capitalise(statusWords(session.status, i18n));
  } else if (input.privacy) {
    lines.push(i18n.t('tooltip.privacy'));
    if (current.stale) lines.push(i18n.t('tooltip.noRecentLast', { age: current.display.age }));
  } else if (current.stale) {
    lines.push(
      i18n.t('tooltip.noRecent'),
      i18n.t('tooltip.last', { value: valueLine(current, i18n), age: current.display.age }),
    );
  } else {
    lines.push(valueLine(current, i18n));
    const trend = trendLine(current, i18n);
    if (trend) lines.push(trend);
    lines.push(`${capitalise(rangeWords(current.range, i18n))} · ${current.display.age}`);
  }
  if (input.sensorLine && !input.privacy) lines.push(input.sensorLine);
  if (input.paused) lines.push(i18n.t('tooltip.alarmsPaused'));
  if (input.readingProblem && current) lines.push(input.readingProblem);
  if (problem) lines.push(problem);
  return clip(lines.join('\n'), TOOLTIP_MAX_LENGTH);
}

export function buildAccessibleLabel(input: TextInput): string {
  const { current, session } = input;
  const i18n = input.i18n ?? ENGLISH_WORDS;
  const who = whose(input);
  const paused = input.paused ? `, ${i18n.t('label.alarmsPaused')}` : '';
  if (!current) {
    const failure = session.status !== 'ok' ? session.message : '';
    const why =
      failure || input.readingProblem || session.message || statusWords(session.status, i18n);
    return `${who}: ${why}${paused}`;
  }
  const age = ageInWords(current.ageSeconds, i18n);
  if (input.privacy) {
    const stale = current.stale ? `, ${i18n.t('label.privacyStale', { age })}` : '';
    return `${who}: ${i18n.t('label.privacy')}${stale}${paused}`;
  }
  if (current.stale) {
    return `${who}: ${i18n.t('label.stale', { age, value: valueWords(current, i18n) })}${paused}`;
  }
  const trend = current.display.trendWords.trim();
  const parts = [valueWords(current, i18n), trend, age, rangeWords(current.range, i18n)].filter(
    Boolean,
  );
  return `${who}: ${parts.join(', ')}${paused}`;
}
