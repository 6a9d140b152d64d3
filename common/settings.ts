/** The person's settings as every layer sees them (main/core/settings/schema.ts validates them). */
import type { UnitsPreference } from './glucose/vocabulary';
import type { LanguageSetting } from './i18n/languages';

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
  /**
   * How long the wearer's sensor lasts: 14 days, or 15 for the Plus sensors. LibreLinkUp does
   * not tell them apart, so the person says which (days left, "sensor ended").
   */
  sensorLifetimeDays: 14 | 15;
  /**
   * Advanced: the LibreLinkUp app version Glucobar announces (`4.17.0`). LibreLinkUp refuses
   * versions it considers too old; a newer one can be set here without a Glucobar update.
   */
  lluClientVersion: string;
  /** The language Glucobar speaks: 'system' follows the OS's preferred languages (common/i18n). */
  language: LanguageSetting;
}

export type SettingsPatch = {
  [K in keyof Settings]?: Settings[K] extends object
    ? Settings[K] extends unknown[]
      ? Settings[K]
      : Partial<Settings[K]>
    : Settings[K];
};
