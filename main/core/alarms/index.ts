/** Alarm evaluation: pure functions, state in → state out. See evaluate.ts for the rules. */
export { ALARM_REARM_MINUTES, evaluateAlarms, URGENT_LOW_REMINDER_MINUTES } from './evaluate';
export { initialAlarmState, snoozeAlarm, SNOOZE_WORSENING_MGDL } from './snooze';
export {
  defaultAlarmSettings,
  resolveThresholds,
  DEFAULT_HIGH_MGDL,
  DEFAULT_LOW_MGDL,
  DEFAULT_NO_DATA_MINUTES,
  DEFAULT_RAPID_MGDL_PER_MINUTE,
  DEFAULT_URGENT_LOW_MGDL,
} from './defaults';
export { LOW_SOON_HORIZON_MINUTES, projectedMgdl, urgentLowSoon } from './low-soon';
export { isWithinQuietHours, parseClockMinutes } from './quiet-hours';
export { alarmMessage, alarmTitle } from './messages';
export { ALARM_KINDS } from './types';
export type {
  AlarmEvaluation,
  AlarmEvent,
  AlarmInput,
  AlarmNotification,
  AlarmSnooze,
  AlarmState,
  AlarmThresholds,
  PatientAlarmLevels,
} from './types';
