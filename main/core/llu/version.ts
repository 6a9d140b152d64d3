/**
 * Client version strings as LibreLinkUp uses them in the `version` header (`4.17.0`), and the
 * server's version gate: HTTP 403 `{status:920, data:{minimumVersion}}` (llu-protocol §3.2).
 */
import { LluError } from './errors';
import type { LluAnswer } from './http';

/** The newest version known to work with LibreLinkUp (GDH and DiaBLE send it since 2025-12). */
export const DEFAULT_CLIENT_VERSION = '4.17.0';

const VERSION = /^\d{1,4}(\.\d{1,4}){1,3}$/;

export function isVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION.test(value);
}

/** Numeric comparison by parts, so 4.16.0 < 4.17 < 4.17.1 and 4.9 < 4.10. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

export function newerVersion(a: string, b: string | undefined): string {
  return b !== undefined && isVersion(b) && compareVersions(b, a) > 0 ? b : a;
}

/** For a `{status:920}` version gate: the demanded version (null if unreadable); else undefined. */
export function versionDemand(answer: LluAnswer): string | null | undefined {
  const body = (answer.body ?? {}) as { status?: unknown; data?: { minimumVersion?: unknown } };
  if (body.status !== 920) return undefined;
  const minimum =
    typeof body.data === 'object' && body.data !== null ? body.data.minimumVersion : undefined;
  return isVersion(minimum) ? minimum : null;
}

export function outdated(
  minimumVersion: string | null,
  current: string,
  httpStatus?: number,
): LluError {
  if (minimumVersion === null) {
    return new LluError(
      'client_outdated',
      `LibreLinkUp no longer accepts app version ${current}. Update Glucobar, or set a newer ` +
        'LibreLinkUp version in the settings.',
      httpStatus !== undefined ? { httpStatus } : {},
    );
  }
  return new LluError(
    'client_outdated',
    `LibreLinkUp requires app version ${minimumVersion} or newer (Glucobar sent ${current}). ` +
      'Update Glucobar, or set the newer LibreLinkUp version in the settings.',
    { minimumVersion, ...(httpStatus !== undefined ? { httpStatus } : {}) },
  );
}
