import type { SensorLimit, Trend } from '../../../common/glucose/vocabulary';

export type {
  RangeBand,
  SensorLimit,
  Trend,
  Units,
  UnitsPreference,
} from '../../../common/glucose/vocabulary';

/** Where a reading came from: the live minute value, the 12 h graph, or the logbook. */
export type ReadingSource = 'live' | 'graph' | 'logbook';

/** One sensor reading, as every core module sees it. */
export interface Reading {
  /** Sensor time (LibreLinkUp `FactoryTimestamp`, UTC), epoch ms: the reading's identity. */
  time: number;
  /** Integer mg/dL (also for HI/LO, where it is the server's clamped value). */
  mgdl: number;
  /** `unknown` for graph points, which carry no trend. */
  trend: Trend;
  sensorLimit: SensorLimit;
  /**
   * The wearer's UTC offset in minutes at that moment (`Timestamp` minus `FactoryTimestamp`),
   * used only to show local wall-clock time; null when unknown. Never used for arithmetic on `time`.
   */
  localOffsetMinutes: number | null;
  source: ReadingSource;
}
