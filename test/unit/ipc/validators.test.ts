import { describe, expect, it } from 'vitest';
import { CHART_SPANS, INVOKE, LINK_IDS, type InvokeName } from '../../../preload/contract';
import { requestSchemas, validatorsMatchContract } from '../../../main/ipc/validators';

// A valid request for every channel: if a schema is too strict for real use, this fails.
const validRequests: Record<InvokeName, unknown> = {
  getSnapshot: undefined,
  getHistory: { patientId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', span: '24h' },
  getReport: { patientId: 'sim-patient-1', span: '90d' },
  signIn: { email: 'follower@example.org', password: 'x' },
  acceptTerms: undefined,
  signOut: undefined,
  selectPatient: { patientId: 'p1' },
  refreshNow: undefined,
  getSettings: undefined,
  updateSettings: {
    quietHours: { enabled: true },
    alarms: { high: { enabled: true, threshold: 180 } },
  },
  snoozeAlarm: { kind: 'all', minutes: 30 },
  exportHistory: { patientId: 'p1', span: '14d', format: 'csv' },
  openLink: { id: 'llu-help' },
  hidePopover: undefined,
  closeMiniView: undefined,
  acceptUpdate: undefined,
  quit: undefined,
};

describe('request validators', () => {
  it('cover exactly the contract channels', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual(Object.keys(INVOKE).sort());
    expect(validatorsMatchContract).toBe(true);
  });

  it.each(Object.entries(validRequests))('%s accepts a valid request', (name, request) => {
    expect(requestSchemas[name as InvokeName].safeParse(request).success).toBe(true);
  });

  it('accepts every chart span and link id of the contract', () => {
    for (const span of CHART_SPANS) {
      expect(requestSchemas.getHistory.safeParse({ patientId: 'p', span }).success).toBe(true);
    }
    for (const id of LINK_IDS) expect(requestSchemas.openLink.safeParse({ id }).success).toBe(true);
  });

  it('refuses prototype-polluting keys in a settings patch', () => {
    const payload = JSON.parse('{"__proto__": {"privacyMode": true}}');
    expect(requestSchemas.updateSettings.safeParse(payload).success).toBe(false);
  });
});
