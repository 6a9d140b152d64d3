// Every session state has plain words and a next step; gates and live states are told apart.
import { describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../../../preload/contract';
import { isGate, isLive, sessionCopy } from '../../../../renderer/state/session-copy';
import { makeSnapshot, stateSnapshot } from '../../../helpers/snapshots';

const ALL: SessionStatus[] = [
  'signed_out',
  'connecting',
  'ok',
  'bad_credentials',
  'terms_required',
  'email_verification_required',
  'locked_out',
  'rate_limited',
  'blocked',
  'client_outdated',
  'no_connections',
  'patient_not_found',
  'unauthorized',
  'offline',
  'server_unavailable',
  'bad_response',
  'region_unknown',
  'sign_in_step_required',
  'password_expired',
  'api_changed',
];

describe('session copy', () => {
  it.each(ALL.filter((s) => s !== 'ok'))('%s has a title, words and a next step', (status) => {
    const copy = sessionCopy(stateSnapshot(status));
    expect(copy.title).not.toBe('');
    expect(copy.body.join(' ').length).toBeGreaterThan(20);
    if (status !== 'connecting') {
      // A button, a form, or at least the time the app tries again by itself.
      expect(copy.actions.length > 0 || copy.retry !== 'none').toBe(true);
    }
  });

  it('full screens for states that block data; banners for the rest', () => {
    const gates = ALL.filter((s) => isGate(stateSnapshot(s)));
    expect(gates.sort()).toEqual(
      [
        'bad_credentials',
        'connecting',
        'email_verification_required',
        'locked_out',
        'no_connections',
        'region_unknown',
        'sign_in_step_required',
        'password_expired',
        'signed_out',
        'terms_required',
        'unauthorized',
      ].sort(),
    );
    // Connecting with a value already on screen keeps showing it.
    expect(
      isGate(makeSnapshot({ session: { ...makeSnapshot().session, status: 'connecting' } })),
    ).toBe(false);
  });

  it('only ok and connecting count as live', () => {
    expect(ALL.filter((s) => isLive(stateSnapshot(s))).sort()).toEqual(['connecting', 'ok']);
  });

  it('names the document and the version the server asked for', () => {
    const terms = stateSnapshot('terms_required');
    expect(sessionCopy(terms).title).toContain('Privacy Policy');
    terms.session.document = 'tou';
    expect(sessionCopy(terms).title).toContain('Terms of Use');
    expect(sessionCopy(stateSnapshot('client_outdated')).body.join(' ')).toContain('4.16.0');
    expect(sessionCopy(stateSnapshot('terms_required')).actions).toEqual(['help', 'acceptTerms']);
  });

  it('never offers a retry button where the server asked to wait or to fix credentials', () => {
    for (const status of ['rate_limited', 'blocked', 'locked_out', 'bad_credentials'] as const) {
      expect(sessionCopy(stateSnapshot(status)).actions).not.toContain('retry');
    }
  });
});
