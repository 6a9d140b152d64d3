import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../preload/contract';
import { createAppCore } from '../../../main/core/app-core';
import { NotFoundError } from '../../../main/core/app/errors';
import { createMemorySettings } from '../../../main/core/app/memory-settings';
import { mapDomainError } from '../../../main/ipc/handlers';
import { openHistory } from '../../../main/core/history';
import { LluError } from '../../../main/core/llu/errors';
import type { LluClient } from '../../../main/core/llu/types';
import { silentLogger } from '../../../main/core/ports';
import { defaultSettings } from '../../../main/core/settings/schema';
import { settledAdvance, testCoreOptions, type SentNotification } from '../../helpers/core-rig';
import { createFakeClock } from '../../helpers/fake-clock';
import { createFakeLlu } from '../poller/fake-llu';
import { trayModelFor } from '../../../main/core/tray/tray-view';

const MINUTE = 60_000;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(options: { hasCredentials?: boolean; patients?: string[] } = {}) {
  const clock = createFakeClock();
  const llu = createFakeLlu({ clock, patients: options.patients ?? ['p1', 'p2'] });
  let credentials: unknown = null;
  const client: LluClient = {
    ...llu.client,
    logbook: async () => [],
    acceptTerms: async () => 'accepted' as const,
    setCredentials: (c) => {
      credentials = c;
    },
    signOut: async () => {},
    loginCount: () => 0,
  };
  const dir = mkdtempSync(join(tmpdir(), 'glucobar-core-'));
  dirs.push(dir);
  const history = openHistory({ dir, clock, logger: silentLogger });
  const notifications: SentNotification[] = [];
  const saved: unknown[] = [];
  const settings = createMemorySettings(defaultSettings());
  const core = createAppCore(
    testCoreOptions(
      {
        clock,
        client,
        history,
        settings,
        credentials: {
          save: async (c) => void saved.push(c),
          clear: async () => void saved.push(null),
        },
        hasCredentials: options.hasCredentials ?? true,
      },
      notifications,
    ),
  );
  const snapshots: Snapshot[] = [];
  core.onSnapshot((s) => snapshots.push(s));
  const advance = settledAdvance(clock, core);
  return {
    clock: { advance },
    llu,
    core,
    settings,
    notifications,
    saved,
    snapshots,
    getCredentials: () => credentials,
  };
}

describe('app core', () => {
  it('refuses a person this account does not follow with a typed not-found error', async () => {
    const { clock, core, settings } = setup();
    core.start();
    await clock.advance(5 * MINUTE);
    const refusal = await core.selectPatient('nobody').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(NotFoundError);
    expect(mapDomainError(refusal)).toMatchObject({
      code: 'not_found',
      message: (refusal as Error).message,
    });
    // Only the type says "not found": an error that merely carries the code is not trusted.
    expect(mapDomainError(Object.assign(new Error('x'), { code: 'not_found' }))).toBeNull();
    expect(settings.get().selectedPatientId).toBeNull();
    core.stop();
  });

  it('starts signed out without credentials and does not poll', async () => {
    const { clock, llu, core } = setup({ hasCredentials: false });
    core.start();
    await clock.advance(10 * MINUTE);
    expect(core.snapshot().session.status).toBe('signed_out');
    expect(llu.calls).toHaveLength(0);
    core.stop();
  });

  it('shows the current value of the first patient by id, with tray text', async () => {
    const { clock, core } = setup();
    core.start();
    await clock.advance(5 * MINUTE);
    const snapshot = core.snapshot();
    expect(snapshot.session.status).toBe('ok');
    expect(snapshot.selectedPatientId).toBe('p1');
    expect(snapshot.current?.stale).toBe(false);
    expect(snapshot.current?.display.value).toBe(String(snapshot.current?.mgdl));
    expect(trayModelFor(snapshot, 'darwin').title).toContain(snapshot.current!.display.value);
    expect(snapshot.patients.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    core.stop();
  });

  it('marks the last value stale when the server is unreachable, never as current', async () => {
    const { clock, llu, core } = setup();
    core.start();
    await clock.advance(5 * MINUTE);
    llu.fail(new LluError('network', 'LibreLinkUp cannot be reached.'));
    await clock.advance(15 * MINUTE);
    const snapshot = core.snapshot();
    expect(snapshot.session.status).toBe('offline');
    expect(snapshot.current?.stale).toBe(true);
    expect(snapshot.current?.tone).toBe('stale');
    expect(snapshot.current?.display.arrow).toBe('?');
    expect(trayModelFor(snapshot, 'darwin').title).not.toBe(`${snapshot.current!.display.value} →`);
    core.stop();
  });

  it('keeps history and answers range queries for the chart', async () => {
    const { clock, core } = setup();
    core.start();
    await clock.advance(30 * MINUTE);
    const series = await core.history({ patientId: 'p1', span: '3h' });
    expect(series.times.length).toBeGreaterThan(30);
    expect([...series.times].sort((a, b) => a - b)).toEqual(series.times);
    const report = await core.report({ patientId: 'p1', span: '24h' });
    expect(report.readings).toBeGreaterThan(0);
    core.stop();
  });

  it('switching patient updates the settings and the snapshot', async () => {
    const { clock, core, settings } = setup();
    core.start();
    await clock.advance(3 * MINUTE);
    await core.selectPatient('p2');
    expect(settings.get().selectedPatientId).toBe('p2');
    expect(core.snapshot().selectedPatientId).toBe('p2');
    await expect(core.selectPatient('nobody')).rejects.toThrow();
    core.stop();
  });

  it('signing in stores the credentials through the keeper and starts polling', async () => {
    const { clock, llu, core, saved, getCredentials } = setup({ hasCredentials: false });
    core.start();
    await core.signIn({ email: 'a@example.org', password: 'pw' });
    await clock.advance(MINUTE);
    expect(saved).toEqual([{ email: 'a@example.org', password: 'pw' }]);
    expect(getCredentials()).toEqual({ email: 'a@example.org', password: 'pw' });
    expect(llu.calls.length).toBeGreaterThan(0);
    await core.signOut();
    expect(core.snapshot().session.status).toBe('signed_out');
    expect(saved.at(-1)).toBeNull();
    core.stop();
  });

  it('a failure the person must fix is shown with its message', async () => {
    const { clock, llu, core } = setup();
    llu.fail(new LluError('terms_required', 'Accept the new terms.', { document: 'tou' }));
    core.start();
    await clock.advance(MINUTE);
    expect(core.snapshot().session).toMatchObject({
      status: 'terms_required',
      document: 'tou',
      retryAt: null,
    });
    core.stop();
  });
});
