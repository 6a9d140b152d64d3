/**
 * The answers of faults that replace a whole response: Cloudflare edges, maintenance pages,
 * rate limits, and the body-only LibreLinkUp errors (catalogue F6, F10–F20 in test/unit/llu-sim/catalogue.test.ts).
 */
import { alphanumeric, hash32 } from '../random';
import {
  couldNotLoadPatient,
  followerNotConnected,
  invalidJwt,
  json,
  missingCachedUser,
  text,
  type SimResult,
} from '../server/responses';
import type { Fault } from './schema';

/** The LibreView host a real client would have been talking to, for the HTML pages. */
export function publicHost(region: string): string {
  return region === 'global' ? 'api.libreview.io' : `api-${region}.libreview.io`;
}

function cloudflareHeaders(nonce: number): Record<string, string> {
  return {
    server: 'cloudflare',
    'cf-ray': `${hash32(nonce, 'ray').toString(16).padStart(8, '0')}${hash32(nonce, 'ray2')
      .toString(16)
      .padStart(8, '0')}-FRA`,
  };
}

function page(title: string, heading: string, detail: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-US"><head><meta charset="UTF-8" />',
    `<title>${title}</title></head>`,
    `<body><div id="cf-wrapper"><h1>${heading}</h1><p>${detail}</p></div></body></html>`,
  ].join('\n');
}

/**
 * The answer for a fault that replaces the response, or null for faults handled elsewhere
 * (login flow, malformed rewriting, delays). `nonce` varies random bodies between requests.
 */
export function replacementFor(fault: Fault, region: string, nonce: number): SimResult | null {
  const host = publicHost(region);
  switch (fault.kind) {
    case 'rateLimited': {
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
      return json(429, { message: 'Too Many Requests' }, headers);
    }
    case 'cloudflare476':
      return text(476, alphanumeric(1024, nonce, 'cf476'), 'text/plain; charset=UTF-8', {
        ...cloudflareHeaders(nonce),
        'retry-after': String(fault.retryAfterSeconds ?? 65620),
        'set-cookie': `__cf_bm=${alphanumeric(43, nonce, 'cookie')}; path=/; domain=.libreview.io; HttpOnly; Secure; SameSite=None`,
      });
    case 'cloudflareBlock':
      return text(
        403,
        page(
          'Attention Required! | Cloudflare',
          'Sorry, you have been blocked',
          `You are unable to access ${host}. This website is using a security service to protect itself from online attacks.`,
        ),
        'text/html; charset=UTF-8',
        cloudflareHeaders(nonce),
      );
    case 'cloudflareRateLimit':
      return text(
        429,
        page(
          `Access denied | ${host} used Cloudflare to restrict access`,
          'Error 1015: You are being rate limited',
          `The owner of this website (${host}) has banned you temporarily from accessing this website.`,
        ),
        'text/html; charset=UTF-8',
        cloudflareHeaders(nonce),
      );
    case 'loginRejected':
      return text(430, '');
    case 'maintenance': {
      const status = fault.httpStatus ?? 503;
      const title = status === 502 ? '502 Bad Gateway' : '503 Service Unavailable';
      return text(
        status,
        page(
          title,
          title,
          'LibreView is undergoing scheduled maintenance. Please try again later.',
        ),
        'text/html; charset=UTF-8',
      );
    }
    case 'status911':
      return json(200, { status: 911 });
    case 'unauthorized':
      return invalidJwt();
    case 'invalidSession':
      return json(401, { status: 401, error: { message: 'invalid auth session' } });
    case 'missingCachedUser':
      return missingCachedUser(fault.httpStatus);
    case 'couldNotLoadPatient':
      return couldNotLoadPatient();
    case 'followerNotConnected':
      return followerNotConnected(fault.wording);
    case 'apiChanged':
      return changedApiAnswer(fault.variant, nonce);
    case 'drop':
      return { drop: true };
    case 'custom':
      return text(
        fault.httpStatus,
        fault.body,
        fault.contentType ?? 'application/json; charset=utf-8',
        fault.headers ?? {},
      );
    default:
      return null;
  }
}

/** Kinds answered by replacementFor, checked before any authentication. */
export const REPLACING_KINDS = [
  'rateLimited',
  'cloudflare476',
  'cloudflareBlock',
  'cloudflareRateLimit',
  'loginRejected',
  'maintenance',
  'status911',
  'unauthorized',
  'invalidSession',
  'missingCachedUser',
  'couldNotLoadPatient',
  'followerNotConnected',
  'apiChanged',
  'drop',
  'custom',
] as const satisfies ReadonlyArray<Fault['kind']>;

/** Answers that match none of the classic API's shapes (llu-protocol §3.3, §9 2026-04). */
function changedApiAnswer(
  variant: Extract<Fault, { kind: 'apiChanged' }>['variant'],
  nonce: number,
): SimResult {
  switch (variant) {
    case 'unknownStatus':
      return json(200, { status: 1207, data: { next: 'llu5' } });
    case 'missingFields':
      return json(200, {
        status: 0,
        data: [{ connectionId: alphanumeric(12, nonce, 'conn'), person: { name: 'A' } }],
      });
    case 'encrypted':
      return json(200, {
        data: [
          alphanumeric(16, nonce, 'nonce'),
          alphanumeric(96, nonce, 'cipher'),
          alphanumeric(22, nonce, 'tag'),
        ].join('.'),
        signature: alphanumeric(64, nonce, 'signature'),
      });
    case 'unsupportedCountry':
      return json(400, {
        code: 5,
        errors: [{ error: 'unsupported country in API region', field: 'country' }],
      });
  }
}
