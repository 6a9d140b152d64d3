/**
 * What `status` keeps after fetching: the names of the people seen (for `export`) and the
 * reading (the history). A state dir that cannot be written never costs the value: failures
 * become a warning printed beside it, and the readings still come back from memory.
 */
import type { Reading } from '../core/glucose/reading';
import type { HistoryStore } from '../core/history';
import type { Patient } from '../core/llu/types';
import { patientName } from '../core/snapshot/patient-choice';
import { createPatientNamesFile } from './session-file';
import type { StateWarnings } from './state-warnings';

export async function recordPatientNames(
  stateDir: string,
  patients: readonly Patient[],
  warnings: StateWarnings,
): Promise<void> {
  try {
    await createPatientNamesFile(stateDir).write(
      Object.fromEntries(patients.map((p) => [p.id, patientName(p)])),
    );
  } catch (error) {
    warnings.add('the names of the people followed', error);
  }
}

/** Appends the readings (failures warned, the readings stay in memory) and returns `from..to`. */
export async function recordAndRead(
  history: HistoryStore,
  patientId: string,
  readings: readonly Reading[],
  span: { from: number; to: number },
  warnings: StateWarnings,
): Promise<Reading[]> {
  if (readings.length > 0) {
    try {
      await history.append(patientId, readings);
    } catch (error) {
      warnings.add('the reading history', error);
    }
  }
  return history.range(patientId, span.from, span.to);
}

/**
 * For `--watch`: keeps patients.json current from the snapshots (export needs the names, and
 * a watch-only collection used to leave none). Writes only when the list changes.
 */
export function createNamesRecorder(
  stateDir: string,
  warnings: StateWarnings,
): (patients: ReadonlyArray<{ id: string; name: string }>) => void {
  let written = '';
  let writing: Promise<void> = Promise.resolve();
  return (patients) => {
    if (patients.length === 0) return;
    const names = Object.fromEntries(patients.map((p) => [p.id, p.name]));
    const key = JSON.stringify(names);
    if (key === written) return;
    written = key;
    writing = writing.then(() =>
      createPatientNamesFile(stateDir)
        .write(names)
        .catch((error: unknown) => warnings.add('the names of the people followed', error)),
    );
  };
}
