import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  appResponseHeaders,
  CONTENT_SECURITY_POLICY,
  RENDERER_META_CSP,
} from '../../../main/core/window/csp';

function metaCsp(page = 'index.html'): string {
  const html = readFileSync(new URL(`../../../renderer/${page}`, import.meta.url), 'utf8');
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (tag === null) throw new Error(`renderer/${page} has no CSP meta tag`);
  return tag[1] ?? '';
}

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name ?? '', values.join(' ')];
      }),
  );
}

describe('content security policy', () => {
  it('is the meta tag of renderer/index.html plus frame-ancestors', () => {
    expect(RENDERER_META_CSP).toBe(metaCsp());
    expect(CONTENT_SECURITY_POLICY).toBe(`${metaCsp()}; frame-ancestors 'none'`);
  });

  it('is the same in the mini view page', () => {
    expect(metaCsp('mini.html')).toBe(RENDERER_META_CSP);
  });

  it('is strict: nothing by default, no inline or eval, no network', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('goes out with every app:// response, with the content type and nosniff', () => {
    expect(appResponseHeaders('/r/assets/a.js')).toEqual({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
  });
});
