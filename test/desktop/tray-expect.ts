// What the tray should show for a snapshot, from the product's own tray pipeline (tray view →
// icon set): the one place the desktop tests depend on its signature.
import type { Snapshot } from '../../preload/contract';
import { renderValueIconSet } from '../../main/core/tray/icon-set';
import { trayViewFor } from '../../main/core/tray/tray-view';
import type { AppProcess } from './standin/process';
import type { Representation } from './standin/native-image';
import { PUSH } from '../../preload/contract';

/** The newest snapshot main pushed to the popover (what the popover and the tray share). */
export function lastSnapshot(proc: AppProcess): Snapshot | null {
  const sent = proc.popover()?.webContents.sent ?? [];
  const pushes = sent.filter((m) => m.channel === PUSH.snapshot);
  return (pushes.at(-1)?.payload as Snapshot | undefined) ?? null;
}

/** True when `shown` is, pixel for pixel, the value icon the tray model asks for. */
export function iconMatchesModel(
  shown: Representation,
  snapshot: Snapshot,
  platform: 'win32' | 'linux',
): boolean {
  // The value icon no longer depends on the taskbar theme (an opaque tile reads on any panel).
  const { model } = trayViewFor(snapshot, platform);
  if (model.icon.kind !== 'value') return false;
  const rep = renderValueIconSet(model.icon.spec).find((r) => r.size === shown.width);
  return rep !== undefined && Buffer.compare(rep.png, shown.png) === 0;
}
