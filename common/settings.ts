/** The person's settings as every layer sees them (main/core/settings/schema.ts validates them). */
import type { UnitsPreference } from './glucose/vocabulary';

export interface AlarmSetting {
  enabled: boolean;
  /** Threshold in mg/dL (for rapid change: mg/dL per minute). */
  threshold: number;
}

export interface Settings {
  units: UnitsPreference;
  /** Which patient the tray shows; null = the first one LibreLinkUp lists by id order. */
  selectedPatientId: string | null;
  alarms: {
    urgentLow: AlarmSetting;
    low: AlarmSetting;
    high: AlarmSetting;
    rapidFall: AlarmSetting;
    rapidRise: AlarmSetting;
    /** threshold = minutes without a new reading. */
    noData: AlarmSetting;
  };
  quietHours: { enabled: boolean; start: string; end: string };
  /** Minutes after which a reading is stale. */
  staleAfterMinutes: number;
  launchAtLogin: boolean;
  keepPopoverPinned: boolean;
  privacyMode: boolean;
  /**
   * Linux without a key store (safeStorage `basic_text`): keep the password on disk anyway,
   * only obfuscated. Off by default; then it is kept in memory and asked for after a restart.
   */
  rememberWithoutKeyStore: boolean;
}

export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends object
    ? Settings[K] extends unknown[]
      ? Settings[K]
      : Partial<Settings[K]>
    : Settings[K];
};
