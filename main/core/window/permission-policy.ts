import type { Logger } from '../ports';
import { originOf } from './app-origin';

/**
 * Web permissions for every page in the app: all denied.
 *
 * Electron grants every permission request by default (security checklist item 5). The
 * popover needs none: notifications come from main, it has no camera, clipboard, location or
 * device access, and nothing else is ever loaded. A request therefore means a bug or an
 * attack, so it is logged (permission name and origin only).
 */
export interface PermissionPolicy {
  /** Answer for `session.setPermissionRequestHandler`. */
  request(permission: string, requestingUrl: string): false;
  /** Answer for `session.setPermissionCheckHandler` (called often: not logged). */
  check(permission: string, origin: string): false;
}

export function createPermissionPolicy(logger: Logger): PermissionPolicy {
  return {
    request(permission, requestingUrl) {
      logger.warn('Denied a permission request', {
        permission: String(permission).slice(0, 64),
        origin: originOf(requestingUrl) ?? 'unknown',
      });
      return false;
    },
    check() {
      return false;
    },
  };
}
