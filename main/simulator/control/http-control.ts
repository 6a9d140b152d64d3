/**
 * The control operations as JSON over HTTP under `/__control/...`, for tools in another
 * process (the demo, a browser test). Answers `{ok:true, result}` or `{ok:false, error}`.
 */
import { z } from 'zod';
import type { IncomingRequest } from '../server/pipeline';
import { json, type SimResponse } from '../server/responses';
import type { SimulatorControl } from '../types';
import { SimulatorControlError, validate } from './errors';
import {
  accountIdGateSchema,
  budgetSchema,
  overrideSchema,
  publishedQuerySchema,
  stallSchema,
  versionSchema,
} from './schemas';

type Operation = (body: unknown, query: URLSearchParams) => unknown;

const emailBody = z.strictObject({ email: z.string().min(1).optional() });
const idBody = z.strictObject({ id: z.string().min(1) });
const patientsBody = z.strictObject({ email: z.string().min(1), patients: z.array(z.unknown()) });
const sensorBody = z.looseObject({ patientId: z.string().min(1) });
const regionBody = z.looseObject({ key: z.string() });
const versionBody = z.strictObject({ version: versionSchema });

/** The control methods validate their input; this only hands the JSON over. */
const trusted = <T>(value: unknown): T => value as T;

function integerParam(query: URLSearchParams, name: string): number {
  const value = query.get(name);
  if (value === null || !/^-?\d+$/.test(value)) {
    throw new SimulatorControlError(`query parameter ${name} must be an integer`);
  }
  return Number(value);
}

function operations(control: SimulatorControl): Record<string, Operation> {
  return {
    'GET now': () => ({ now: control.now() }),
    'POST inject': (body) => ({ id: control.inject(trusted(body)) }),
    'POST remove': (body) => ({ removed: control.remove(validate(idBody, body, 'body').id) }),
    'GET faults': () => control.faults(),
    'POST clear': () => control.clear(),
    'GET counts': () => control.counts(),
    'POST reset-counts': () => control.resetCounts(),
    'GET requests': (_body, query) =>
      control.requests(query.has('limit') ? integerParam(query, 'limit') : undefined),
    'GET accounts': () => control.accounts(),
    'POST accounts': (body) => control.addAccount(trusted(body)),
    'GET patients': () => control.patients(),
    'POST patients': (body) => {
      const valid = validate(patientsBody, body, 'body');
      return control.setPatients(valid.email, trusted(valid.patients));
    },
    'POST regions': (body) => {
      const { key, ...options } = validate(regionBody, body, 'body');
      return control.addRegion(key, trusted(options));
    },
    'GET published-readings': (_body, query) => {
      const valid = validate(
        publishedQuerySchema,
        {
          patientId: query.get('patientId') ?? '',
          fromMs: integerParam(query, 'from'),
          toMs: integerParam(query, 'to'),
          include: query.get('include') ?? undefined,
        },
        'query',
      );
      return control.publishedReadings(valid.patientId, valid.fromMs, valid.toMs, valid.include);
    },
    'GET live-reading': (_body, query) => control.liveReading(query.get('patientId') ?? ''),
    'POST stall': (body) => {
      const valid = validate(stallSchema, body, 'stall');
      return control.stall(valid.patientId, valid.fromMs, valid.minutes);
    },
    'POST sensor': (body) => {
      const { patientId, ...action } = validate(sensorBody, body, 'body');
      return control.sensor(patientId, trusted(action));
    },
    'POST glucose-override': (body) => {
      const valid = validate(overrideSchema, body, 'override');
      return control.overrideGlucose(valid.patientId, valid.fromMs, valid.toMs, valid.mgdl);
    },
    'POST minimum-version': (body) =>
      control.setMinimumVersion(validate(versionBody, body, 'body').version),
    'POST account-id-gate': (body) => {
      const valid = validate(accountIdGateSchema, body, 'body');
      return control.setAccountIdGate(valid.enabled, valid.region);
    },
    'POST request-budget': (body) =>
      control.setRequestBudget(validate(budgetSchema, body ?? null, 'budget')),
    'POST revoke-tokens': (body) =>
      control.revokeTokens(validate(emailBody, body ?? {}, 'body').email),
  };
}

export function createHttpControl(control: SimulatorControl) {
  const table = operations(control);
  return async (request: IncomingRequest): Promise<SimResponse> => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const name = url.pathname.replace(/^\/__control\/?/, '').replace(/\/$/, '');
    const operation = table[`${request.method} ${name}`];
    if (!operation)
      return json(404, { ok: false, error: `no control operation ${request.method} ${name}` });
    try {
      const body: unknown = request.body.trim() === '' ? undefined : JSON.parse(request.body);
      const result = operation(body, url.searchParams);
      return json(200, { ok: true, result: result ?? null });
    } catch (error) {
      const status = error instanceof SimulatorControlError ? error.status : 400;
      const message = error instanceof Error ? error.message : String(error);
      return json(status, { ok: false, error: message });
    }
  };
}
