/**
 * Connection, graph and logbook `data` payloads for one wearer at one instant, shaped like the
 * captured samples (docs/librelinkup.md, "Glucose items"), including the optional fields that come and go.
 */
import { logbookEntries } from '../patients/logbook';
import { reportedSensor, type SensorView } from '../patients/sensor';
import type { PatientTimeline } from '../patients/timeline';
import { glucoseItem, toMmol } from './glucose-item';

type Json = Record<string, unknown>;

function sensorJson(sensor: SensorView, deviceId: string): Json {
  return {
    deviceId,
    sn: sensor.serial,
    a: Math.floor(sensor.activatedAt / 1000),
    ...(sensor.warmupMinutes !== null ? { w: sensor.warmupMinutes } : {}),
    pt: sensor.productType,
    s: false,
    lj: false,
  };
}

function patientDevice(patient: PatientTimeline, lastUploadMs: number | null): Json {
  const { profile } = patient;
  const device: Json = {
    did: profile.device.id,
    dtid: profile.device.typeId,
    v: profile.device.version,
    l: true,
    ll: profile.alarmLow,
    h: true,
    hl: profile.alarmHigh,
  };
  if (!profile.quirks.omitUploadTime && lastUploadMs !== null) {
    device.u = Math.floor(lastUploadMs / 1000);
  }
  device.fixedLowAlarmValues = { mgdl: 60, mmoll: 3.3 };
  device.alarms = profile.device.kind === 'libre3';
  device.fixedLowThreshold = 0;
  return device;
}

function alarmRules(patient: PatientTimeline): Json {
  const { profile } = patient;
  const rules: Json = {};
  if (!profile.quirks.omitAlarmRulesC) rules.c = true;
  rules.h = { on: true, th: profile.alarmHigh, thmm: toMmol(profile.alarmHigh), d: 1440, f: 0.1 };
  rules.f = { th: 55, thmm: 3, d: 30, tl: 10, tlmm: 0.6 };
  rules.l = {
    on: true,
    th: profile.alarmLow,
    thmm: toMmol(profile.alarmLow),
    d: 1440,
    tl: 10,
    tlmm: 0.6,
  };
  rules.nd = { i: 20, r: 5, l: 6 };
  rules.p = 5;
  rules.r = 5;
  rules.std = profile.quirks.stdSd === null ? {} : { sd: profile.quirks.stdSd };
  return rules;
}

export function connectionPayload(patient: PatientTimeline, nowMs: number): Json {
  const { profile, zone } = patient;
  const sensor = reportedSensor(patient.sensor.sensorAt(nowMs), nowMs);
  const latest = patient.latestLive(nowMs);
  const connection: Json = {
    id: profile.connectionId,
    patientId: profile.id,
    country: profile.country,
    status: 2,
    firstName: profile.firstName,
    lastName: profile.lastName,
    targetLow: profile.targetLow,
    targetHigh: profile.targetHigh,
    uom: profile.units === 'mmol/L' ? 0 : 1,
    sensor: sensor ? sensorJson(sensor, '') : null,
    alarmRules: alarmRules(patient),
  };
  // An account that never uploaded has no current value at all (XD4I comment).
  if (latest) {
    connection.glucoseMeasurement = glucoseItem(latest, profile, zone, 'live');
    connection.glucoseItem = glucoseItem(latest, profile, zone, 'live');
  }
  connection.glucoseAlarm = null;
  connection.patientDevice = patientDevice(patient, latest?.time ?? null);
  connection.created = profile.created;
  return connection;
}

export function graphPayload(patient: PatientTimeline, nowMs: number): Json {
  const { profile, zone } = patient;
  const sensor = reportedSensor(patient.sensor.sensorAt(nowMs), nowMs);
  const connection = connectionPayload(patient, nowMs);
  return {
    connection,
    activeSensors: sensor
      ? [{ sensor: sensorJson(sensor, profile.device.id), device: connection.patientDevice }]
      : [],
    graphData: patient.graph(nowMs).map((reading) => glucoseItem(reading, profile, zone, 'graph')),
  };
}

export function logbookPayload(patient: PatientTimeline, nowMs: number): Json[] {
  const { profile, zone } = patient;
  return logbookEntries(patient, nowMs).map((entry) =>
    glucoseItem(entry.reading, profile, zone, entry.type === 3 ? 'alarm' : 'scan', entry.alarmType),
  );
}

/** E7: the alarm settings of one connection. */
export function notificationSettingsPayload(patient: PatientTimeline, nowMs: number): Json {
  return {
    connectionId: patient.profile.connectionId,
    alarmRules: alarmRules(patient),
    std: {},
    patientDevice: patientDevice(patient, patient.latestLive(nowMs)?.time ?? null),
  };
}
