import type { ChartSpan, Report, ReportRequest } from '../../../common/history';
import { computeAgp } from '../glucose/agp';
import { computeDayProfiles } from '../glucose/day-profiles';
import type { Reading } from '../glucose/reading';
import { computeStats } from '../glucose/stats';

const HOUR = 3_600_000;
const SPAN_MS: Record<ChartSpan, number> = {
  '3h': 3 * HOUR,
  '6h': 6 * HOUR,
  '12h': 12 * HOUR,
  '24h': 24 * HOUR,
  '7d': 7 * 24 * HOUR,
  '14d': 14 * 24 * HOUR,
  '30d': 30 * 24 * HOUR,
  '90d': 90 * 24 * HOUR,
};

export const spanMs = (span: ChartSpan): number => SPAN_MS[span];
export const spanStart = (span: ChartSpan, now: number): number => now - SPAN_MS[span];

/**
 * The report view's numbers for one span: consensus statistics, the AGP by time of day and one
 * small profile per day (small multiples).
 */
export function buildReport(
  request: ReportRequest,
  readings: readonly Reading[],
  from: number,
  to: number,
): Report {
  return {
    patientId: request.patientId,
    span: request.span,
    ...computeStats(readings, { from, to }),
    agp: computeAgp(readings),
    days: computeDayProfiles(readings, { from, to }),
  };
}
