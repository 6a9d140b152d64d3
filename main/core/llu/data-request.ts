/**
 * One authenticated data request (connections, graph, logbook): uses the saved token, logs in
 * only without one, keeps every `ticket` the server hands out, and repairs a refused token
 * with one re-login and one retry, never more than one re-login per call.
 */
import type { Clock } from '../ports';
import type { Authenticator } from './auth';
import { LluError } from './errors';
import {
  dataStatusFailure,
  httpFailure,
  isUnauthorized,
  notJson,
  unauthorized,
  type DataSubject,
} from './failures';
import { freshBudget, type Requester } from './requester';
import { envelopeSchema, parseAnswer } from './schemas';

export interface DataRequestDeps {
  auth: Authenticator;
  requester: Requester;
  clock: Clock;
  version(): string;
}

export interface DataCall {
  path: string;
  /** Whether the path names one person (graph, logbook): then a refusal means "not followed". */
  about: DataSubject;
}

/** GETs `call.path`; returns the body of a status-0 answer or throws an LluError. */
export async function getData(deps: DataRequestDeps, call: DataCall): Promise<unknown> {
  const { path, about } = call;
  const { auth, requester } = deps;
  const budget = freshBudget();
  let { session } = await auth.session(budget);
  for (;;) {
    const base = await requester.resolveHost(budget, session.region);
    const answer = await requester.request({
      budget,
      base,
      method: 'GET',
      path,
      token: session.token,
      userId: session.userId,
    });
    if (isUnauthorized(answer)) {
      // LibreLinkUp's session cache can lag a login, so even a token from moments ago gets one
      // re-login and one retry (as DiaBLE and LibreWrist do): at most two logins per call.
      // When that retry is refused too, later calls skip the re-login for a while.
      if (!budget.relogin) {
        await auth.noteRefusedAfterLogin();
        throw unauthorized({ httpStatus: answer.status });
      }
      if (!auth.mayRelogin()) throw unauthorized({ httpStatus: answer.status });
      budget.relogin = false;
      session = await auth.relogin(budget);
      continue;
    }
    if (answer.status < 200 || answer.status >= 300) {
      throw httpFailure(answer, deps.clock.now(), deps.version());
    }
    if (answer.body === undefined) throw notJson(answer, 'the request');
    const envelope = parseAnswer(envelopeSchema, answer.body);
    if (envelope.ticket) await auth.adoptTicket(envelope.ticket);
    await auth.noteAccepted();
    if (envelope.status !== 0) throw dataStatusFailure(answer, about);
    return answer.body;
  }
}

/** The graph/logbook path for a patient id, escaped so an id can never change the route. */
export function patientPath(patientId: string, what: 'graph' | 'logbook'): string {
  if (typeof patientId !== 'string' || patientId.trim() === '') {
    throw new LluError('patient_not_found', 'No person is selected. Choose whom to follow.');
  }
  return `/llu/connections/${encodeURIComponent(patientId)}/${what}`;
}
