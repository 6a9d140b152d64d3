import { ENGLISH_WORDS, type Translator } from '../../../common/i18n/translate';
import type { Patient } from '../llu/types';

/** The patient the tray shows: the chosen one if still followed, else the first by id. */
export function selectPatient(
  patients: readonly Patient[],
  preferredId: string | null,
): Patient | null {
  const preferred = patients.find((p) => p.id === preferredId);
  if (preferred) return preferred;
  return [...patients].sort((a, b) => a.id.localeCompare(b.id))[0] ?? null;
}

/**
 * A person's name as every view shows it (server text is already sanitised by llu/patients.ts);
 * a person without one is called so in the snapshot's language (English for the CLI).
 */
export const patientName = (patient: Patient, i18n: Translator = ENGLISH_WORDS): string =>
  [patient.firstName, patient.lastName].filter((part) => part.trim() !== '').join(' ') ||
  i18n.t('llu.unnamedPerson');
