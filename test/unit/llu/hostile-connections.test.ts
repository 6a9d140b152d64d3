// The real client against connection lists no honest server sends: hostile names, two people
// under one patient id, one malformed connection among good ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLluClient } from '../../../main/core/llu/client';
import type { StoredSession } from '../../../main/core/llu/types';
import { systemClock } from '../../../main/core/ports';
import { cleanServerText, MAX_SERVER_TEXT } from '../../../main/core/text/server-text';
import {
  connection,
  graphBody,
  HOSTILE_EMAIL,
  HOSTILE_NAMES,
  HOSTILE_PASSWORD,
  malformedConnection,
} from '../../helpers/hostile-payloads';
import { expectClean } from '../../helpers/hostile-expect';
import { startHostileServer, type HostileServer } from '../../helpers/hostile-server';
import { createMemoryLogger, createMemoryStore, failure } from './fixtures';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

function client() {
  const logger = createMemoryLogger();
  const llu = createLluClient({
    fetch: (url, init) => fetch(url, init),
    clock: systemClock,
    logger,
    credentials: { email: HOSTILE_EMAIL, password: HOSTILE_PASSWORD },
    sessionStore: createMemoryStore<StoredSession>(),
    apiUrl: server.url,
  });
  return { llu, logger };
}

describe('hostile names are clean before any view sees them', () => {
  for (const [kind, name] of Object.entries(HOSTILE_NAMES)) {
    it(`${kind}`, async () => {
      server.connections = [connection({ patientId: 'p-1', firstName: name, lastName: name })];
      const [patient] = await client().llu.connections();
      expectClean(patient!.firstName);
      expectClean(patient!.lastName);
      expect(Array.from(patient!.firstName).length).toBeLessThanOrEqual(MAX_SERVER_TEXT);
      expect(patient!.firstName.startsWith('Ada')).toBe(true);
    });
  }

  it('keeps ordinary names, accents and scripts as they are', () => {
    for (const name of ['Zoë Müller-Lüdenscheidt', 'محمد', '山田 太郎', "O'Brien"]) {
      expect(cleanServerText(name)).toBe(name);
    }
  });
});

describe('duplicate patient ids keep people apart', () => {
  it('two connections with one patient id become two people with their own ids', async () => {
    server.connections = [
      connection({ patientId: 'same', connectionId: 'c-a', firstName: 'Ada' }),
      connection({ patientId: 'same', connectionId: 'c-b', firstName: 'Bea' }),
    ];
    const patients = await client().llu.connections();
    expect(patients.map((p) => p.firstName)).toEqual(['Ada', 'Bea']);
    expect(new Set(patients.map((p) => p.id)).size).toBe(2);
  });

  it("a graph answer about the other person is refused, never stored under this one's id", async () => {
    const ada = connection({ patientId: 'same', connectionId: 'c-a', firstName: 'Ada' });
    const bea = connection({ patientId: 'same', connectionId: 'c-b', firstName: 'Bea' });
    server.connections = [ada, bea];
    const { llu } = client();
    const [forAda, forBea] = await llu.connections();
    server.answer('graph', { kind: 'json', status: 200, body: graphBody(ada, []) });
    const graph = await llu.graph(forAda!.id);
    expect(graph.patient).toMatchObject({ id: forAda!.id, firstName: 'Ada' });
    expect(server.requests.at(-1)?.path).toBe('/llu/connections/same/graph');
    const error = await failure(llu.graph(forBea!.id));
    expect(error.code).toBe('patient_not_found');
    server.answer('graph', { kind: 'normal' });
  });
});

describe('one malformed connection', () => {
  it('is skipped and reported; the others are shown', async () => {
    server.connections = [
      connection({ patientId: 'p-1', firstName: 'Ada' }),
      malformedConnection(),
      connection({ patientId: 'p-2', firstName: 'Bea' }),
    ];
    const { llu, logger } = client();
    const patients = await llu.connections();
    expect(patients.map((p) => p.firstName)).toEqual(['Ada', 'Bea']);
    const report = logger.entries.find((e) => /skipped a connection/.test(e.message));
    expect(report?.fields).toMatchObject({ index: 1 });
  });

  it('when every connection is malformed, the answer is a bad_response naming the field', async () => {
    server.connections = [malformedConnection()];
    const error = await failure(client().llu.connections());
    expect(error.code).toBe('bad_response');
    expect(error.details.field).toMatch(/^data\[0\]\./);
  });
});
