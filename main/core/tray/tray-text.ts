/**
 * The words of the tray: tooltip lines and the one-sentence screen-reader label. Values,
 * arrows, deltas and ages arrive preformatted from main (CurrentReading.display); this
 * module only arranges them, so the tray and the popover never disagree.
 */
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { SessionView } from '../../../common/session';
import type { CurrentReading } from '../../../common/snapshot';
import { maskedName } from '../../../common/glucose/privacy';
import { RANGE_WORDS } from '../../../common/glucose/range';
import { STATUS_LOOK } from './tray-status';

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
}

const UNIT_WORDS: Readonly<Record<string, string>> = {
  'mg/dL': 'milligrams per decilitre',
  'mmol/L': 'millimoles per litre',
};

function otherUnit(unit: string): string {
  return unit === 'mg/dL' ? 'mmol/L' : 'mg/dL';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ageInWords(seconds: number): string {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = `${hours} hour${hours === 1 ? '' : 's'}`;
  return rest === 0 ? `${h} ago` : `${h} ${rest} minute${rest === 1 ? '' : 's'} ago`;
}

/** `131 mg/dL · 7.3 mmol/L`; HI/LO name the sensor's limit instead of a unit. */
function valueLine(current: CurrentReading): string {
  const d = current.display;
  if (current.sensorLimit === 'HI') return 'HI: above the sensor’s range';
  if (current.sensorLimit === 'LO') return 'LO: below the sensor’s range';
  const secondary = d.secondary ? ` · ${d.secondary} ${otherUnit(d.unit)}` : '';
  return `${d.value} ${d.unit}${secondary}`;
}

function valueWords(current: CurrentReading): string {
  const d = current.display;
  if (current.sensorLimit === 'HI') return 'above the sensor’s measuring range (HI)';
  if (current.sensorLimit === 'LO') return 'below the sensor’s measuring range (LO)';
  const unit = UNIT_WORDS[d.unit] ?? d.unit;
  const other = otherUnit(d.unit);
  const secondary = d.secondary ? ` (${d.secondary} ${UNIT_WORDS[other] ?? other})` : '';
  return `${d.value} ${unit}${secondary}`;
}

function trendLine(current: CurrentReading): string | null {
  const d = current.display;
  const words = [d.arrow, d.trendWords].filter((part) => part.trim() !== '').join(' ');
  const delta = d.delta ? `${d.delta} ${d.unit} in 5 min` : '';
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
  const lines = [clip(whose(input), NAME_MAX_LENGTH)];
  let problem = session.status !== 'ok' && session.message ? session.message : null;
  if (!current) {
    problem =
      problem ||
      input.readingProblem ||
      session.message ||
      capitalise(STATUS_LOOK[session.status].words);
  } else if (input.privacy) {
    lines.push('Values hidden (privacy mode)');
    if (current.stale) lines.push(`No recent reading (last ${current.display.age})`);
  } else if (current.stale) {
    lines.push('⚠ No recent reading', `Last: ${valueLine(current)}, ${current.display.age}`);
  } else {
    lines.push(valueLine(current));
    const trend = trendLine(current);
    if (trend) lines.push(trend);
    lines.push(`${capitalise(RANGE_WORDS[current.range])} · ${current.display.age}`);
  }
  if (input.sensorLine && !input.privacy) lines.push(input.sensorLine);
  if (input.paused) lines.push('Alarms paused');
  if (input.readingProblem && current) lines.push(input.readingProblem);
  if (problem) lines.push(problem);
  return clip(lines.join('\n'), TOOLTIP_MAX_LENGTH);
}

export function buildAccessibleLabel(input: TextInput): string {
  const { current, session } = input;
  const who = whose(input);
  const paused = input.paused ? ', alarms paused' : '';
  if (!current) {
    const failure = session.status !== 'ok' ? session.message : '';
    const why =
      failure || input.readingProblem || session.message || STATUS_LOOK[session.status].words;
    return `${who}: ${why}${paused}`;
  }
  const age = ageInWords(current.ageSeconds);
  if (input.privacy) {
    const stale = current.stale ? `, no recent reading, last one ${age}` : '';
    return `${who}: glucose value hidden (privacy mode)${stale}${paused}`;
  }
  if (current.stale) {
    return `${who}: no recent reading; the last one, ${age}, was ${valueWords(current)}${paused}`;
  }
  const trend = current.display.trendWords.trim();
  const parts = [valueWords(current), trend, age, RANGE_WORDS[current.range]].filter(Boolean);
  return `${who}: ${parts.join(', ')}${paused}`;
}
