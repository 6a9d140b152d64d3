import { screen, type Rectangle } from 'electron';
import { placePopover } from '../core/tray/placement';

/**
 * Where the popover goes for a click on the tray icon at `trayBounds` (the bounds the `click`
 * event carries, docs/api/tray.md): on the display that icon is on, so with several monitors
 * it opens beside the icon that was clicked; with no bounds (some Linux hosts report zeros),
 * on the display under the pointer.
 */
export function popoverBounds(
  trayBounds: Rectangle,
  size: { width: number; height: number },
  platform: NodeJS.Platform,
): Rectangle {
  const cursor = screen.getCursorScreenPoint();
  const anchored = trayBounds.width > 0 || trayBounds.height > 0;
  const display = screen.getDisplayNearestPoint(
    anchored
      ? {
          x: Math.round(trayBounds.x + trayBounds.width / 2),
          y: Math.round(trayBounds.y + trayBounds.height / 2),
        }
      : cursor,
  );
  const { x, y } = placePopover({
    trayBounds,
    windowSize: size,
    display: { bounds: display.bounds, workArea: display.workArea },
    platform,
    cursor,
  });
  return { x: Math.round(x), y: Math.round(y), width: size.width, height: size.height };
}
