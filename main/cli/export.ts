import { writeFile } from 'node:fs/promises';
import { toCsv, toJson } from '../core/history';
import type { Command } from './args';
import type { CliContext, CliIo } from './context';
import { cleanServerText } from '../core/text/server-text';
import { findPatient } from './status';
import { createPatientNamesFile } from './session-file';

/**
 * Who has a history: the names `status` saved, plus every history folder (a `status --watch`
 * collection, or a damaged or missing patients.json, must not block an export of intact data).
 */
async function knownPatients(context: CliContext): Promise<Array<{ id: string; name: string }>> {
  const names = (await createPatientNamesFile(context.stateDir).read()) ?? {};
  const ids = new Set([...Object.keys(names), ...(await context.history.patients())]);
  return [...ids].map((id) => ({ id, name: names[id] ?? cleanServerText(id) }));
}

type ExportCommand = Extract<Command, { name: 'export' }>;

/**
 * Exports what Glucobar has collected locally (no request to LibreLinkUp: it keeps only ~12 h).
 * Writes to --output, or to stdout.
 */
export async function exportHistory(
  command: ExportCommand,
  context: CliContext,
  io: CliIo,
): Promise<number> {
  const known = await knownPatients(context);
  const patient = findPatient(known, command.patient, (p) => p.name);
  if (!patient) {
    const message = known.length
      ? `No followed person matches "${command.patient}". Known: ${known.map((p) => `${p.name} (${cleanServerText(p.id)})`).join(', ')}.`
      : 'No history yet: run `glucobar status` or `glucobar status --watch` first to collect readings.';
    io.out(
      command.json
        ? JSON.stringify({ ok: false, error: { code: 'not_found', message } })
        : `⚠ ${message}`,
    );
    return 1;
  }
  const to = io.clock.now();
  const readings = await context.history.range(
    patient.id,
    to - command.days * 86_400_000,
    to + 60_000,
  );
  const content =
    command.format === 'csv'
      ? toCsv(readings, { patientName: patient.name })
      : toJson(readings, { patientId: patient.id, patientName: patient.name });
  if (command.output) {
    await writeFile(command.output, content, { mode: 0o600 });
    io.err(`glucobar: wrote ${readings.length} readings to ${command.output}`);
  } else {
    io.out(content.replace(/\n$/, ''));
  }
  return 0;
}
