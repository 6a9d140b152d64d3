import type { AlarmView } from '../../../common/alarms';
import type { SessionView } from '../../../common/session';
import type { Settings } from '../../../common/settings';
import type { PatientSummary, Snapshot } from '../../../common/snapshot';
import { classifyRange, toneFor } from '../../../common/glucose/range';
import type { Reading } from '../glucose/reading';
import { isStale } from '../../../common/glucose/staleness';
import { formatReadingValue, primaryUnit } from '../../../common/glucose/units';
import type { Patient } from '../llu/types';
import { buildTrayModel } from '../tray/tray-model';
import { buildCurrentReading } from './reading-view';
import { sensorSentence } from '../../../common/sensor/sensor-words';
import { clockTime } from '../sensor/clock-time';
import { buildSensorView } from './sensor-view';

export interface SnapshotInput {
  now: number;
  demo: boolean;
  session: SessionView;
  settings: Settings;
  /** Last known patients (LibreLinkUp order is not stable: never rely on it). */
  patients: readonly Patient[];
  /** Recent readings of the selected patient, oldest first. */
  recent: readonly Reading[];
  alarms: AlarmView[];
  alarmsPausedUntil: number | null;
  lastUpdatedAt: number | null;
  notices?: readonly string[];
}

/** The patient the tray shows: the chosen one if still followed, else the first by id. */
export function selectPatient(
  patients: readonly Patient[],
  preferredId: string | null,
): Patient | null {
  const preferred = patients.find((p) => p.id === preferredId);
  if (preferred) return preferred;
  return [...patients].sort((a, b) => a.id.localeCompare(b.id))[0] ?? null;
}

export const patientName = (patient: Patient): string =>
  [patient.firstName, patient.lastName].filter((part) => part.trim() !== '').join(' ') || 'Unnamed';

function newest(patient: Patient, recent: readonly Reading[]): Reading | null {
  const fromHistory = recent[recent.length - 1] ?? null;
  if (!patient.latest) return fromHistory;
  if (!fromHistory) return patient.latest;
  return fromHistory.time > patient.latest.time ? fromHistory : patient.latest;
}

function summarize(
  patient: Patient,
  selectedId: string | null,
  input: SnapshotInput,
): PatientSummary {
  const latest = patient.latest;
  const units = primaryUnit(input.settings.units);
  const stale = latest ? isStale(latest, input.now, input.settings.staleAfterMinutes) : true;
  return {
    id: patient.id,
    name: patientName(patient),
    value: latest ? formatReadingValue(latest, units) : null,
    tone: latest
      ? toneFor(classifyRange(latest.mgdl, patient.targets), stale, latest.sensorLimit)
      : 'none',
    stale,
    selected: patient.id === selectedId,
  };
}

/** Everything every view shows, computed once. Pure: same input, same snapshot. */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  const { settings } = input;
  const selected = selectPatient(input.patients, settings.selectedPatientId);
  const latest = selected ? newest(selected, input.recent) : null;
  const current =
    selected && latest
      ? buildCurrentReading({
          latest,
          recent: input.recent,
          targets: selected.targets,
          units: settings.units,
          staleAfterMinutes: settings.staleAfterMinutes,
          now: input.now,
        })
      : null;
  const name = selected ? patientName(selected) : null;
  const sensor = selected
    ? buildSensorView(selected.sensor, input.now, {
        newestReadingAt: selected.latest?.time ?? null,
      })
    : null;
  const tray = buildTrayModel(
    {
      patientName: name,
      current,
      session: input.session,
      units: settings.units,
      privacy: settings.privacyMode,
      sensorLine: sensorSentence(sensor, input.now, clockTime),
    },
    'darwin',
  );
  return {
    generatedAt: input.now,
    demo: input.demo,
    session: input.session,
    units: settings.units,
    privacy: settings.privacyMode,
    patients: [...input.patients]
      .sort((a, b) => patientName(a).localeCompare(patientName(b)) || a.id.localeCompare(b.id))
      .map((p) => summarize(p, selected?.id ?? null, input)),
    selectedPatientId: selected?.id ?? null,
    patientName: name,
    current,
    sensor: selected
      ? buildSensorView(selected.sensor, input.now, {
          newestReadingAt: selected.latest?.time ?? null,
        })
      : null,
    targets: selected ? { ...selected.targets } : null,
    alarms: input.alarms,
    alarmsPausedUntil: input.alarmsPausedUntil,
    lastUpdatedAt: input.lastUpdatedAt,
    tray: { title: tray.title ?? '', tooltip: tray.tooltip, tone: current?.tone ?? 'none' },
    notices: [...(input.notices ?? [])],
  };
}
