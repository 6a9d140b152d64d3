// Node's fetch as the LLU client's FetchLike, counting requests in flight (so the harness knows
// when a poll is really over) and collecting every token the simulator hands out or the client
// sends back, so tests can prove none of them ever reaches the renderer.
import type { FetchLike } from '../../main/core/ports';

export interface RecordingFetch {
  fetch: FetchLike;
  inFlight(): number;
  /** Every bearer token seen in a response body or an Authorization header. */
  tokens(): string[];
}

const TOKEN_IN_BODY = /"token"\s*:\s*"([^"]+)"/g;

export function createRecordingFetch(): RecordingFetch {
  const tokens = new Set<string>();
  let inFlight = 0;
  return {
    async fetch(url, init) {
      inFlight += 1;
      try {
        const bearer = Object.entries(init.headers).find(
          ([name]) => name.toLowerCase() === 'authorization',
        )?.[1];
        if (bearer?.startsWith('Bearer ')) tokens.add(bearer.slice('Bearer '.length));
        const response = await fetch(url, {
          method: init.method,
          headers: init.headers,
          ...(init.body !== undefined ? { body: init.body } : {}),
          ...(init.signal ? { signal: init.signal } : {}),
        });
        const text = await response.text();
        for (const match of text.matchAll(TOKEN_IN_BODY)) if (match[1]) tokens.add(match[1]);
        return { status: response.status, headers: response.headers, text: async () => text };
      } finally {
        inFlight -= 1;
      }
    },
    inFlight: () => inFlight,
    tokens: () => [...tokens],
  };
}
