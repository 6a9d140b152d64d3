import type { RangeBand } from '../../../common/glucose/vocabulary';
import type { GmiWithheld, Report, TimeInRange } from '../../../common/history';
import {
  CONSENSUS_TARGETS,
  VERY_LOW_BELOW_MGDL,
  classifyRange,
} from '../../../common/glucose/range';
import { GMI_MIN_COVERAGE, GMI_MIN_DAYS } from '../../../common/glucose/consensus-goals';
import { findEpisodes, summarizeEpisodes } from './episodes';
import type { Reading } from './reading';
import { SLOT_MS, slotIndex, slotWeights } from './slots';

export type GlucoseStats = Omit<Report, 'patientId' | 'span' | 'agp' | 'days'>;

export interface StatsSpan {
  /** Start, epoch ms, included. */
  from: number;
  /** End, epoch ms, excluded. */
  to: number;
}

/** GMI (%) = 3.31 + 0.02392 × mean glucose in mg/dL (Bergenstal et al., 2018). */
export function gmiPercent(meanMgdl: number): number {
  return 3.31 + 0.02392 * meanMgdl;
}

/** Why GMI must not be shown for this span and coverage, or null when it may. */
export function gmiWithheld(
  spanMs: number,
  coverage: number,
  readings: number,
): GmiWithheld | null {
  if (readings === 0) return 'no-readings';
  if (spanMs < GMI_MIN_DAYS * 24 * 3_600_000) return 'span-too-short';
  if (coverage < GMI_MIN_COVERAGE) return 'low-wear';
  return null;
}

/** Consensus low episodes: ≥ 15 minutes below 70 (level 1 or 2) and below 54 mg/dL (level 2). */
function lowEpisodes(inSpan: readonly Reading[]): Report['lowEpisodes'] {
  const sorted = [...inSpan].sort((a, b) => a.time - b.time);
  const below = (limit: number) => summarizeEpisodes(findEpisodes(sorted, (r) => r.mgdl < limit));
  return { below70: below(CONSENSUS_TARGETS.lowMgdl), below54: below(VERY_LOW_BELOW_MGDL) };
}

const BAND_KEYS: Record<RangeBand, keyof TimeInRange> = {
  veryLow: 'veryLow',
  low: 'low',
  inRange: 'inRange',
  high: 'high',
  veryHigh: 'veryHigh',
};

function emptyTimeInRange(): TimeInRange {
  return { veryLow: 0, low: 0, inRange: 0, high: 0, veryHigh: 0 };
}

/**
 * Summary of the readings in [from, to).
 *
 * Weighting: the span is cut into 5-minute slots starting at `from`; every occupied slot weighs
 * the same and its readings share that weight (see slotWeights). So minute data and 5-minute
 * graph data count by the time they cover, and duplicates cannot tilt a result.
 *
 * Time in range uses the consensus bands (<54, 54–69, 70–180, 181–250, >250 mg/dL), which are
 * fixed on purpose: they make reports comparable; the patient's own targets are only for colour.
 * HI/LO readings count with their clamped value (in the very high / very low band).
 *
 * SD is the POPULATION standard deviation (divide by the total weight, not weight − 1): the
 * readings are the whole period being described, not a sample of something larger, it is defined
 * for a single slot, and over a day (288 slots) the two differ by under 0.2 %.
 * CV% = SD / mean × 100. GMI only when gmiWithheld allows it. Numbers are unrounded; views
 * round. No readings → zeros and nulls.
 */
export function computeStats(readings: readonly Reading[], span: StatsSpan): GlucoseStats {
  const { from, to } = span;
  const inSpan = readings.filter((r) => r.time >= from && r.time < to);
  const slotCount = to > from ? Math.ceil((to - from) / SLOT_MS) : 0;
  const timeInRange = emptyTimeInRange();
  if (inSpan.length === 0) {
    return {
      from,
      to,
      readings: 0,
      timeInRange,
      meanMgdl: null,
      sdMgdl: null,
      cvPercent: null,
      gmiPercent: null,
      gmiWithheld: 'no-readings',
      coverage: 0,
      lowEpisodes: lowEpisodes([]),
    };
  }
  const weights = slotWeights(inSpan, from);
  const occupied = new Set(inSpan.map((r) => slotIndex(r.time, from))).size;
  let sum = 0;
  inSpan.forEach((r, i) => {
    const w = weights[i] as number;
    sum += w * r.mgdl;
    timeInRange[BAND_KEYS[classifyRange(r.mgdl, CONSENSUS_TARGETS)]] += w;
  });
  const mean = sum / occupied;
  let squares = 0;
  inSpan.forEach((r, i) => {
    squares += (weights[i] as number) * (r.mgdl - mean) ** 2;
  });
  const sd = Math.sqrt(squares / occupied);
  for (const key of Object.keys(timeInRange) as (keyof TimeInRange)[]) {
    timeInRange[key] /= occupied;
  }
  const coverage = occupied / slotCount;
  const withheld = gmiWithheld(to - from, coverage, inSpan.length);
  return {
    from,
    to,
    readings: inSpan.length,
    timeInRange,
    meanMgdl: mean,
    sdMgdl: sd,
    cvPercent: mean > 0 ? (sd / mean) * 100 : null,
    gmiPercent: withheld === null ? gmiPercent(mean) : null,
    gmiWithheld: withheld,
    coverage,
    lowEpisodes: lowEpisodes(inSpan),
  };
}
