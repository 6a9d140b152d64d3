import { describe, expect, it } from 'vitest';
import { accountId, buildHeaders, parseJson, send } from '../../../main/core/llu/http';
import { ACCOUNT_ID, USER_ID, createFakeFetch, failure, json, text } from './fixtures';

describe('headers', () => {
  it('computes Account-Id as the lowercase SHA-256 hex of user.id', () => {
    expect(accountId(USER_ID)).toBe(ACCOUNT_ID);
  });

  it('sends product, version, JSON, no-cache and a browser-like User-Agent on every call', () => {
    const headers = buildHeaders({ product: 'llu.ios', version: '4.17.0' });
    expect(headers).toMatchObject({
      product: 'llu.ios',
      version: '4.17.0',
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'cache-control': 'no-cache',
    });
    expect(headers['User-Agent']).toMatch(/^Mozilla\/5\.0 \(iPhone/);
    expect(headers.Authorization).toBeUndefined();
    expect(headers['Account-Id']).toBeUndefined();
    expect(buildHeaders({ product: 'llu.android', version: '4.17.0' })['User-Agent']).toMatch(
      /Android/,
    );
  });

  it('adds Bearer and Account-Id on authenticated calls', () => {
    const headers = buildHeaders({
      product: 'llu.ios',
      version: '4.17.0',
      token: 'tok',
      userId: USER_ID,
    });
    expect(headers.Authorization).toBe('Bearer tok');
    expect(headers['Account-Id']).toBe(ACCOUNT_ID);
  });
});

describe('parseJson', () => {
  it('parses JSON objects and arrays only', () => {
    expect(parseJson(' {"a":1} ')).toEqual({ a: 1 });
    expect(parseJson('[1]')).toEqual([1]);
    expect(parseJson('{"a":')).toBeUndefined();
    expect(parseJson('<html></html>')).toBeUndefined();
    expect(parseJson('')).toBeUndefined();
    expect(parseJson('42')).toBeUndefined();
  });
});

describe('send', () => {
  const request = { method: 'GET' as const, url: 'https://api.libreview.io/x', headers: {} };

  it('returns any answer with its text, JSON or not', async () => {
    const fake = createFakeFetch({
      'GET /x': [json({ status: 0 }, 200), text('<html>down</html>', 503, { 'Retry-After': '5' })],
    });
    const first = await send(fake.fetch, { ...request, timeoutMs: 1000 });
    expect(first).toMatchObject({ status: 200, body: { status: 0 } });
    const second = await send(fake.fetch, { ...request, timeoutMs: 1000 });
    expect(second).toMatchObject({ status: 503, body: undefined, text: '<html>down</html>' });
    expect(second.headers.get('retry-after')).toBe('5');
  });

  it('turns a rejected fetch into a network error', async () => {
    const fake = createFakeFetch({ 'GET /x': new TypeError('fetch failed') });
    const error = await failure(send(fake.fetch, { ...request, timeoutMs: 1000 }));
    expect(error.code).toBe('network');
  });

  it('times out on real time even when fetch ignores the signal', async () => {
    const fake = createFakeFetch({ 'GET /x': 'hang' });
    const error = await failure(send(fake.fetch, { ...request, timeoutMs: 30 }));
    expect(error.code).toBe('network');
    expect(error.message).toMatch(/did not answer in time/);
  });

  it('passes an abort signal to fetch', async () => {
    let signal: AbortSignal | undefined;
    await send(
      async (_url, init) => {
        signal = init.signal;
        return { status: 200, headers: { get: () => null }, text: async () => '{}' };
      },
      { ...request, timeoutMs: 1000 },
    );
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('turns a failing body read into a network error', async () => {
    const error = await failure(
      send(
        async () => ({
          status: 200,
          headers: { get: () => null },
          text: () => Promise.reject(new Error('socket hang up')),
        }),
        { ...request, timeoutMs: 1000 },
      ),
    );
    expect(error.code).toBe('network');
  });
});
