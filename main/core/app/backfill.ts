/**
 * When the popover opens, its chart should not show a gap the poller could fill: if the shown
 * person's newest recent reading is old (the app slept, the network was down), ask for their
 * graph again.
 */
import { recentOf, selectedPatient } from './reduce';
import type { CoreState } from './state';

/** Older than this, the newest reading leaves a gap a person would notice on the chart. */
export const BACKFILL_WHEN_OLDER_MS = 10 * 60_000;

/** The id of the person whose readings should be fetched again, or null when none need it. */
export function backfillTarget(state: CoreState, now: number): string | null {
  const patient = selectedPatient(state);
  if (!patient) return null;
  const newest = recentOf(state, patient.id).at(-1);
  return !newest || now - newest.time > BACKFILL_WHEN_OLDER_MS ? patient.id : null;
}
