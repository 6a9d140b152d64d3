// A followed person's name is set in their own account: with \r, ANSI/OSC escapes, newlines,
// C1 controls or U+202E it must reach no view raw. The real client (against a hostile server)
// feeds the real app core; every view built from it is checked: tray title, tooltip, screen-
// reader label and menu on each platform, the alarm notification, the export file name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../common/snapshot';
import { createAppCore } from '../../../main/core/app-core';
import { createMemorySettings } from '../../../main/core/app/memory-settings';
import { openHistory } from '../../../main/core/history';
import { createLluClient } from '../../../main/core/llu/client';
import { MAX_SERVER_TEXT } from '../../../main/core/text/server-text';
import type { StoredSession } from '../../../main/core/llu/types';
import { silentLogger } from '../../../main/core/ports';
import { defaultSettings } from '../../../main/core/settings/schema';
import type { MenuItemModel } from '../../../main/core/tray/tray-menu';
import { trayViewFor } from '../../../main/core/tray/tray-view';
import { testCoreOptions, type SentNotification } from '../../helpers/core-rig';
import { createFakeClock } from '../../helpers/fake-clock';
import { expectClean } from '../../helpers/hostile-expect';
import {
  connection,
  HOSTILE_EMAIL,
  HOSTILE_NAMES,
  HOSTILE_PASSWORD,
} from '../../helpers/hostile-payloads';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server';
import { createMemoryStore } from '../llu/fixtures';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

/** Runs the core until it shows a value and has notified; returns what the views got. */
async function viewsFor(name: string) {
  const clock = createFakeClock(Date.now());
  const reading = () => ({ time: clock.now() - 30_000, mgdl: 48 });
  server.connectionsFor = () => [
    connection({ patientId: 'p-1', firstName: name, lastName: name, reading: reading() }),
    connection({ patientId: 'p-2', firstName: 'Bo', lastName: name, reading: reading() }),
  ];
  const client = createLluClient({
    fetch: (url, init) => fetch(url, init),
    clock,
    logger: silentLogger,
    credentials: { email: HOSTILE_EMAIL, password: HOSTILE_PASSWORD },
    sessionStore: createMemoryStore<StoredSession>(),
    apiUrl: server.url,
  });
  const dir = mkdtempSync(join(tmpdir(), 'glucobar-hostile-views-'));
  const notifications: SentNotification[] = [];
  const settings = createMemorySettings(defaultSettings());
  const core = createAppCore(
    testCoreOptions(
      { clock, client, history: openHistory({ dir, clock, logger: silentLogger }), settings },
      notifications,
    ),
  );
  const realWait = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
  core.start();
  try {
    for (let i = 0; i < 120; i++) {
      if (core.snapshot().current !== null && notifications.length > 0) break;
      await realWait();
      await clock.advance(5_000, realWait);
    }
    const snapshot: Snapshot = core.snapshot();
    const exported = await core.exportHistory({ patientId: 'p-1', span: '24h', format: 'csv' });
    return { snapshot, notifications, exported };
  } finally {
    core.stop();
    server.connectionsFor = null;
    rmSync(dir, { recursive: true, force: true });
  }
}

const labels = (items: readonly MenuItemModel[]): string[] =>
  items.flatMap((item) => [item.label, ...labels(item.submenu ?? [])]);

describe('hostile names reach no view raw', () => {
  for (const [kind, name] of Object.entries(HOSTILE_NAMES)) {
    it(
      kind,
      async () => {
        const { snapshot, notifications, exported } = await viewsFor(name);
        expect(snapshot.current?.display.value).toBe('48');
        expectClean(snapshot.patientName!);
        for (const platform of ['darwin', 'win32', 'linux'] as const) {
          const { model, menu } = trayViewFor(snapshot, platform);
          if (model.title !== null) expectClean(model.title);
          // The tooltip's lines are its own: the name is one line, and no line is forged.
          const lines = model.tooltip.split('\n');
          lines.forEach(expectClean);
          expect(lines[1]).toMatch(/^48 mg\/dL$/);
          expect(lines.filter((line) => /^\d+ mg\/dL/.test(line))).toEqual(['48 mg/dL']);
          expectClean(model.accessibleLabel);
          for (const label of labels(menu)) expectClean(label);
          expect(labels(menu).some((label) => label.startsWith('Ada'))).toBe(true);
        }
        expect(notifications.length).toBeGreaterThan(0);
        for (const n of notifications) {
          expectClean(n.title);
          expectClean(n.body);
          // A name long enough to push the value out of a notification is cut at entry.
          expect(n.title.length + n.body.length).toBeLessThan(300);
        }
        expect(snapshot.patientName!.length).toBeLessThanOrEqual(2 * MAX_SERVER_TEXT + 1);
        expectClean(exported.fileName);
        expect(exported.fileName).toMatch(/^[\w.-]+$/);
        for (const line of exported.content.split('\r\n').filter((l) => l.startsWith('#')))
          expectClean(line);
      },
      60_000,
    );
  }
});
