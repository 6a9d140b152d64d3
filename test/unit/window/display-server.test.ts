import { describe, expect, it } from 'vitest';
import { isWaylandSession } from '../../../main/core/window/display-server';

describe('Wayland session', () => {
  it('is what XDG_SESSION_TYPE says on Linux, unless --ozone-platform overrides it', () => {
    const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };
    expect(isWaylandSession('linux', wayland, '')).toBe(true);
    expect(isWaylandSession('linux', wayland, 'x11')).toBe(false);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'x11' }, '')).toBe(false);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'x11' }, 'wayland')).toBe(true);
  });

  it('never on macOS or Windows', () => {
    expect(isWaylandSession('darwin', { XDG_SESSION_TYPE: 'wayland' }, '')).toBe(false);
    expect(isWaylandSession('win32', { XDG_SESSION_TYPE: 'wayland' }, 'wayland')).toBe(false);
  });
});
