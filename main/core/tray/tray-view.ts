import type { Settings } from '../../../common/settings';
import type { Snapshot } from '../../../common/snapshot';
import { sensorSentence } from '../../../common/sensor/sensor-words';
import { createTranslator } from '../../../common/i18n/catalogs';
import { formatClockTime } from '../../../common/i18n/format';
import { buildTrayMenu, type MenuItemModel, type TrayMenuAction } from './tray-menu';
import { buildTrayModel, type TrayModel, type TrayPlatform } from './tray-model';
import type { MiniStackingLimit } from '../window/mini-stacking';

/** What the tray shows for one snapshot on one platform; the CLI asks it for the title. */
export function trayModelFor(snapshot: Snapshot, platform: TrayPlatform): TrayModel {
  const i18n = createTranslator(snapshot.locale);
  return buildTrayModel(
    {
      patientName: snapshot.patientName,
      current: snapshot.current,
      session: snapshot.session,
      units: snapshot.units,
      privacy: snapshot.privacy,
      paused: snapshot.alarmsPausedUntil !== null,
      sensorLine: sensorSentence(
        snapshot.sensor,
        snapshot.generatedAt,
        (ms) => formatClockTime(ms, i18n.locale),
        i18n,
      ),
      readingProblem: snapshot.readingProblem?.message ?? null,
      i18n,
    },
    platform,
  );
}

/** The tray's model and menu for one snapshot: what the presenter applies. */
export function trayViewFor(
  snapshot: Snapshot,
  platform: TrayPlatform,
  views: { miniView?: { open: boolean; limit: MiniStackingLimit } } = {},
): { model: TrayModel; menu: MenuItemModel[] } {
  const menu = buildTrayMenu({
    patients: snapshot.patients,
    units: snapshot.units,
    launchAtLogin: snapshot.launchAtLogin,
    alarmsPausedUntil: snapshot.alarmsPausedUntil,
    now: snapshot.generatedAt,
    privacy: snapshot.privacy,
    canRefresh: snapshot.session.status !== 'signed_out',
    update: snapshot.update,
    i18n: createTranslator(snapshot.locale),
    miniView: views.miniView ?? null,
  });
  return { model: trayModelFor(snapshot, platform), menu };
}

/** What tray menu actions act on; main/index.ts passes the core, settings, popover and app. */
export interface TrayActionTargets {
  selectPatient(patientId: string): Promise<void>;
  updateSettings(patch: Partial<Pick<Settings, 'units' | 'launchAtLogin'>>): Promise<unknown>;
  refreshNow(): void;
  openPopover(): void;
  /** Opens (true) or closes the mini view; absent where there is none. */
  setMiniView?(open: boolean): void;
  pauseAlarms(minutes: number | null): void;
  resumeAlarms(): void;
  acceptUpdate(): void;
  /** Puts a `glucobar` command on the PATH that runs this app (core/command). */
  installCommand(): Promise<void>;
  quit(): void;
}

/** "Until I resume" is a pause of a year: long enough, and still a plain time. */
const UNTIL_RESUMED_MINUTES = 365 * 24 * 60;

export async function runTrayAction(
  action: TrayMenuAction,
  targets: TrayActionTargets,
): Promise<void> {
  switch (action.kind) {
    case 'selectPatient':
      return targets.selectPatient(action.patientId);
    case 'setUnits':
      await targets.updateSettings({ units: action.units });
      return;
    case 'refresh':
      return targets.refreshNow();
    case 'open':
      return targets.openPopover();
    case 'toggleMiniView':
      return targets.setMiniView?.(action.open);
    case 'pauseAlarms':
      return targets.pauseAlarms(action.minutes ?? UNTIL_RESUMED_MINUTES);
    case 'resumeAlarms':
      return targets.resumeAlarms();
    case 'setLaunchAtLogin':
      await targets.updateSettings({ launchAtLogin: action.enabled });
      return;
    case 'acceptUpdate':
      return targets.acceptUpdate();
    case 'installCommand':
      return targets.installCommand();
    case 'quit':
      return targets.quit();
  }
}
