/**
 * Who is who when LibreLinkUp's list is odd. Two connections with one `patientId` are two
 * people as far as Glucobar can tell (each has its own connection, name and value): each gets
 * its own id, `<patientId>#<connectionId>`, so their readings never share one history under
 * the wrong name. Graph and logbook calls for such an id ask for the patientId and accept the
 * answer only when it is about that connection.
 */
import { LluError } from './errors';
import type { Connection } from './schemas';

const SEPARATOR = '#';

export interface PatientRef {
  /** The id LibreLinkUp knows. */
  patientId: string;
  /** For a disambiguated id: the connection its answers must be about. */
  connectionId: string | null;
}

/** Glucobar's id for each connection, in order: the patientId, unless it is shared. */
export function patientIds(connections: readonly Connection[]): string[] {
  const seen = new Map<string, number>();
  for (const c of connections) seen.set(c.patientId, (seen.get(c.patientId) ?? 0) + 1);
  return connections.map((c) =>
    (seen.get(c.patientId) ?? 0) > 1 ? `${c.patientId}${SEPARATOR}${c.id}` : c.patientId,
  );
}

export function patientRef(id: string): PatientRef {
  const at = id.lastIndexOf(SEPARATOR);
  if (at <= 0) return { patientId: id, connectionId: null };
  return { patientId: id.slice(0, at), connectionId: id.slice(at + 1) };
}

/** Throws unless an answer for `ref` is about the connection it stands for. */
export function checkConnection(ref: PatientRef, connection: Connection): void {
  if (ref.connectionId === null || connection.id === ref.connectionId) return;
  throw new LluError(
    'patient_not_found',
    'LibreLinkUp lists two people under one id and answered about the other one. Glucobar keeps their readings apart and will try again later.',
  );
}
