/**
 * Rewrites a good answer into a broken one: cut-off JSON, an HTML page with status 200, or
 * valid JSON missing a field a client must not do without. Returns null when the variant does
 * not apply to this answer (e.g. no authTicket in a redirect), so the fault is not used up.
 */
import { text, type SimResponse } from '../server/responses';
import type { MalformedVariant } from './schema';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(body: string): Json | null {
  try {
    const value: unknown = JSON.parse(body);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** Deletes `key` from `target` if present; reports whether it did. */
function drop(target: unknown, key: string): boolean {
  if (!isObject(target) || !(key in target)) return false;
  delete target[key];
  return true;
}

function withoutFactoryTimestamp(body: Json): boolean {
  const data = body.data;
  let removed = false;
  const connections = Array.isArray(data) ? data : isObject(data) ? [data.connection] : [];
  for (const connection of connections) {
    if (!isObject(connection)) continue;
    removed = drop(connection.glucoseMeasurement, 'FactoryTimestamp') || removed;
    removed = drop(connection.glucoseItem, 'FactoryTimestamp') || removed;
  }
  if (isObject(data) && Array.isArray(data.graphData)) {
    removed = drop(data.graphData[0], 'FactoryTimestamp') || removed;
  }
  return removed;
}

export function malform(response: SimResponse, variant: MalformedVariant): SimResponse | null {
  if (variant === 'nonJson') {
    return text(200, '<!DOCTYPE html><html><body>OK</body></html>', 'text/html; charset=UTF-8');
  }
  if (variant === 'truncatedJson') {
    if (response.body.length < 2) return null;
    return { ...response, body: response.body.slice(0, Math.floor(response.body.length / 2)) };
  }
  const body = parse(response.body);
  if (!body) return null;
  let changed = false;
  if (variant === 'missingData') changed = drop(body, 'data');
  if (variant === 'missingTicket') changed = drop(body, 'ticket');
  if (variant === 'missingAuthTicketToken') {
    changed = isObject(body.data) && drop(body.data.authTicket, 'token');
  }
  if (variant === 'missingFactoryTimestamp') changed = withoutFactoryTimestamp(body);
  return changed ? { ...response, body: JSON.stringify(body) } : null;
}
