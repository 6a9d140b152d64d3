/**
 * What the tray shows, decided once from the snapshot's pieces: a title (macOS only; Windows
 * and Linux trays have none, electron/electron #13148 and #4742), a tooltip, an icon and a
 * screen-reader sentence. Pure; the presenter applies it.
 */
import type { Tone, UnitsPreference } from '../../../common/glucose/vocabulary';
import type { SessionView } from '../../../common/session';
import type { CurrentReading } from '../../../common/snapshot';
import { PRIVACY_MASK } from '../../../common/glucose/privacy';
import type { Translator } from '../../../common/i18n/translate';
import { macTitleFor, type MacTitle } from './mac-title';
import type { ValueIconSpec } from './rasterize';
import { statusTitle, STATUS_LOOK } from './tray-status';
import { buildAccessibleLabel, buildTooltip, type TextInput } from './tray-text';

export type TrayPlatform = 'darwin' | 'win32' | 'linux';

export interface TrayInput {
  patientName: string | null;
  /** From the snapshot; display strings are preformatted by main. */
  current: CurrentReading | null;
  session: SessionView;
  units: UnitsPreference;
  /** Hide numbers (and range colours) everywhere, e.g. while sharing the screen. */
  privacy: boolean;
  /** Alarms are paused: said in the tooltip and label so nobody forgets. */
  paused?: boolean;
  /** The sensor sentence for the tooltip (see common/sensor/sensor-words.ts). */
  sensorLine?: string | null;
  /** Why LibreLinkUp's newest reading is not shown (Snapshot.readingProblem); hostile's addition. */
  readingProblem?: string | null;
  /** The snapshot's language for every word (English when absent). */
  i18n?: Translator;
}

export type TrayIcon =
  { kind: 'template' } | { kind: 'coloured'; tone: Tone } | { kind: 'value'; spec: ValueIconSpec };

export interface TrayModel {
  /** macOS only (null on Windows and Linux): the title's words, e.g. for the command line. */
  title: string | null;
  /** The same title with ANSI range colours, for `tray.setTitle`; null off macOS. */
  titleAnsi: string | null;
  /** Stops neighbouring menu-bar items jumping as digits change (ccmenu/ccmenu #69). */
  titleMonospacedDigits: true;
  tooltip: string;
  icon: TrayIcon;
  accessibleLabel: string;
}

function macTitle(input: TrayInput): MacTitle {
  const { current } = input;
  if (!current) {
    const text = statusTitle(input.session.status, input.i18n);
    return { text, ansi: text };
  }
  return macTitleFor(current, input.units, input.privacy);
}

function rangeTone(current: CurrentReading): Tone {
  return current.stale ? 'stale' : current.tone;
}

function macIcon(input: TrayInput): TrayIcon {
  const { current } = input;
  if (!current || input.privacy) return { kind: 'template' };
  const tone = rangeTone(current);
  return tone === 'inRange' || tone === 'none' ? { kind: 'template' } : { kind: 'coloured', tone };
}

/** Windows/Linux: the value and its trend drawn on a range-coloured tile (rasterize.ts). */
function valueIcon(input: TrayInput): TrayIcon {
  const { current } = input;
  const spec: ValueIconSpec = !current
    ? { text: STATUS_LOOK[input.session.status].glyph, tone: 'none', stale: false, trend: null }
    : input.privacy
      ? { text: PRIVACY_MASK, tone: 'none', stale: current.stale, trend: null }
      : {
          text: current.display.value,
          tone: rangeTone(current),
          stale: current.stale,
          trend: current.stale ? 'unknown' : current.trend,
        };
  return { kind: 'value', spec };
}

export function buildTrayModel(input: TrayInput, platform: TrayPlatform): TrayModel {
  const text: TextInput = { ...input, paused: input.paused ?? false };
  const mac = platform === 'darwin' ? macTitle(input) : null;
  return {
    title: mac?.text ?? null,
    titleAnsi: mac?.ansi ?? null,
    titleMonospacedDigits: true,
    tooltip: buildTooltip(text),
    icon: platform === 'darwin' ? macIcon(input) : valueIcon(input),
    accessibleLabel: buildAccessibleLabel(text),
  };
}
