/**
 * A served snapshot, as of the moment the client shows it. The server built it up to one tick
 * earlier; the reading's age, and whether it is still current, are recomputed here with the same
 * rules the core uses (buildCurrentReading), so a value that went stale in
 * between is never shown as current.
 */
import type { Units } from '../../../common/glucose/vocabulary';
import type { Snapshot } from '../../../common/snapshot';
import { formatDelta } from '../../../common/glucose/units';
import { buildCurrentReading } from '../snapshot/reading-view';

export interface PresentOptions {
  now: number;
  staleAfterMinutes: number;
  /** Show in this unit instead of the served preference (`status --units`). */
  units: Units | null;
}

export function presentServed(snapshot: Snapshot, options: PresentOptions): Snapshot {
  const served = snapshot.current;
  const units = options.units ?? snapshot.units;
  if (!served || !snapshot.targets) return { ...snapshot, units };
  const rebuilt = buildCurrentReading({
    latest: {
      time: served.time,
      mgdl: served.mgdl,
      trend: served.trend,
      sensorLimit: served.sensorLimit,
      localOffsetMinutes: null,
      source: 'live',
    },
    // The delta needs the recent readings, which stay with the server: its delta is kept while
    // the reading is current (a stale reading has none).
    recent: [],
    targets: snapshot.targets,
    units,
    staleAfterMinutes: options.staleAfterMinutes,
    now: Math.max(options.now, snapshot.generatedAt),
    locale: snapshot.locale,
  });
  // Same machine, same limit: only a clock set back could make this differ; the server's verdict stands.
  if (served.stale && !rebuilt.stale) return snapshot;
  const current = rebuilt.stale
    ? rebuilt
    : {
        ...rebuilt,
        deltaMgdl: served.deltaMgdl,
        display: {
          ...rebuilt.display,
          delta: formatDelta(served.deltaMgdl, units === 'both' ? 'mg/dL' : units, snapshot.locale),
        },
      };
  return {
    ...snapshot,
    units,
    current,
  };
}
