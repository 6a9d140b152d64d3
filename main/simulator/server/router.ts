/**
 * Maps `/{region prefix}/{LibreLinkUp path}` to an endpoint name, its region key and path
 * parameters. Anything else is endpoint `unknown` (still counted, answered 404).
 */
import type { RegionTable } from '../state/regions';
import type { EndpointName } from './counts';
import type { RequestContext } from './context';

export interface Route {
  endpoint: EndpointName;
  region: string;
  params: RequestContext['params'];
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function match(method: string, rest: string[]): Omit<Route, 'region'> | null {
  const path = rest.join('/');
  const [a, b, c, d] = rest;
  if (method === 'POST' && path === 'llu/auth/login') return { endpoint: 'login', params: {} };
  if (method === 'POST' && a === 'auth' && b === 'continue' && c && rest.length === 3) {
    return { endpoint: 'continue', params: { stepType: c } };
  }
  if (method !== 'GET') return null;
  if (path === 'llu/connections') return { endpoint: 'connections', params: {} };
  if (a === 'llu' && b === 'connections' && c && rest.length === 4) {
    if (d === 'graph') return { endpoint: 'graph', params: { patientId: c } };
    if (d === 'logbook') return { endpoint: 'logbook', params: { patientId: c } };
  }
  if (path === 'llu/config/country') return { endpoint: 'config', params: {} };
  if (path.startsWith('llu/notifications/settings/') && rest.length === 4 && d) {
    return { endpoint: 'notifications', params: { connectionId: d } };
  }
  if (path === 'user') return { endpoint: 'user', params: {} };
  if (path === 'account') return { endpoint: 'account', params: {} };
  return null;
}

export function routeRequest(method: string, pathname: string, regions: RegionTable): Route {
  const [prefix = '', ...rawRest] = pathname.split('/').filter((s) => s !== '');
  const region = regions.keyForPrefix(prefix);
  if (region === undefined) return { endpoint: 'unknown', region: 'unknown', params: {} };
  const matched = match(method, rawRest.map(decode));
  return matched ? { ...matched, region } : { endpoint: 'unknown', region, params: {} };
}
