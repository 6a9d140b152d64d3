// The machine's network for net.fetch (docs/api/net.md: net.fetch is Chromium's network
// stack with the Fetch API). Only 127.0.0.1 is reachable; LibreLinkUp's hosts resolve to the
// simulator the test runs (as a hosts-file entry would: api.libreview.io is its `/global`
// region, api-<r>.libreview.io its `/<r>`), every other name does not resolve.
export interface Network {
  /** Base URL (http://127.0.0.1:port) that answers for *.libreview.io; null: no account server. */
  llu: string | null;
  requests: string[];
}

const LLU_HOST = /^api(?:-([a-z0-9]+))?\.libreview\.io$/;

export function createNetFetch(network: Network) {
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    network.requests.push(`${init?.method ?? 'GET'} ${url.host}${url.pathname}`);
    let target: URL;
    if (url.hostname === '127.0.0.1') target = url;
    else {
      const region = LLU_HOST.exec(url.hostname);
      if (!region || !network.llu) throw new Error('net::ERR_NAME_NOT_RESOLVED');
      target = new URL(`/${region[1] ?? 'global'}${url.pathname}${url.search}`, network.llu);
    }
    const headers = new Headers(init?.headers);
    headers.set('x-standin-host', url.host);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    network.requests.push(`done ${response.status} ${url.pathname}`);
    return response;
  };
}
