import type { Settings } from '../../common/settings';
import type { Snapshot } from '../../common/snapshot';
import { isLluError, LluError } from '../core/llu/errors';
import type { Patient } from '../core/llu/types';
import { initialState } from '../core/app/state';
import { buildSnapshot } from '../core/snapshot/build-snapshot';
import { patientName } from '../core/snapshot/patient-choice';
import { okSession } from '../core/snapshot/session-view';
import { defaultSettings } from '../core/settings/schema';
import type { Command } from './args';
import { createCliCore } from './cli-core';
import type { CliContext, CliIo } from './context';
import { errorJson, errorLine, statusJson, statusLine } from './output';
import { recordAndRead, recordPatientNames } from './record';
import { renderSnapshot, withSource } from './snapshot-output';

type StatusCommand = Extract<Command, { name: 'status' }>;

/** `--patient` matches an id exactly, or a full or first name case-insensitively. */
export function findPatient<T extends { id: string }>(
  patients: readonly T[],
  wanted: string | null,
  nameOf: (patient: T) => string,
): T | null {
  const sorted = [...patients].sort((a, b) => a.id.localeCompare(b.id));
  if (wanted === null) return sorted[0] ?? null;
  const lower = wanted.trim().toLowerCase();
  const names = (p: T) => {
    const full = nameOf(p).toLowerCase();
    return [full, full.split(' ')[0]];
  };
  return (
    sorted.find((p) => p.id === wanted) ?? sorted.find((p) => names(p).includes(lower)) ?? null
  );
}

function settingsFor(command: StatusCommand, patient: Patient): Settings {
  return {
    ...defaultSettings(),
    units: command.units ?? patient.units,
    selectedPatientId: patient.id,
    ...(command.sensorDays !== null ? { sensorLifetimeDays: command.sensorDays } : {}),
  };
}

export function printResult(
  io: CliIo,
  json: boolean,
  result: Snapshot | LluError,
  warning: string | null = null,
): void {
  if (result instanceof LluError)
    io.out(json ? JSON.stringify(withSource(errorJson(result), 'direct')) : errorLine(result));
  else
    io.out(
      json
        ? JSON.stringify(withSource(statusJson(result, warning), 'direct'))
        : statusLine(result, warning),
    );
}

function notFound(wanted: string, patients: readonly Patient[]): LluError {
  const names = patients.map((p) => patientName(p)).join(', ') || 'nobody';
  return new LluError(
    'patient_not_found',
    `No followed person matches "${wanted}" (this account follows: ${names}).`,
  );
}

/** One request to /llu/connections, one line of output. */
export async function statusOnce(
  command: StatusCommand,
  context: CliContext,
  io: CliIo,
): Promise<number> {
  try {
    const patients = await context.client.connections();
    await recordPatientNames(context.stateDir, patients, context.warnings);
    const patient = findPatient(patients, command.patient, patientName);
    if (!patient) throw notFound(command.patient ?? '', patients);
    const now = io.clock.now();
    const recent = await recordAndRead(
      context.history,
      patient.id,
      patient.latest ? [patient.latest] : [],
      { from: now - 30 * 60_000, to: now + 60_000 },
      context.warnings,
    );
    const snapshot = buildSnapshot({
      ...initialState({
        now,
        demo: context.demo,
        hasCredentials: true,
        settings: settingsFor(command, patient),
        localMinutesOfDay: 0,
      }),
      session: okSession,
      patients: [patient],
      recent: { [patient.id]: recent },
      lastUpdatedAt: now,
    });
    printResult(io, command.json, snapshot, context.warnings.message());
    return 0;
  } catch (error) {
    if (!isLluError(error)) throw error;
    printResult(io, command.json, error);
    return 1;
  }
}

/** Keeps polling with the app's own poller; prints a line whenever what it would print changes. */
export async function statusWatch(
  command: StatusCommand,
  context: CliContext,
  io: CliIo,
): Promise<number> {
  const { core, settings } = createCliCore(context, io, {
    units: command.units,
    sensorDays: command.sensorDays,
    notifier: { notify: () => {} },
    localMinutesOfDay: () => 0,
  });
  let lastLine = '';
  let exitCode = 0;
  const show = (snapshot: Snapshot) => {
    if (snapshot.session.status === 'connecting') return;
    const { line, code } = renderSnapshot(snapshot, {
      json: command.json,
      source: 'direct',
      now: io.clock.now(),
    });
    exitCode = code;
    if (line !== lastLine) io.out(line);
    lastLine = line;
  };
  const off = core.onSnapshot((snapshot) => {
    const wanted = command.patient;
    if (wanted && snapshot.patients.length > 0 && snapshot.selectedPatientId) {
      const match = findPatient(snapshot.patients, wanted, (p) => p.name);
      if (match && match.id !== snapshot.selectedPatientId) {
        void settings.update({ selectedPatientId: match.id });
        return;
      }
    }
    show(snapshot);
  });
  core.start();
  await io.interrupted;
  off();
  core.stop();
  return exitCode;
}
