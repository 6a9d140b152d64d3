import { z } from 'zod';
import type { KeyValueStore } from '../ports';
import { createJsonFileStore } from '../storage/json-file-store';

/**
 * What the mini view remembers across restarts, in its own small file (`mini-view.json` in the
 * user data folder), not in the settings: it is window state the person sets by dragging and
 * by the tray menu's checkbox, not a preference they edit. Only the top-left corner is kept;
 * the size is fixed, and mini-place.ts checks the corner against today's displays.
 */
export interface MiniViewState {
  open: boolean;
  /** Top-left corner in DIPs, or null before the first move (and always on Wayland). */
  place: { x: number; y: number } | null;
}

export const CLOSED_MINI_VIEW: MiniViewState = Object.freeze({ open: false, place: null });

/** Far outside any real desktop: a corrupt number is refused, not clamped onto a display. */
const coordinate = z.number().int().min(-100_000).max(100_000);

const stateSchema = z.object({
  version: z.literal(1),
  open: z.boolean(),
  place: z.object({ x: coordinate, y: coordinate }).nullable(),
});

export type StoredMiniView = z.infer<typeof stateSchema>;

/** A stored document, or undefined when it is not one we wrote (the store then reads as none). */
export function parseMiniViewState(raw: unknown): MiniViewState | undefined {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return { open: parsed.data.open, place: parsed.data.place };
}

export function storedMiniView(state: MiniViewState): StoredMiniView {
  return { version: 1, open: state.open, place: state.place };
}

/** The state file: `mini-view.json`, written atomically; anything unreadable reads as none. */
export function createMiniViewStore(path: string): KeyValueStore<MiniViewState> {
  // The file carries a version so a later shape can tell it apart.
  const file = createJsonFileStore<StoredMiniView>(path, {
    parse: (raw) => (parseMiniViewState(raw) ? (raw as StoredMiniView) : undefined),
  });
  return {
    read: async () => parseMiniViewState(await file.read()),
    write: (state) => file.write(storedMiniView(state)),
    clear: () => file.clear(),
  };
}
