/**
 * `glucobar daemon`: the app's core without Electron (polling, history, alarms), serving its
 * snapshot on the local endpoint so status bars and scripts share one LibreLinkUp session.
 * Alarms become stderr lines ("glucobar alarm: …"): a daemon has no desktop to notify, and under
 * systemd or launchd stderr lands in the journal/log where a person can look, so they are kept
 * rather than dropped. Session changes are logged the same way.
 */
import type { Snapshot } from '../../common/snapshot';
import { coreSnapshotSource } from '../core/endpoint/serve-core';
import { startEndpointServer } from '../core/endpoint/server';
import { EndpointSetupError } from '../core/endpoint/run-dir';
import type { Command } from './args';
import { createCliCore } from './cli-core';
import type { CliContext, CliIo } from './context';
import { runDirOf } from './endpoint-dirs';
import { findPatient } from './status';

type DaemonCommand = Extract<Command, { name: 'daemon' }>;

const localMinutesOfDay = (now: number) => {
  const date = new Date(now);
  return date.getHours() * 60 + date.getMinutes();
};

export async function runDaemon(
  command: DaemonCommand,
  context: CliContext,
  io: CliIo,
): Promise<number> {
  const { core, settings } = createCliCore(context, io, {
    units: command.units,
    sensorDays: command.sensorDays,
    notifier: { notify: (n) => io.err(`glucobar alarm: ${n.title}: ${n.body}`) },
    localMinutesOfDay: localMinutesOfDay,
  });
  let endpoint;
  try {
    endpoint = await startEndpointServer({
      runDir: runDirOf(context.stateDir),
      role: 'daemon',
      source: coreSnapshotSource(core, settings),
      logger: io.logger,
    });
  } catch (error) {
    if (!(error instanceof EndpointSetupError)) throw error;
    io.err(`glucobar daemon: ${error.message}`);
    return 1;
  }
  let lastState = '';
  const off = core.onSnapshot((snapshot: Snapshot) => {
    const wanted = command.patient;
    if (wanted && snapshot.selectedPatientId) {
      const match = findPatient(snapshot.patients, wanted, (p) => p.name);
      if (match && match.id !== snapshot.selectedPatientId)
        void settings.update({ selectedPatientId: match.id });
    }
    const state = `${snapshot.session.status}: ${snapshot.session.message}`;
    if (state !== lastState) io.err(`glucobar daemon: ${state}`);
    lastState = state;
  });
  io.err(`glucobar daemon: serving ${endpoint.address} (Ctrl-C or SIGTERM ends)`);
  core.start();
  await io.interrupted;
  off();
  core.stop();
  await endpoint.close();
  return 0;
}
