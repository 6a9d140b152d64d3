import { describe, expect, it } from 'vitest';
import {
  dataStatusFailure,
  httpFailure,
  isUnauthorized,
  retryAfterSeconds,
} from '../../../main/core/llu/failures';
import { parseJson, type LluAnswer } from '../../../main/core/llu/http';
import { versionDemand } from '../../../main/core/llu/version';
import { T0 } from './fixtures';

function answer(status: number, body: string, headers: Record<string, string> = {}): LluAnswer {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    headers: { get: (n) => lower.get(n.toLowerCase()) ?? null },
    body: parseJson(body),
    text: body,
  };
}

const classify = (status: number, body: string, headers: Record<string, string> = {}) =>
  httpFailure(answer(status, body, headers), T0, '4.17.0');

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    expect(retryAfterSeconds(answer(429, '', { 'Retry-After': '120' }), T0)).toBe(120);
    const date = new Date(T0 + 90_500).toUTCString();
    expect(retryAfterSeconds(answer(429, '', { 'retry-after': date }), T0)).toBe(90);
    expect(retryAfterSeconds(answer(429, '', { 'retry-after': 'soon' }), T0)).toBeUndefined();
    expect(retryAfterSeconds(answer(429, ''), T0)).toBeUndefined();
  });
});

describe('httpFailure', () => {
  it('HTTP 429, JSON or HTML, is rate_limited with the Retry-After it gave', () => {
    const withHeader = classify(429, '{"message":"Too Many Requests"}', { 'Retry-After': '60' });
    expect(withHeader.code).toBe('rate_limited');
    expect(withHeader.details.retryAfterSeconds).toBe(60);
    const html = classify(429, '<html><title>Error 1015</title>You are being rate limited</html>');
    expect(html.code).toBe('rate_limited');
    expect(html.details.retryAfterSeconds).toBeUndefined();
  });

  it('HTTP 476 is blocked with the long retry-after', () => {
    const error = classify(476, 'q8ZpXf0aB3kLmN', {
      'content-type': 'text/plain',
      'retry-after': '65620',
    });
    expect(error.code).toBe('blocked');
    expect(error.details.retryAfterSeconds).toBe(65620);
    expect(error.message).toMatch(/about 18 hours/);
  });

  it('HTTP 430 is blocked and points at the terms in the official app', () => {
    const error = classify(430, '');
    expect(error.code).toBe('blocked');
    expect(error.message).toMatch(/LibreLinkUp refused the login/);
    expect(error.message).toMatch(/terms/);
  });

  it('Cloudflare block pages are blocked', () => {
    for (const page of [
      '<!DOCTYPE html><title>Attention Required! | Cloudflare</title>',
      '<html><h1>Sorry, you have been blocked</h1></html>',
      '<html>Access denied | api-de.libreview.io used Cloudflare to restrict access. Error code 1015</html>',
      '<html>The owner of this website (api-fr.libreview.io) has banned you temporarily</html>',
    ]) {
      expect(classify(403, page).code, page).toBe('blocked');
    }
  });

  it('5xx and other HTML error pages are server_unavailable', () => {
    expect(classify(502, '<html>Bad gateway</html>').code).toBe('server_unavailable');
    expect(classify(500, '{"message":"oops"}').code).toBe('server_unavailable');
    expect(classify(503, '').code).toBe('server_unavailable');
    expect(classify(404, '<html><body>Not found</body></html>').code).toBe('server_unavailable');
  });

  it('header demands and version gates are client_outdated', () => {
    const missing = classify(400, '{"message":"RequiredHeaderMissing"}');
    expect(missing.code).toBe('client_outdated');
    expect(missing.message).toMatch(/demands a header/);
    expect(classify(400, '{"message":"AccountIdMismatch"}').code).toBe('client_outdated');
    const gate = classify(403, '{"data":{"minimumVersion":"4.18.0"},"status":920}');
    expect(gate.code).toBe('client_outdated');
    expect(gate.details.minimumVersion).toBe('4.18.0');
  });

  it('anything else is bad_response with the status', () => {
    const error = classify(418, 'teapot');
    expect(error.code).toBe('bad_response');
    expect(error.details.httpStatus).toBe(418);
  });
});

describe('answer predicates', () => {
  it('recognises the unauthorized shapes', () => {
    expect(isUnauthorized(answer(401, '{"message":"invalid or expired jwt"}'))).toBe(true);
    expect(
      isUnauthorized(answer(401, '{"status":401,"error":{"message":"invalid auth session"}}')),
    ).toBe(true);
    expect(isUnauthorized(answer(200, '{"status":401}'))).toBe(true);
    expect(isUnauthorized(answer(404, '{"message":"MissingCachedUser"}'))).toBe(true);
    expect(isUnauthorized(answer(403, '{"message":"forbidden"}'))).toBe(false);
  });

  it('reads the demanded version of a 920 answer', () => {
    expect(versionDemand(answer(403, '{"data":{"minimumVersion":"4.18.0"},"status":920}'))).toBe(
      '4.18.0',
    );
    expect(versionDemand(answer(403, '{"status":920,"reason":"runningVersionTooLow"}'))).toBeNull();
    expect(versionDemand(answer(403, '{"status":4}'))).toBeUndefined();
  });

  it('maps body statuses of data calls', () => {
    const patient = (message: string) =>
      dataStatusFailure(answer(200, JSON.stringify({ status: 4, error: { message } })), 'account')
        .code;
    expect(patient('couldNotLoadPatient')).toBe('patient_not_found');
    expect(patient('followerNotConnectToPatient')).toBe('patient_not_found');
    expect(patient('follower not connect to patient')).toBe('patient_not_found');
    expect(patient('somethingElse')).toBe('bad_response');
    expect(dataStatusFailure(answer(200, '{"status":4}'), 'patient').code).toBe(
      'patient_not_found',
    );
    expect(dataStatusFailure(answer(200, '{"status":911}'), 'account').code).toBe(
      'server_unavailable',
    );
  });
});
