/**
 * Public shape of the simulator: how to start it, what it hands back, and the control surface
 * tests and demo tooling use (in process, and the same operations as JSON under /__control).
 */
import type { Clock, Logger } from '../core/ports';
import type { ActiveFault } from './faults/registry';
import type { Fault } from './faults/schema';
import type { PatientProfile, PatientSpec } from './patients/profile';
import type { SensorAction } from './patients/sensor';
import type { TrendArrow } from './patients/timeline';
import type { RequestCounts, RequestLogEntry } from './server/counts';
import type { PublishedInclude } from './control/schemas';
import type { RequestBudget } from './state/policy';
import type { RegionOptions } from './state/regions';
import type { AccountSpec } from './state/world';

export type { ActiveFault, AccountSpec, Fault, PatientSpec, RegionOptions, RequestBudget };
export type { RequestCounts, RequestLogEntry, SensorAction, PublishedInclude };

export interface SimulatorOptions {
  /** All simulated time: readings, tokens, lockouts, delays. Default: the system clock. */
  clock?: Clock;
  /** Fixes ids, names and glucose curves. Default 1. */
  seed?: number;
  /** Default 0: a free port. The host is always 127.0.0.1. */
  port?: number;
  logger?: Logger;
}

export interface Simulator {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT/{region}`: replace `{region}` with `global` or a region key. */
  apiUrl: string;
  demo: { email: string; password: string };
  control: SimulatorControl;
  close(): Promise<void>;
}

export interface SensorInfo {
  serial: string;
  /** Epoch ms. */
  activatedAt: number;
  /** Null when LibreLinkUp leaves `w` out. */
  warmupMinutes: number | null;
  productType: number;
  /** At the simulator's current time. */
  state: 'warmingUp' | 'active' | 'ended';
}

/** A wearer as control calls describe it: the profile's public fields plus who follows them. */
export type PatientInfo = Pick<
  PatientProfile,
  | 'id'
  | 'connectionId'
  | 'firstName'
  | 'lastName'
  | 'timeZone'
  | 'country'
  | 'units'
  | 'targetLow'
  | 'targetHigh'
  | 'alarmLow'
  | 'alarmHigh'
> & {
  /** E-mails of the accounts following this wearer. */
  followers: string[];
  sensor: SensorInfo | null;
};

export interface AccountInfo {
  email: string;
  /** `user.id` as login returns it. */
  userId: string;
  /** The `Account-Id` header value: SHA-256 hex of userId. */
  accountIdHeader: string;
  region: string;
  patientIds: string[];
}

/** One reading the server made visible, with the text the wire carries. */
export interface PublishedReadingView {
  /** Sensor time, epoch ms (`FactoryTimestamp`). */
  time: number;
  factoryTimestamp: string;
  /** Wearer's local wall clock (`Timestamp`). */
  timestamp: string;
  mgdl: number;
  isLow: boolean;
  isHigh: boolean;
  trendArrow: TrendArrow;
  /** Was (or is) the live `glucoseMeasurement`. */
  live: boolean;
  /** Was (or is) a 5-minute `graphData` point. */
  graph: boolean;
}

export interface SimulatorControl {
  /** The simulator's current time (its clock), epoch ms. */
  now(): number;
  /** Adds a fault; returns its id. Throws SimulatorControlError when the fault is invalid. */
  inject(fault: Fault): string;
  remove(faultId: string): boolean;
  faults(): ActiveFault[];
  /**
   * Removes every fault, document-step progress and login lockout, and restores the default
   * gates (minimum version 4.16.0, Account-Id required everywhere, no request budget).
   * Accounts, wearers, stalls, sensor actions and overrides stay: they are history.
   */
  clear(): void;
  counts(): RequestCounts;
  resetCounts(): void;
  /** The most recent LibreLinkUp requests (up to 1000), oldest first. */
  requests(limit?: number): RequestLogEntry[];
  addAccount(spec: AccountSpec): AccountInfo;
  accounts(): AccountInfo[];
  /** Replaces whom an account follows; returns the wearers in that order. */
  setPatients(email: string, patients: PatientSpec[]): PatientInfo[];
  patients(): PatientInfo[];
  addRegion(key: string, options?: RegionOptions): void;
  /**
   * Every reading with sensor time in [fromMs, toMs] (clipped to now) the server has shown:
   * `live` (default) = was the current value at some moment; `graph` = was a graph point;
   * `all` = either. Oldest first.
   */
  publishedReadings(
    patientId: string,
    fromMs: number,
    toMs: number,
    include?: PublishedInclude,
  ): PublishedReadingView[];
  /** The current live value, or null (no sensor, never uploaded). */
  liveReading(patientId: string): PublishedReadingView | null;
  /**
   * The wearer's phone stops uploading from `fromMs` for `minutes` (F21). Stalls, sensor
   * actions and overrides are meant for the present or future: placing one in the past
   * rewrites what publishedReadings reports for that past.
   */
  stall(patientId: string, fromMs: number, minutes: number): void;
  sensor(patientId: string, action: SensorAction): SensorInfo | null;
  /** Forces readings in [fromMs, toMs) to `mgdl` (beyond 40–500 they read LO / HI). */
  overrideGlucose(patientId: string, fromMs: number, toMs: number, mgdl: number): void;
  /** Which hosts `/llu/config/country` names: this simulator's, or LibreView's (as via a proxy). */
  setConfigHosts(kind: 'simulator' | 'libreview'): void;
  /** Data calls with a lower `version` header get 403/920; null switches the gate off. */
  setMinimumVersion(version: string | null): void;
  /** Requires `Account-Id` in one region, or (no region) everywhere, resetting regions. */
  setAccountIdGate(enabled: boolean, region?: string): void;
  setRequestBudget(budget: RequestBudget | null): void;
  /** Invalidates every token issued so far to one account, or to all accounts. */
  revokeTokens(email?: string): void;
}
