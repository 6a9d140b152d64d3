/**
 * The tray's context menu as plain data. Linux hosts only show the menu after
 * `setContextMenu` is called again (Electron "Tray" platform notes), so the adapter rebuilds
 * the native menu from this description whenever the presenter sees it change.
 */
import type { UnitsPreference } from '../../../common/glucose/vocabulary';
import type { PatientSummary } from '../../../common/snapshot';
import type { UpdateOffer } from '../../../common/updates';
import { maskedName } from '../../../common/glucose/privacy';

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
  /** The mini view's checkbox (main/core/window/mini-words.ts); null where there is none (CLI). */
  miniView?: { open: boolean; label: string } | null;
}

/** Pauses longer than this are shown as "until resumed" rather than a countdown. */
const INDEFINITE_PAUSE_MS = 24 * 60 * 60 * 1000;

const PAUSE_CHOICES: ReadonlyArray<{ minutes: number | null; label: string }> = [
  { minutes: 30, label: 'For 30 minutes' },
  { minutes: 60, label: 'For 1 hour' },
  { minutes: 120, label: 'For 2 hours' },
  { minutes: null, label: 'Until I resume' },
];

const UNIT_CHOICES: ReadonlyArray<{ units: UnitsPreference; label: string }> = [
  { units: 'mg/dL', label: 'mg/dL' },
  { units: 'mmol/L', label: 'mmol/L' },
  { units: 'both', label: 'Both' },
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

function patientLabel(patient: PatientSummary, privacy: boolean): string {
  // Privacy mode: initials, no value and no "(old)" (staleness hints at the value's age).
  if (privacy) return maskedName(patient.name, true);
  if (patient.value === null) return patient.name;
  return `${patient.name} — ${patient.value}${patient.stale ? ' (old)' : ''}`;
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

function remaining(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

function alarmsItem(input: TrayMenuInput): MenuItemModel {
  const left = input.alarmsPausedUntil === null ? 0 : input.alarmsPausedUntil - input.now;
  if (left > 0) {
    const label =
      left > INDEFINITE_PAUSE_MS ? 'Resume alarms' : `Resume alarms (${remaining(left)} left)`;
    return item('alarms:resume', label, { kind: 'resumeAlarms' });
  }
  return item('alarms:pause', 'Pause alarms', null, {
    type: 'submenu',
    submenu: PAUSE_CHOICES.map((choice) =>
      item(`alarms:pause:${choice.minutes ?? 'until-resumed'}`, choice.label, {
        kind: 'pauseAlarms',
        minutes: choice.minutes,
      }),
    ),
  });
}

export function buildTrayMenu(input: TrayMenuInput): MenuItemModel[] {
  const labels = distinct(input.patients.map((patient) => patientLabel(patient, input.privacy)));
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
      choice.label,
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
    item('open', 'Open Glucobar', { kind: 'open' }),
    ...(input.miniView
      ? [
          item(
            'mini-view',
            input.miniView.label,
            { kind: 'toggleMiniView', open: !input.miniView.open },
            { type: 'checkbox', checked: input.miniView.open },
          ),
        ]
      : []),
    item('refresh', 'Refresh now', { kind: 'refresh' }, { enabled: input.canRefresh }),
    separator('separator:actions'),
    item('units', 'Units', null, { type: 'submenu', submenu: units }),
    alarmsItem(input),
    item(
      'launch-at-login',
      'Launch at login',
      { kind: 'setLaunchAtLogin', enabled: !input.launchAtLogin },
      { type: 'checkbox', checked: input.launchAtLogin },
    ),
    item('install-command', 'Install the glucobar command…', { kind: 'installCommand' }),
    separator('separator:quit'),
    item('quit', 'Quit Glucobar', { kind: 'quit' }),
  ];
}
