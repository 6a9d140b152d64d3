import type { Reading } from '../glucose/reading';
import { isKnownLimit, isKnownSource, isKnownTrend } from './record-format';

const MAX_SECONDS = 0xffffffff; // uint32 epoch seconds: enough until 2106
const MAX_MGDL = 0xffff;
// Real UTC offsets lie within -12 h..+14 h; anything beyond 18 h is a bug upstream, and a wrong
// offset would print a wrong local time, so such a reading keeps its value but not its offset.
const MAX_OFFSET_MINUTES = 18 * 60;

export type Normalized = { ok: true; reading: Reading } | { ok: false; reason: string };

/**
 * Brings a reading to what the file format stores: whole seconds (LibreLinkUp timestamps have no
 * finer resolution), integer mg/dL and offset. Callers get back exactly what a reload will give
 * them, so "new" readings and readings read from disk compare equal.
 */
export function normalizeReading(reading: Reading): Normalized {
  const { time, mgdl, trend, sensorLimit, localOffsetMinutes, source } = reading;
  if (!Number.isFinite(time)) return { ok: false, reason: 'time is not a finite number' };
  const seconds = Math.round(time / 1000);
  if (seconds < 0 || seconds > MAX_SECONDS) return { ok: false, reason: 'time out of range' };
  if (!Number.isFinite(mgdl)) return { ok: false, reason: 'mgdl is not a finite number' };
  const roundedMgdl = Math.round(mgdl);
  if (roundedMgdl < 0 || roundedMgdl > MAX_MGDL) return { ok: false, reason: 'mgdl out of range' };
  if (!isKnownTrend(trend)) return { ok: false, reason: 'unknown trend' };
  if (!isKnownLimit(sensorLimit)) return { ok: false, reason: 'unknown sensor limit' };
  if (!isKnownSource(source)) return { ok: false, reason: 'unknown source' };
  let offset: number | null = null;
  if (typeof localOffsetMinutes === 'number' && Number.isFinite(localOffsetMinutes)) {
    const rounded = Math.round(localOffsetMinutes);
    if (Math.abs(rounded) <= MAX_OFFSET_MINUTES) offset = rounded;
  }
  return {
    ok: true,
    reading: {
      time: seconds * 1000,
      mgdl: roundedMgdl,
      trend,
      sensorLimit,
      localOffsetMinutes: offset,
      source,
    },
  };
}
