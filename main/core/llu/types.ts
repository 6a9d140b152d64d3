import type { Credentials } from '../../../common/credentials';
import type { Units } from '../../../common/glucose/vocabulary';
import type { Reading } from '../glucose/reading';

/** Region keys LibreLinkUp is known to redirect to; `global` is the entry host. */
export type RegionKey = string;

export interface SensorInfo {
  serial: string;
  /** Activation time, epoch ms (LibreLinkUp `sensor.a`, seconds). */
  activatedAt: number;
  /** Warm-up length in minutes (`sensor.w`), null when LibreLinkUp does not say. */
  warmupMinutes: number | null;
  /** `sensor.pt`, meaning partly known (4 = Libre 3); null when absent. */
  productType: number | null;
}

/** One person the account follows (a LibreLinkUp connection). */
export interface Patient {
  /** `patientId`: the id for graph and logbook calls. */
  id: string;
  /** `Connection.id`. */
  connectionId: string;
  firstName: string;
  lastName: string;
  /** The patient's target range, always mg/dL. */
  targets: { lowMgdl: number; highMgdl: number };
  /** The unit the patient's app uses (`uom`: 0 mmol/L, 1 mg/dL). */
  units: Units;
  sensor: SensorInfo | null;
  /** The live value (`glucoseMeasurement`), null for an account that never uploaded. */
  latest: Reading | null;
  /** Alarm levels configured in LibreLinkUp, mg/dL, when the connection carries them. */
  alarmLevels: { lowMgdl: number | null; highMgdl: number | null; urgentLowMgdl: number | null };
}

export interface GraphResult {
  patient: Patient;
  /** About 12 h of 5-minute history, oldest first (the newest 15–20 min are withheld by the server). */
  readings: Reading[];
}

// Derived from its schema (stored-session.ts); offered here with the other client types.
export type { StoredSession } from './stored-session';

/** The follower account's sign-in: one shape from the sign-in form to the LLU client. */
export type LluCredentials = Credentials;

/** The LibreLinkUp client as the rest of core uses it. Every method throws only LluError. */
export interface LluClient {
  /** All followed patients with their live values. Logs in only when no valid token exists. */
  connections(): Promise<Patient[]>;
  /** The ~12 h graph for one patient. */
  graph(patientId: string): Promise<GraphResult>;
  /** About 14 days of logbook events (scans, alarms), newest first as the server sends them. */
  logbook(patientId: string): Promise<Reading[]>;
  /**
   * The explicit "accept and continue" for a pending terms document. Never called
   * automatically. `nothingPending`: LibreLinkUp asked for no document, nothing was accepted.
   */
  acceptTerms(): Promise<'accepted' | 'nothingPending'>;
  /** Replace the credentials (clears a bad-credentials block). */
  setCredentials(credentials: LluCredentials | null): void;
  /** Forget the token and the stored session. */
  signOut(): Promise<void>;
  /** Number of logins performed by this instance (for budgets and tests). */
  loginCount(): number;
}
