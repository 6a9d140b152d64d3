/**
 * One LibreLinkUp request: headers, a real-time timeout, and the body read as text. Bodies
 * are parsed as JSON only when they are JSON: Cloudflare and maintenance pages are HTML or
 * plain text, and the status alone does not say which.
 */
import { createHash } from 'node:crypto';
import type { FetchLike, HttpResponse } from '../ports';
import { MAX_BODY_BYTES, readCappedText } from './body-reader';
import { LluError, isLluError } from './errors';

export type LluProduct = 'llu.android' | 'llu.ios';

export interface LluAnswer {
  status: number;
  headers: { get(name: string): string | null };
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  body: unknown;
  /** The raw text, for recognising HTML and Cloudflare pages. */
  text: string;
}

// A library-default User-Agent is a Cloudflare block risk (pylibrelinkup PR#82); match the product.
const USER_AGENTS: Readonly<Record<LluProduct, string>> = {
  'llu.ios':
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 ' +
    '(KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  'llu.android':
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 ' +
    '(KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
};

export interface HeaderOptions {
  product: LluProduct;
  version: string;
  /** Bearer token; with `userId` also Account-Id (required since app 4.11/4.12). */
  token?: string;
  userId?: string;
}

export function buildHeaders(options: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    product: options.product,
    version: options.version,
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'cache-control': 'no-cache',
    'User-Agent': USER_AGENTS[options.product],
  };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  if (options.userId !== undefined) headers['Account-Id'] = accountId(options.userId);
  return headers;
}

/** Lowercase hex SHA-256 of `user.id` exactly as the server returned it. */
export function accountId(userId: string): string {
  return createHash('sha256').update(userId, 'utf8').digest('hex');
}

export interface SendOptions {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Body size cap after decompression; default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

/**
 * Sends one request. Throws `network`, or `bad_response` for a redirect (never followed) or a
 * body over the size cap; every other answer, good or bad, is returned.
 */
export async function send(fetch: FetchLike, options: SendOptions): Promise<LluAnswer> {
  // AbortSignal.timeout runs on real time, so a fake clock can never stall a request forever.
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await untilAborted(
      fetch(options.url, {
        method: options.method,
        headers: options.headers,
        ...(options.body !== undefined ? { body: options.body } : {}),
        signal,
        redirect: 'manual',
      }),
      signal,
    );
    const status = response.status;
    if (isRedirect(response)) throw redirectRefused(response);
    const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
    const text = await untilAborted(readCappedText(response, limit), signal);
    if (typeof status !== 'number' || typeof text !== 'string') throw new Error('malformed');
    return { status, headers: safeHeaders(response.headers), body: parseJson(text), text };
  } catch (error) {
    if (isLluError(error)) throw error;
    const timedOut = signal.aborted;
    throw new LluError(
      'network',
      timedOut
        ? 'LibreLinkUp did not answer in time. Check the internet connection; Glucobar will try again.'
        : 'Could not reach LibreLinkUp. Check the internet connection; Glucobar will try again.',
    );
  }
}

/** A 3xx, or a fetch's opaque answer for a redirect it did not follow (status 0). */
function isRedirect(response: HttpResponse): boolean {
  const status = response.status;
  return response.type === 'opaqueredirect' || (status >= 300 && status < 400);
}

function redirectRefused(response: HttpResponse): LluError {
  // Drop the body unread: nothing in a redirect is used.
  void response.body?.cancel().catch(() => {});
  return new LluError(
    'bad_response',
    'LibreLinkUp answered with an HTTP redirect, which it never sends. Glucobar did not follow it (your credentials stay with LibreLinkUp) and will try again later.',
    response.status > 0 ? { httpStatus: response.status } : {},
  );
}

export function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '' || (trimmed[0] !== '{' && trimmed[0] !== '[')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** A fetch that ignores the signal must still not hang the caller. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error('rejected'));
      },
    );
  });
}

function safeHeaders(headers: LluAnswer['headers'] | undefined): LluAnswer['headers'] {
  return {
    get(name) {
      try {
        const value = headers?.get(name);
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
  };
}
