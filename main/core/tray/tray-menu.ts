/**
 * The tray's context menu as plain data. Linux hosts only show the menu after
 * `setContextMenu` is called again (Electron "Tray" platform notes), so the adapter rebuilds
 * the native menu from this description whenever the presenter sees it change.
 */
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { PatientSummary } from '../../../common/snapshot';
import type { UpdateOffer } from '../../../common/updates';
import { maskedName } from '../../../common/glucose/privacy';
import { ENGLISH_WORDS, type MessageKey, type Translator } from '../../../common/i18n/translate';
import type { MiniStackingLimit } from '../window/mini-stacking';
import { miniMenuLabel } from '../window/mini-words';

export type TrayMenuAction =
  | { kind: 'selectPatient'; patientId: string }
  | { kind: 'setUnits'; units: UnitsPreference }
  | { kind: 'refresh' }
  | { kind: 'open' }
  /** Opens or closes the always-on-top mini view (its checkbox). */
  | { kind: 'toggleMiniView'; open: boolean }
  /** `minutes: null` pauses until the person resumes. */
  | { kind: 'pauseAlarms'; minutes: number | null }
  | { kind: 'resumeAlarms' }
  | { kind: 'setLaunchAtLogin'; enabled: boolean }
  /** Restart into a downloaded update, or open the download page (system packages). */
  | { kind: 'acceptUpdate' }
  /** Puts a `glucobar` command on the PATH that runs this app, as editors do (#13). */
  | { kind: 'installCommand' }
  | { kind: 'quit' };

export interface MenuItemModel {
  id: string;
  type: 'normal' | 'checkbox' | 'radio' | 'separator' | 'submenu';
  label: string;
  checked: boolean;
  enabled: boolean;
  /** What a click does; null for separators and submenu parents. */
  action: TrayMenuAction | null;
  submenu: MenuItemModel[] | null;
}

export interface TrayMenuInput {
  patients: readonly PatientSummary[];
  units: UnitsPreference;
  launchAtLogin: boolean;
  /** Epoch ms, or null when alarms run normally. */
  alarmsPausedUntil: number | null;
  now: number;
  /** Privacy mode: initials instead of names, no values. */
  privacy: boolean;
  /** False while signed out, when a refresh cannot do anything. */
  canRefresh: boolean;
  /** A new version to restart into or download, shown first so it is seen; null when none. */
  update: UpdateOffer | null;
  /** The snapshot's language (English when absent). */
  i18n?: Translator;
  /** The mini view's checkbox and what the desktop does not allow; null where there is none (CLI). */
  miniView?: { open: boolean; limit: MiniStackingLimit } | null;
}

/** Pauses longer than this are shown as "until resumed" rather than a countdown. */
const INDEFINITE_PAUSE_MS = 24 * 60 * 60 * 1000;

const PAUSE_CHOICES: ReadonlyArray<{ minutes: number | null; label: MessageKey }> = [
  { minutes: 30, label: 'menu.pause30' },
  { minutes: 60, label: 'menu.pause60' },
  { minutes: 120, label: 'menu.pause120' },
  { minutes: null, label: 'menu.pauseUntilResumed' },
];

/** Unit symbols are the same in every language; only "Both" is a word. */
const UNIT_CHOICES: ReadonlyArray<{ units: UnitsPreference; label: (i18n: Translator) => string }> =
  [
    { units: 'mg/dL', label: () => 'mg/dL' },
    { units: 'mmol/L', label: () => 'mmol/L' },
    { units: 'both', label: (i18n) => i18n.t('units.both') },
  ];

function item(
  id: string,
  label: string,
  action: TrayMenuAction | null,
  extra: Partial<MenuItemModel> = {},
): MenuItemModel {
  return {
    id,
    type: 'normal',
    label,
    checked: false,
    enabled: true,
    action,
    submenu: null,
    ...extra,
  };
}

function separator(id: string): MenuItemModel {
  return item(id, '', null, { type: 'separator' });
}

function patientLabel(patient: PatientSummary, privacy: boolean, i18n: Translator): string {
  // Privacy mode: initials, no value and no "(old)" (staleness hints at the value's age).
  if (privacy) return maskedName(patient.name, true);
  if (patient.value === null) return patient.name;
  const words = { name: patient.name, value: patient.value };
  return i18n.t(patient.stale ? 'menu.patientValueOld' : 'menu.patientValue', words);
}

/** Two people with the same initials get "A. L." and "A. L. (2)", so each row is findable. */
function distinct(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

function remaining(ms: number, i18n: Translator): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return i18n.t('duration.minutes', { minutes });
  const rest = minutes % 60;
  const hours = Math.floor(minutes / 60);
  return rest === 0
    ? i18n.t('duration.hours', { hours })
    : i18n.t('duration.hoursMinutes', { hours, minutes: rest });
}

function alarmsItem(input: TrayMenuInput, i18n: Translator): MenuItemModel {
  const left = input.alarmsPausedUntil === null ? 0 : input.alarmsPausedUntil - input.now;
  if (left > 0) {
    const label =
      left > INDEFINITE_PAUSE_MS
        ? i18n.t('menu.resumeAlarms')
        : i18n.t('menu.resumeAlarmsLeft', { left: remaining(left, i18n) });
    return item('alarms:resume', label, { kind: 'resumeAlarms' });
  }
  return item('alarms:pause', i18n.t('menu.pauseAlarms'), null, {
    type: 'submenu',
    submenu: PAUSE_CHOICES.map((choice) =>
      item(`alarms:pause:${choice.minutes ?? 'until-resumed'}`, i18n.t(choice.label), {
        kind: 'pauseAlarms',
        minutes: choice.minutes,
      }),
    ),
  });
}

export function buildTrayMenu(input: TrayMenuInput): MenuItemModel[] {
  const i18n = input.i18n ?? ENGLISH_WORDS;
  const labels = distinct(
    input.patients.map((patient) => patientLabel(patient, input.privacy, i18n)),
  );
  const patients = input.patients.map((patient, i) =>
    item(
      `patient:${patient.id}`,
      labels[i] ?? patient.name,
      { kind: 'selectPatient', patientId: patient.id },
      { type: 'radio', checked: patient.selected },
    ),
  );
  const units = UNIT_CHOICES.map((choice) =>
    item(
      `units:${choice.units}`,
      choice.label(i18n),
      { kind: 'setUnits', units: choice.units },
      { type: 'radio', checked: input.units === choice.units },
    ),
  );
  const update = input.update
    ? [
        item(
          'update',
          input.update.label,
          { kind: 'acceptUpdate' },
          {
            enabled: input.update.action !== null,
          },
        ),
        separator('separator:update'),
      ]
    : [];
  return [
    ...update,
    ...(patients.length > 0 ? [...patients, separator('separator:patients')] : []),
    item('open', i18n.t('menu.open'), { kind: 'open' }),
    ...(input.miniView
      ? [
          item(
            'mini-view',
            miniMenuLabel(input.miniView.limit, i18n),
            { kind: 'toggleMiniView', open: !input.miniView.open },
            { type: 'checkbox', checked: input.miniView.open },
          ),
        ]
      : []),
    item('refresh', i18n.t('menu.refresh'), { kind: 'refresh' }, { enabled: input.canRefresh }),
    separator('separator:actions'),
    item('units', i18n.t('units.title'), null, { type: 'submenu', submenu: units }),
    alarmsItem(input, i18n),
    item(
      'launch-at-login',
      i18n.t('menu.launchAtLogin'),
      { kind: 'setLaunchAtLogin', enabled: !input.launchAtLogin },
      { type: 'checkbox', checked: input.launchAtLogin },
    ),
    item('install-command', i18n.t('menu.installCommand'), { kind: 'installCommand' }),
    separator('separator:quit'),
    item('quit', i18n.t('menu.quit'), { kind: 'quit' }),
  ];
}
