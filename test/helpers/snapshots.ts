// Fixture builders for the bridge's wire types: Snapshots for every session state, Settings,
// HistorySeries and Reports. Display strings imitate what main formats, so renderer tests can
// check that the popover shows main's text rather than computing its own.
import type {
  ChartSpan,
  CurrentReading,
  HistorySeries,
  PatientSummary,
  Report,
  SessionStatus,
  SessionView,
  Settings,
  Snapshot,
  Trend,
  UnitsPreference,
} from '../../preload/contract';
import { computeDayProfiles } from '../../main/core/glucose/day-profiles';

/** The fixed "now" of every fixture: Tuesday 10 March 2026, 13:30 UTC. */
export const NOW = Date.UTC(2026, 2, 10, 13, 30, 0);
export const MINUTE = 60_000;

const MGDL_PER_MMOL = 18.0182;
const ARROWS: Record<Trend, [string, string]> = {
  fallingQuickly: ['↓', 'falling quickly'],
  falling: ['↘', 'falling'],
  flat: ['→', 'steady'],
  rising: ['↗', 'rising'],
  risingQuickly: ['↑', 'rising quickly'],
  unknown: ['?', 'trend unknown'],
};

export interface ReadingSpec {
  mgdl?: number;
  trend?: Trend;
  deltaMgdl?: number | null;
  ageSeconds?: number;
  stale?: boolean;
  units?: UnitsPreference;
  sensorLimit?: 'HI' | 'LO' | null;
}

function inUnit(mgdl: number, unit: 'mg/dL' | 'mmol/L'): string {
  return unit === 'mg/dL' ? String(Math.round(mgdl)) : (mgdl / MGDL_PER_MMOL).toFixed(1);
}

function signed(mgdl: number, unit: 'mg/dL' | 'mmol/L'): string {
  const text = inUnit(Math.abs(mgdl), unit);
  // Main writes a fall with a real minus sign (formatDelta, U+2212).
  return `${mgdl < 0 ? '\u2212' : '+'}${text}`;
}

function ageText(seconds: number): string {
  return seconds < 60 ? 'just now' : `${Math.floor(seconds / 60)} min ago`;
}

/** A current reading with main-style display strings. */
export function makeCurrent(spec: ReadingSpec = {}): CurrentReading {
  const mgdl = spec.mgdl ?? 131;
  const trend = spec.trend ?? 'rising';
  const units = spec.units ?? 'mg/dL';
  const unit = units === 'mmol/L' ? 'mmol/L' : 'mg/dL';
  const other = unit === 'mg/dL' ? 'mmol/L' : 'mg/dL';
  const ageSeconds = spec.ageSeconds ?? 120;
  const deltaMgdl = spec.deltaMgdl === undefined ? 3 : spec.deltaMgdl;
  const limit = spec.sensorLimit ?? null;
  const range =
    mgdl < 54
      ? 'veryLow'
      : mgdl < 70
        ? 'low'
        : mgdl > 250
          ? 'veryHigh'
          : mgdl > 180
            ? 'high'
            : 'inRange';
  const tone = {
    veryLow: 'urgentLow',
    low: 'low',
    inRange: 'inRange',
    high: 'high',
    veryHigh: 'urgentHigh',
  } as const;
  return {
    time: NOW - ageSeconds * 1000,
    mgdl,
    mmol: Math.round((mgdl / MGDL_PER_MMOL) * 10) / 10,
    trend,
    deltaMgdl,
    range,
    tone: spec.stale ? 'stale' : tone[range],
    sensorLimit: limit,
    ageSeconds,
    stale: spec.stale ?? false,
    display: {
      value: limit ?? inUnit(mgdl, unit),
      unit,
      secondary: units === 'both' && !limit ? inUnit(mgdl, other) : null,
      delta: deltaMgdl === null || limit ? null : signed(deltaMgdl, unit),
      age: ageText(ageSeconds),
      arrow: ARROWS[trend][0],
      trendWords: ARROWS[trend][1],
    },
  };
}

export const PATIENTS: PatientSummary[] = [
  { id: 'p-sam', name: 'Sam Example', value: '131', tone: 'inRange', stale: false, selected: true },
  { id: 'p-robin', name: 'Robin Example', value: '64', tone: 'low', stale: false, selected: false },
  { id: 'p-kim', name: 'Kim Example', value: '212', tone: 'high', stale: true, selected: false },
];

function session(status: SessionStatus, extra: Partial<SessionView> = {}): SessionView {
  return { status, message: '', retryAt: null, document: null, minimumVersion: null, ...extra };
}

/** A healthy snapshot: signed in, one patient, a fresh in-range reading rising. */
export function makeSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const current = overrides.current === undefined ? makeCurrent() : overrides.current;
  return {
    generatedAt: NOW,
    demo: false,
    session: session('ok'),
    units: 'mg/dL',
    privacy: false,
    launchAtLogin: false,
    patients: [PATIENTS[0]!],
    selectedPatientId: 'p-sam',
    patientName: 'Sam Example',
    current,
    readingProblem: null,
    sensor: {
      serial: '0M00TESTSN',
      state: 'active',
      activatedAt: NOW - 5 * 24 * 60 * MINUTE,
      daysLeft: 9,
      warmupEndsAt: null,
      endsAt: NOW + 9 * 24 * 60 * MINUTE,
    },
    targets: { lowMgdl: 70, highMgdl: 180 },
    alarms: [],
    alarmsPausedUntil: null,
    lastUpdatedAt: current ? current.time : null,
    notices: [],
    update: null,
    locale: { language: 'en', tag: 'en' },
    ...overrides,
  };
}

const SIGNED_OUT: Partial<Snapshot> = {
  patients: [],
  selectedPatientId: null,
  patientName: null,
  current: null,
  sensor: null,
  targets: null,
  lastUpdatedAt: null,
};

/** One canned snapshot per session state, as main would send it. */
export function stateSnapshot(status: SessionStatus): Snapshot {
  const stale = makeCurrent({ mgdl: 142, trend: 'flat', ageSeconds: 14 * 60, stale: true });
  const recent = makeCurrent({ mgdl: 142, trend: 'flat', ageSeconds: 3 * 60 });
  switch (status) {
    case 'ok':
      return makeSnapshot();
    case 'connecting':
      return makeSnapshot({ ...SIGNED_OUT, session: session('connecting') });
    case 'signed_out':
    case 'bad_credentials':
    case 'unauthorized':
    case 'email_verification_required':
    case 'no_connections':
    case 'region_unknown':
    case 'sign_in_step_required':
    case 'password_expired':
      return makeSnapshot({ ...SIGNED_OUT, session: session(status) });
    case 'api_changed':
      return makeSnapshot({ current: stale, session: session(status) });
    case 'terms_required':
      return makeSnapshot({ ...SIGNED_OUT, session: session(status, { document: 'pp' }) });
    case 'locked_out':
      return makeSnapshot({
        ...SIGNED_OUT,
        session: session(status, { retryAt: NOW + 4 * MINUTE + 37_000 }),
      });
    case 'rate_limited':
    case 'blocked':
      return makeSnapshot({
        current: stale,
        session: session(status, { retryAt: NOW + 9 * MINUTE }),
      });
    case 'client_outdated':
      return makeSnapshot({
        current: stale,
        session: session(status, { minimumVersion: '4.16.0' }),
      });
    case 'offline':
    case 'server_unavailable':
      return makeSnapshot({ current: recent, session: session(status) });
    case 'bad_response':
      return makeSnapshot({ current: stale, session: session(status) });
    case 'patient_not_found':
      return makeSnapshot({
        current: null,
        patients: PATIENTS.slice(1).map((p) => ({ ...p, selected: false })),
        selectedPatientId: null,
        patientName: null,
        session: session(status),
      });
  }
}

export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    units: 'mg/dL',
    selectedPatientId: 'p-sam',
    alarms: {
      urgentLow: { enabled: true, threshold: 55 },
      low: { enabled: true, threshold: 70 },
      high: { enabled: true, threshold: 240 },
      rapidFall: { enabled: false, threshold: 2 },
      rapidRise: { enabled: false, threshold: 2 },
      noData: { enabled: true, threshold: 20 },
    },
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
    staleAfterMinutes: 10,
    launchAtLogin: true,
    keepPopoverPinned: false,
    privacyMode: false,
    rememberWithoutKeyStore: false,
    sensorLifetimeDays: 14,
    lluClientVersion: '4.17.0',
    language: 'system',
    ...overrides,
  };
}

const SPAN_MS: Record<ChartSpan, number> = {
  '3h': 3 * 60 * MINUTE,
  '6h': 6 * 60 * MINUTE,
  '12h': 12 * 60 * MINUTE,
  '24h': 24 * 60 * MINUTE,
  '7d': 7 * 1440 * MINUTE,
  '14d': 14 * 1440 * MINUTE,
  '30d': 30 * 1440 * MINUTE,
  '90d': 90 * 1440 * MINUTE,
};

/** The fixtures' glucose curve: slow and fast waves that dip into low and reach high. */
export function curve(time: number): number {
  const t = time / MINUTE;
  const value =
    135 + 70 * Math.sin((2 * Math.PI * t) / 360) + 20 * Math.sin((2 * Math.PI * t) / 97);
  return Math.max(40, Math.min(400, Math.round(value)));
}

/** History for `span` ending at NOW, one reading every `stepMinutes`. */
export function makeHistory(span: ChartSpan, stepMinutes = 15, patientId = 'p-sam'): HistorySeries {
  const to = NOW;
  const from = to - SPAN_MS[span];
  const times: number[] = [];
  const mgdl: number[] = [];
  for (let t = from + stepMinutes * MINUTE; t <= to; t += stepMinutes * MINUTE) {
    times.push(t);
    mgdl.push(curve(t));
  }
  return { patientId, span, from, to, times, mgdl };
}

/**
 * The report's small multiples as main computes them (computeDayProfiles), from a day-shaped
 * curve: three meal peaks, nights that dip low on some days, a little noise, one reading every
 * 15 minutes, wearer in UTC.
 */
export function makeDays(span: ChartSpan): Report['days'] {
  const from = NOW - SPAN_MS[span];
  const bump = (h: number, at: number, width: number) => Math.exp(-(((h - at) / width) ** 2));
  const readings = [];
  for (let t = from + 15 * MINUTE; t <= NOW; t += 15 * MINUTE) {
    const day = Math.floor(t / (1440 * MINUTE));
    const h = (t / (60 * MINUTE)) % 24;
    const value =
      125 +
      (80 + 40 * Math.sin(day * 2.1)) * bump(h, 8.5, 1.3) +
      (60 + 35 * Math.sin(day * 1.3)) * bump(h, 13.5, 1.4) +
      (100 + 50 * Math.sin(day * 0.7)) * bump(h, 19.5, 1.6) -
      (30 + 45 * Math.sin(day * 1.7)) * bump(h, 3.5, 1.5) +
      8 * Math.sin(t / (47 * MINUTE));
    readings.push({
      time: t,
      mgdl: Math.max(40, Math.min(400, Math.round(value))),
      trend: 'flat' as const,
      sensorLimit: null,
      localOffsetMinutes: 0,
      source: 'graph' as const,
    });
  }
  return computeDayProfiles(readings, { from, to: NOW });
}

export function makeReport(span: ChartSpan = '14d', overrides: Partial<Report> = {}): Report {
  const buckets = 96;
  const p50 = Array.from({ length: buckets }, (_, i) =>
    Math.round(130 + 45 * Math.sin((2 * Math.PI * (i - 20)) / buckets)),
  );
  const around = (d: number) => p50.map((v) => Math.max(40, v + d));
  return {
    patientId: 'p-sam',
    span,
    from: NOW - SPAN_MS[span],
    to: NOW,
    readings: 3980,
    timeInRange: { veryLow: 0.013, low: 0.042, inRange: 0.716, high: 0.184, veryHigh: 0.045 },
    meanMgdl: 148.4,
    sdMgdl: 49.2,
    cvPercent: 33.15,
    gmiPercent: 6.86,
    gmiWithheld: null,
    coverage: 0.923,
    lowEpisodes: { below70: { count: 6, minutes: 214 }, below54: { count: 2, minutes: 40 } },
    agp: {
      bucketMinutes: 15,
      p5: around(-70),
      p25: around(-30),
      p50,
      p75: around(35),
      p95: around(95),
    },
    days: makeDays(span),
    ...overrides,
  };
}
