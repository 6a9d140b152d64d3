import type { Snapshot } from '../../common/snapshot';
import type { LluError } from '../core/llu/errors';
import { sensorJson } from '../core/sensor/sensor-json';
import { trayModelFor } from '../core/tray/tray-view';

/** The `--json` success object (one per line). Field names are a public contract: see README. */
export function statusJson(
  snapshot: Snapshot,
  warning: string | null = null,
): Record<string, unknown> {
  const current = snapshot.current;
  return {
    ok: true,
    patient: snapshot.selectedPatientId
      ? { id: snapshot.selectedPatientId, name: snapshot.patientName }
      : null,
    reading: current
      ? {
          mgdl: current.mgdl,
          mmol: current.mmol,
          value: current.display.value,
          units: current.display.unit,
          trend: current.trend,
          arrow: current.display.arrow,
          time: new Date(current.time).toISOString(),
          ageSeconds: current.ageSeconds,
          stale: current.stale,
          deltaMgdl: current.deltaMgdl,
          range: current.range,
          sensorLimit: current.sensorLimit,
        }
      : null,
    // Why LibreLinkUp's newest reading is not the one above (or why there is none).
    ...(snapshot.readingProblem
      ? {
          readingProblem: {
            code: snapshot.readingProblem.kind,
            message: snapshot.readingProblem.message,
          },
        }
      : {}),
    sensor: sensorJson(snapshot.sensor),
    // The macOS menu bar's words, asked of the tray itself so the two can never differ.
    title: trayModelFor(snapshot, 'darwin').title ?? '',
    // Only when something could not be saved in the state dir; the value above is still valid.
    ...(warning !== null ? { warning } : {}),
  };
}

/** One human line, e.g. `131 mg/dL → +3 · 1 min ago · Ada`. A stale value is never shown as current. */
export function statusLine(snapshot: Snapshot, warning: string | null = null): string {
  const line = valueLine(snapshot);
  return warning === null ? line : `${line} · ⚠ ${warning}`;
}

function valueLine(snapshot: Snapshot): string {
  const current = snapshot.current;
  const who = snapshot.patientName ?? 'no patient';
  // A newest reading that cannot be trusted (wrong clock, impossible value) is never a value here.
  const why = snapshot.readingProblem ? `: ${snapshot.readingProblem.message}` : '';
  if (!current) return why ? `⚠ no current reading${why} · ${who}` : `no reading yet · ${who}`;
  const { display } = current;
  const value = `${display.value}${current.sensorLimit ? '' : ` ${display.unit}`}`;
  if (current.stale) return `⚠ no current reading (last ${value} ${display.age})${why} · ${who}`;
  const parts = [
    `${value} ${display.arrow}${display.delta ? ` ${display.delta}` : ''}`,
    display.age,
    who,
  ];
  return parts.join(' · ');
}

export function errorJson(error: LluError): Record<string, unknown> {
  return { ok: false, error: error.toJSON() };
}

export function errorLine(error: LluError): string {
  const retry = error.details.retryAfterSeconds;
  const when = retry !== undefined ? ` (try again in ${formatDuration(retry)})` : '';
  return `⚠ ${error.message}${when}`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
}
