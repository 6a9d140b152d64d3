/**
 * Hands views the snapshots that changed. A clock tick rebuilds the snapshot every 15 s; if
 * nothing a person could see changed, the views are not woken (the tray is not redrawn, the
 * popover gets no message).
 */
import type { Snapshot } from '../../../common/snapshot';

export interface SnapshotFeed {
  /** Keeps `snapshot` as the latest; tells the listeners only when it shows something new. */
  publish(snapshot: Snapshot): void;
  latest(): Snapshot | null;
  subscribe(listener: (snapshot: Snapshot) => void): () => void;
}

/** Snapshots that differ only in when they were built are the same picture. */
const sameView = (a: Snapshot, b: Snapshot) =>
  JSON.stringify({ ...a, generatedAt: 0 }) === JSON.stringify({ ...b, generatedAt: 0 });

export function createSnapshotFeed(): SnapshotFeed {
  let latest: Snapshot | null = null;
  const listeners = new Set<(snapshot: Snapshot) => void>();
  return {
    publish(snapshot) {
      const changed = latest === null || !sameView(latest, snapshot);
      latest = snapshot;
      if (changed) for (const listener of listeners) listener(snapshot);
    },
    latest: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
