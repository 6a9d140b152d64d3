/** History, reports and exports: what views ask core for about stored readings. */

export type ChartSpan = '3h' | '6h' | '12h' | '24h' | '7d' | '14d' | '30d' | '90d';
export const CHART_SPANS: readonly ChartSpan[] = [
  '3h',
  '6h',
  '12h',
  '24h',
  '7d',
  '14d',
  '30d',
  '90d',
];

export interface HistoryRequest {
  patientId: string;
  span: ChartSpan;
}

/** Readings as two parallel arrays (compact across the bridge), oldest first. */
export interface HistorySeries {
  patientId: string;
  span: ChartSpan;
  from: number;
  to: number;
  times: number[];
  mgdl: number[];
}

export interface ReportRequest {
  patientId: string;
  span: ChartSpan;
}

export interface TimeInRange {
  veryLow: number;
  low: number;
  inRange: number;
  high: number;
  veryHigh: number;
}

/** The spans a report covers (a clinician's 2 weeks by default); shorter spans say too little. */
export type ReportSpan = '7d' | '14d' | '30d' | '90d';
export const REPORT_SPANS: readonly ReportSpan[] = ['7d', '14d', '30d', '90d'];
export const DEFAULT_REPORT_SPAN: ReportSpan = '14d';

/** Why a report shows no GMI: no readings, fewer than 14 days, or under 70 % sensor wear. */
export type GmiWithheld = 'no-readings' | 'span-too-short' | 'low-wear';

/** Consensus episodes of one kind: how many, and their total length in minutes. */
export interface EpisodeCount {
  count: number;
  minutes: number;
}

/** One calendar day of the wearer for the report's small multiples ("daily glucose profiles"). */
export interface DayProfile {
  /** The wearer's local date, `YYYY-MM-DD`. */
  date: string;
  /** Mean mg/dL per `bucketMinutes` from local midnight (96 values for 15 min); null = no data. */
  mgdl: (number | null)[];
  readings: number;
  /** Slot-weighted fractions 0..1 of the day's readings in each consensus band. */
  timeInRange: TimeInRange;
  /** Low episodes (≥ 15 min below 70 mg/dL) of the day, cut at midnight. */
  lows: number;
  lowestMgdl: number | null;
  highestMgdl: number | null;
}

export interface Report {
  patientId: string;
  span: ChartSpan;
  from: number;
  to: number;
  readings: number;
  /** Fractions 0..1 of readings in each consensus band. */
  timeInRange: TimeInRange;
  meanMgdl: number | null;
  sdMgdl: number | null;
  /** Coefficient of variation, percent. */
  cvPercent: number | null;
  /** Glucose management indicator, percent; null when withheld (see gmiWithheld). */
  gmiPercent: number | null;
  /** Why GMI is not given, or null when it is. */
  gmiWithheld: GmiWithheld | null;
  /** Low episodes (≥ 15 min below 70, and below 54 mg/dL; international consensus). */
  lowEpisodes: { below70: EpisodeCount; below54: EpisodeCount };
  /** Fraction 0..1 of the span covered by readings. */
  coverage: number;
  /** AGP: percentiles of mg/dL by time of day (wearer's local time), one row per bucket. */
  agp: {
    bucketMinutes: number;
    p5: (number | null)[];
    p25: (number | null)[];
    p50: (number | null)[];
    p75: (number | null)[];
    p95: (number | null)[];
  };
  /** Small multiples: one profile per local day the span touches, oldest first. */
  days: { bucketMinutes: number; profiles: DayProfile[] };
}

export interface ExportRequest {
  patientId: string;
  span: ChartSpan;
  format: 'csv' | 'json';
}

export type ExportOutcome = { saved: true; path: string; rows: number } | { saved: false };
