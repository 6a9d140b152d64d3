import { parseArgs } from 'node:util';
import type { Units } from '../../common/glucose/vocabulary';

export const USAGE = `Usage:
  glucobar status [--json] [--watch] [--direct] [--demo] [--api-url URL] [--region R] [--patient ID-or-name]
                  [--units mg/dL|mmol/L] [--sensor-days 14|15] [--state-dir DIR] [--client-version V]
  glucobar daemon [--demo] [--api-url URL] [--region R] [--patient ID-or-name] [--units mg/dL|mmol/L]
                  [--sensor-days 14|15] [--state-dir DIR] [--client-version V]
  glucobar accept-terms [--json] [--demo] [--api-url URL] [--region R] [--state-dir DIR] [--client-version V]
  glucobar export [--format csv|json] [--days N] [--patient ID-or-name] [--state-dir DIR] [--output FILE]
  glucobar help

Credentials come from the environment only: GLUCOBAR_EMAIL and GLUCOBAR_PASSWORD.
Exit status: 0 success, 1 an error result (printed), 2 bad usage.`;

export interface CommonOptions {
  json: boolean;
  demo: boolean;
  apiUrl: string | null;
  region: string | null;
  stateDir: string | null;
  clientVersion: string | null;
  patient: string | null;
}

export type Command =
  | ({
      name: 'status';
      watch: boolean;
      direct: boolean;
      units: Units | null;
      sensorDays: SensorDays;
    } & CommonOptions)
  | ({ name: 'daemon'; units: Units | null; sensorDays: SensorDays } & CommonOptions)
  | ({ name: 'accept-terms' } & CommonOptions)
  | ({
      name: 'export';
      format: 'csv' | 'json';
      days: number;
      output: string | null;
    } & CommonOptions)
  | { name: 'help' };

/** The sensor's lifetime when the person says (LibreLinkUp does not tell Plus sensors apart). */
export type SensorDays = 14 | 15 | null;

export class UsageError extends Error {}

const options = {
  json: { type: 'boolean' },
  watch: { type: 'boolean' },
  direct: { type: 'boolean' },
  demo: { type: 'boolean' },
  'api-url': { type: 'string' },
  region: { type: 'string' },
  patient: { type: 'string' },
  units: { type: 'string' },
  'state-dir': { type: 'string' },
  'client-version': { type: 'string' },
  'sensor-days': { type: 'string' },
  format: { type: 'string' },
  days: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const allowed: Record<string, readonly string[]> = {
  status: [
    'json',
    'watch',
    'direct',
    'demo',
    'api-url',
    'region',
    'patient',
    'units',
    'sensor-days',
    'state-dir',
    'client-version',
  ],
  daemon: [
    'demo',
    'api-url',
    'region',
    'patient',
    'units',
    'sensor-days',
    'state-dir',
    'client-version',
  ],
  'accept-terms': ['json', 'demo', 'api-url', 'region', 'state-dir', 'client-version'],
  export: ['format', 'days', 'patient', 'state-dir', 'output', 'json'],
};

function parseUnits(value: string | undefined): Units | null {
  if (value === undefined) return null;
  const normal = value.toLowerCase().replace(/\s/g, '');
  if (normal === 'mg/dl' || normal === 'mgdl') return 'mg/dL';
  if (normal === 'mmol/l' || normal === 'mmol') return 'mmol/L';
  throw new UsageError(`--units must be mg/dL or mmol/L, not "${value}"`);
}

function parseSensorDays(value: string | undefined): SensorDays {
  if (value === undefined) return null;
  if (value === '14' || value === '15') return Number(value) as 14 | 15;
  throw new UsageError(`--sensor-days must be 14 or 15 (15 for Plus sensors), not "${value}"`);
}

function parseApiUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value.replaceAll('{region}', 'region'));
  } catch {
    throw new UsageError(`--api-url is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError('--api-url must be http(s)');
  if (url.username || url.password) throw new UsageError('--api-url must not contain credentials');
  return value.replace(/\/+$/, '');
}

/** Parses argv (without node and script). Throws UsageError with a one-line reason. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const name = positionals[0] ?? 'help';
  if (values.help || name === 'help') return { name: 'help' };
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const permitted = allowed[name];
  if (!permitted) throw new UsageError(`unknown command "${name}"`);
  for (const key of Object.keys(values)) {
    if (!permitted.includes(key)) throw new UsageError(`--${key} does not apply to "${name}"`);
  }
  const common: CommonOptions = {
    json: values.json ?? false,
    demo: values.demo ?? false,
    apiUrl: parseApiUrl(values['api-url']),
    region: values.region?.toLowerCase() ?? null,
    stateDir: values['state-dir'] ?? null,
    clientVersion: values['client-version'] ?? null,
    patient: values.patient ?? null,
  };
  if (common.clientVersion !== null && !/^\d+\.\d+(\.\d+)?$/.test(common.clientVersion)) {
    throw new UsageError('--client-version must look like 4.17.0');
  }
  if (common.region !== null && !/^[a-z0-9]{2,8}$/.test(common.region)) {
    throw new UsageError('--region must be a region key such as eu, us or eu2');
  }
  if (name === 'status')
    return {
      name,
      ...common,
      watch: values.watch ?? false,
      direct: values.direct ?? false,
      units: parseUnits(values.units),
      sensorDays: parseSensorDays(values['sensor-days']),
    };
  if (name === 'daemon') {
    const sensorDays = parseSensorDays(values['sensor-days']);
    return { name, ...common, units: parseUnits(values.units), sensorDays };
  }
  if (name === 'accept-terms') return { name, ...common };
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
  const days = Number(values.days ?? '90');
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new UsageError('--days must be a whole number of days');
  return { name: 'export', ...common, format, days, output: values.output ?? null };
}
