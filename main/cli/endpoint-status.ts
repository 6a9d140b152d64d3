/**
 * `glucobar status` answered by a running app or daemon over the local endpoint, without any
 * request to LibreLinkUp. Returns null when no endpoint can answer for this command (none runs,
 * a demo/real mismatch, another person asked for), so the caller asks LibreLinkUp itself.
 */
import type { Snapshot } from '../../common/snapshot';
import {
  connectEndpoint,
  type EndpointSession,
  type SnapshotMessage,
} from '../core/endpoint/client';
import { presentServed } from '../core/endpoint/present';
import type { Command } from './args';
import type { CliIo } from './context';
import { endpointCandidates } from './endpoint-dirs';
import { renderProblem, renderSnapshot, type StatusSource } from './snapshot-output';
import { findPatient } from './status';

type StatusCommand = Extract<Command, { name: 'status' }>;

/** The daemon may still be signing in: a one-shot status waits this long for a settled answer. */
const SETTLE_MS = 10_000;
/** A watcher hears from the server at least every 20 s (heartbeat); silence beyond this is a fault. */
const SILENCE_MS = 45_000;
const RERENDER_MS = 5_000;

/** Whether this served picture answers the command (same demo/real account, same person). */
function answers(command: StatusCommand, snapshot: Snapshot): boolean {
  if (snapshot.demo !== command.demo) return false;
  if (!command.patient || snapshot.patients.length === 0) return true;
  const match = findPatient(snapshot.patients, command.patient, (p) => p.name);
  return match !== null && match.id === snapshot.selectedPatientId;
}

async function firstSettled(session: EndpointSession) {
  const deadline = Date.now() + SETTLE_MS;
  let last: SnapshotMessage | null = null;
  for (;;) {
    const next = await session.next(Math.max(1, deadline - Date.now()));
    if (next === null || next === 'timeout') return last;
    last = next;
    if (next.snapshot.session.status !== 'connecting') return last;
  }
}

export async function statusFromEndpoint(
  command: StatusCommand,
  io: CliIo,
  platform: NodeJS.Platform = process.platform,
): Promise<number | null> {
  for (const candidate of endpointCandidates(command, io.env, platform)) {
    const outcome = await connectEndpoint(candidate.runDir, { platform, want: 'watch' });
    if (outcome.status === 'absent') continue;
    if (outcome.status === 'untrusted') {
      io.err(`glucobar: not using the local endpoint: ${outcome.reason}`);
      continue;
    }
    const source: StatusSource = candidate.role;
    if (outcome.status === 'failed') {
      io.out(
        renderProblem(`endpoint_${outcome.code}`, outcome.message, { json: command.json, source }),
      );
      return 1;
    }
    const { session } = outcome;
    const first = await firstSettled(session);
    if (!first || !answers(command, first.snapshot)) {
      session.close();
      if (!first) {
        io.out(
          renderProblem('endpoint_bad_response', 'The running Glucobar sent no snapshot.', {
            json: command.json,
            source,
          }),
        );
        return 1;
      }
      continue;
    }
    const role = session.role;
    const show = (message: SnapshotMessage) =>
      renderSnapshot(
        presentServed(message.snapshot, {
          now: io.clock.now(),
          staleAfterMinutes: message.staleAfterMinutes,
          units: command.units,
        }),
        { json: command.json, source: role, now: io.clock.now() },
      );
    if (!command.watch) {
      const { line, code } = show(first);
      session.close();
      io.out(line);
      return code;
    }
    return await watchEndpoint(session, first, show, command, io);
  }
  return null;
}

async function watchEndpoint(
  session: EndpointSession,
  first: SnapshotMessage,
  show: (message: SnapshotMessage) => { line: string; code: number },
  command: StatusCommand,
  io: CliIo,
): Promise<number> {
  const source = session.role;
  const options = { json: command.json, source };
  let lastLine = '';
  let code = 0;
  const print = (result: { line: string; code: number }) => {
    code = result.code;
    if (result.line !== lastLine) io.out(result.line);
    lastLine = result.line;
  };
  print(show(first));
  let stopped = false;
  void io.interrupted.then(() => {
    stopped = true;
    session.close();
  });
  let latest = first;
  let heardAt = Date.now();
  for (;;) {
    // Re-rendered every few seconds even when nothing arrives, so the age stays true and a value
    // that goes stale between two server pushes is shown as stale on time.
    const next = await session.next(RERENDER_MS);
    if (stopped) return code;
    if (next === null) {
      const message = `The Glucobar ${source} stopped; no value is shown.`;
      print({ line: renderProblem('endpoint_closed', message, options), code: 1 });
      return 1;
    }
    if (next !== 'timeout') {
      latest = next;
      heardAt = Date.now();
    }
    if (Date.now() - heardAt > SILENCE_MS) {
      const message = `The Glucobar ${source} has sent nothing for over ${SILENCE_MS / 1000} s; its last value is not shown.`;
      print({ line: renderProblem('endpoint_silent', message, options), code: 1 });
    } else print(show(latest));
  }
}
