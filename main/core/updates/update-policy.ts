/**
 * When Glucobar looks for, fetches and offers an update: pure decisions, no Electron. LibreLinkUp
 * changes without notice, and a fix helps only once installed, so the app checks soon after start
 * and every few hours; a failed check is retried sooner, backing off; the download runs in the
 * background; a restart is only ever offered, and never happens while an alarm is active.
 */

import type { MessageKey } from '../../../common/i18n/translate';
import type { UpdateOffer } from '../../../common/updates';

/** First check: shortly after start, once the first poll has had its turn. */
export const FIRST_CHECK_DELAY_MS = 60_000;
export const CHECK_EVERY_MS = 4 * 3_600_000;
/** After a failure: 15 min, 30 min, 1 h, 2 h, then every 4 h. */
export const FIRST_RETRY_MS = 15 * 60_000;

export type InstallMode = 'auto' | 'download-page';

export type DisabledReason = 'development' | 'demo' | 'turned-off';

/** Where the app came from decides whether it may update itself at all. */
export function updatesDisabled(app: {
  isPackaged: boolean;
  demo: boolean;
  env: Record<string, string | undefined>;
}): DisabledReason | null {
  if (!app.isPackaged) return 'development';
  if (app.demo) return 'demo';
  if (app.env.GLUCOBAR_UPDATES === 'off') return 'turned-off';
  return null;
}

/**
 * A system package (deb, rpm, pacman) belongs to the system's package manager, which electron-updater
 * cannot drive without an administrator password prompt: there the app offers the download page.
 * `packageType` is electron-builder's `resources/package-type` file (absent for AppImage, mac, win).
 */
export function installModeFor(platform: string, packageType: string | null): InstallMode {
  if (platform !== 'linux') return 'auto';
  return packageType === null || packageType === 'appimage' ? 'auto' : 'download-page';
}

/** Delay before the next check, from how many checks in a row have failed. */
export function nextCheckDelay(consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return CHECK_EVERY_MS;
  return Math.min(CHECK_EVERY_MS, FIRST_RETRY_MS * 2 ** (consecutiveFailures - 1));
}

export type UpdatePhase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'downloading'; version: string }
  | { kind: 'ready'; version: string; restartRequested: boolean }
  | { kind: 'download-page'; version: string }
  | { kind: 'failed'; message: string };

/**
 * An offer as core state keeps it: the catalog key of its label (with the version it names) and
 * the action. The label is worded when the snapshot is built (update-words.ts), in its language.
 */
export interface OfferedUpdate {
  readonly key: Extract<MessageKey, `update.${string}`>;
  readonly version?: string;
  readonly action: UpdateOffer['action'];
}

/** What a person is offered, if anything (tray menu item and popover line). */
export function updateOffer(phase: UpdatePhase, alarmActive: boolean): OfferedUpdate | null {
  if (phase.kind === 'download-page')
    return { key: 'update.download', version: phase.version, action: 'open-download-page' };
  if (phase.kind !== 'ready') return null;
  if (phase.restartRequested && alarmActive) return { key: 'update.readyAfterAlarm', action: null };
  return { key: 'update.ready', action: 'restart' };
}

/**
 * Whether to restart into the downloaded update now. Only when the person asked, and never while
 * an alarm is active (a restart would drop its sound and notification); the request waits instead.
 */
export function shouldRestartNow(phase: UpdatePhase, alarmActive: boolean): boolean {
  return phase.kind === 'ready' && phase.restartRequested && !alarmActive;
}
