import { session as electronSession, type Session } from 'electron';
import type { PermissionPolicy } from '../core/window/permission-policy';

/**
 * Electron grants web permissions by default (security checklist item 5); this installs the
 * deny-all policy for requests, checks and devices, and refuses downloads, on the session the
 * popover uses. Call once after `app` is ready.
 */
export function applySessionPolicy(
  policy: PermissionPolicy,
  session: Session = electronSession.defaultSession,
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(policy.request(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    policy.check(permission, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
  });
}
