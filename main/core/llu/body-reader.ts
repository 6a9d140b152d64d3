/**
 * Reads an answer's body with a size cap. The cap counts bytes after decompression (fetch
 * decompresses gzip/br/deflate as the stream is read), so a small compressed "bomb" cannot
 * fill memory: reading stops, and the download is cancelled, as soon as the cap is passed.
 */
import type { HttpResponse } from '../ports';
import { LluError } from './errors';

/**
 * Largest body Glucobar reads. A 12-hour graph is ~150 KB and a connections list for dozens of
 * followed people stays under 1 MB; 4 MiB leaves ample room and still bounds memory per call.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export function tooLarge(limit: number, httpStatus: number): LluError {
  return new LluError(
    'bad_response',
    `LibreLinkUp sent an answer that is too large (over ${Math.round(limit / 1024)} KiB); Glucobar stopped reading it and will try again later.`,
    { httpStatus },
  );
}

/** The body as text, or throws `bad_response` "too large" once more than `limit` bytes arrive. */
export async function readCappedText(response: HttpResponse, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  // A declared length over the cap is refused unread: decompressed it can only be larger.
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(limit, response.status);
  }
  const stream = response.body;
  if (stream === undefined || stream === null) {
    // Test doubles and fetches without streams: the text is already in memory, check it after.
    const text = await response.text();
    if (typeof text === 'string' && new TextEncoder().encode(text).byteLength > limit) {
      throw tooLarge(limit, response.status);
    }
    return text;
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit, response.status);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
