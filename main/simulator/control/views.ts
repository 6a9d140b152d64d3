/** Plain, copyable views of simulator state for the control API. */
import { accountIdOf } from '../auth/data-gate';
import { SENSOR_LIFE_MS, WARMUP_MINUTES, type SensorView } from '../patients/sensor';
import type { PatientTimeline, SimReading } from '../patients/timeline';
import type { SimAccount, World } from '../state/world';
import { formatLluTimestamp } from '../time-format';
import type { AccountInfo, PatientInfo, PublishedReadingView, SensorInfo } from '../types';

export function sensorInfo(sensor: SensorView | null, patient: PatientTimeline, nowMs: number) {
  if (!sensor) return null;
  const age = nowMs - sensor.activatedAt;
  const ended = age >= SENSOR_LIFE_MS || !patient.sensor.producing(nowMs);
  const info: SensorInfo = {
    serial: sensor.serial,
    activatedAt: sensor.activatedAt,
    warmupMinutes: sensor.warmupMinutes,
    productType: sensor.productType,
    state: age < WARMUP_MINUTES * 60_000 ? 'warmingUp' : ended ? 'ended' : 'active',
  };
  return info;
}

export function patientInfo(patient: PatientTimeline, world: World, nowMs: number): PatientInfo {
  const { profile } = patient;
  return {
    id: profile.id,
    connectionId: profile.connectionId,
    firstName: profile.firstName,
    lastName: profile.lastName,
    timeZone: profile.timeZone,
    country: profile.country,
    units: profile.units,
    targetLow: profile.targetLow,
    targetHigh: profile.targetHigh,
    alarmLow: profile.alarmLow,
    alarmHigh: profile.alarmHigh,
    followers: world
      .accounts()
      .filter((a) => a.patientIds.includes(profile.id))
      .map((a) => a.email),
    sensor: sensorInfo(patient.sensor.sensorAt(nowMs), patient, nowMs),
  };
}

export function accountInfo(account: SimAccount): AccountInfo {
  return {
    email: account.email,
    userId: account.id,
    accountIdHeader: accountIdOf(account.id),
    region: account.region,
    patientIds: [...account.patientIds],
  };
}

export function readingView(
  reading: SimReading,
  patient: PatientTimeline,
  flags: { live: boolean; graph: boolean },
): PublishedReadingView {
  return {
    time: reading.time,
    factoryTimestamp: formatLluTimestamp(reading.time),
    timestamp: patient.zone.localTimestamp(reading.time),
    mgdl: reading.mgdl,
    isLow: reading.isLow,
    isHigh: reading.isHigh,
    trendArrow: reading.trendArrow,
    live: flags.live,
    graph: flags.graph,
  };
}
