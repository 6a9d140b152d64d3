import type { PatientSummary, Snapshot } from '../../../common/snapshot';
import { classifyRange, toneFor } from '../../../common/glucose/range';
import { isStale } from '../../../common/glucose/staleness';
import {
  newestTrusted,
  trustedReadings,
  untrustedLatest,
} from '../../../common/glucose/reading-trust';
import { formatReadingValue, primaryUnit } from '../../../common/glucose/units';
import { createTranslator } from '../../../common/i18n/catalogs';
import type { Translator } from '../../../common/i18n/translate';
import { resolveLocale } from '../../../common/i18n/languages';
import { pausedUntilAt } from '../app/alarm-book';
import type { CoreState } from '../app/state';
import type { Reading } from '../glucose/reading';
import type { Patient } from '../llu/types';
import { noticeText, readingProblemText } from './notice-words';
import { patientName, selectPatient } from './patient-choice';
import { buildCurrentReading } from './reading-view';
import { buildSensorView } from './sensor-view';
import { sessionView } from './session-view';
import { updateOfferText } from '../updates/update-words';

/**
 * The newest TRUSTED reading known: the live value or a newer recent one. A reading dated in
 * the future or with an impossible value is never it, so it can never hide newer readings.
 */
function newest(patient: Patient, recent: readonly Reading[], now: number): Reading | null {
  return newestTrusted(patient.latest ? [patient.latest, ...recent] : recent, now);
}

function summarize(
  patient: Patient,
  selectedId: string | null,
  state: CoreState,
  i18n: Translator,
): PatientSummary {
  const latest = newest(patient, [], state.now);
  const units = primaryUnit(state.settings.units);
  const stale = latest ? isStale(latest, state.now, state.settings.staleAfterMinutes) : true;
  return {
    id: patient.id,
    name: patientName(patient, i18n),
    value: latest
      ? formatReadingValue(
          latest,
          units,
          resolveLocale(state.settings.language, state.systemLanguages),
        )
      : null,
    tone: latest
      ? toneFor(classifyRange(latest.mgdl, patient.targets), stale, latest.sensorLimit)
      : 'none',
    stale,
    selected: patient.id === selectedId,
  };
}

/**
 * Everything every view shows, computed once from the state. Pure: same state, same snapshot.
 * It knows nothing about the tray, the popover or the CLI; each turns the snapshot into its
 * own picture (tray/tray-view.ts, renderer/, cli/output.ts).
 */
export function buildSnapshot(state: CoreState): Snapshot {
  const { settings } = state;
  const locale = resolveLocale(settings.language, state.systemLanguages);
  const i18n = createTranslator(locale);
  const selected = selectPatient(state.patients, settings.selectedPatientId);
  const recent = selected ? (state.recent[selected.id] ?? []) : [];
  const latest = selected ? newest(selected, recent, state.now) : null;
  const problem = untrustedLatest(selected?.latest ?? null, latest, state.now);
  const readingProblem =
    problem && selected?.latest
      ? { kind: problem, message: readingProblemText(selected.latest, problem, state.now, i18n) }
      : null;
  const current =
    selected && latest
      ? buildCurrentReading({
          latest,
          recent: trustedReadings(recent, state.now),
          targets: selected.targets,
          units: settings.units,
          staleAfterMinutes: settings.staleAfterMinutes,
          now: state.now,
          locale,
        })
      : null;
  return {
    generatedAt: state.now,
    demo: state.demo,
    session: sessionView(state.session, i18n),
    units: settings.units,
    privacy: settings.privacyMode,
    launchAtLogin: settings.launchAtLogin,
    patients: [...state.patients]
      .sort(
        (a, b) =>
          patientName(a, i18n).localeCompare(patientName(b, i18n)) || a.id.localeCompare(b.id),
      )
      .map((p) => summarize(p, selected?.id ?? null, state, i18n)),
    selectedPatientId: selected?.id ?? null,
    patientName: selected ? patientName(selected, i18n) : null,
    current,
    readingProblem,
    sensor: selected
      ? buildSensorView(selected.sensor, state.now, {
          newestReadingAt: selected.latest?.time ?? null,
          lifetimeDays: settings.sensorLifetimeDays,
        })
      : null,
    targets: selected ? { ...selected.targets } : null,
    alarms: [...state.alarms.active],
    alarmsPausedUntil: pausedUntilAt(state.alarms, state.now),
    lastUpdatedAt: state.lastUpdatedAt,
    // The popover lists notices: an untrusted newest reading is explained there too.
    notices: [
      ...state.notices.map((notice) => noticeText(notice, i18n)),
      ...(readingProblem ? [readingProblem.message] : []),
    ],
    update: state.update ? updateOfferText(state.update, i18n) : null,
    locale,
  };
}
