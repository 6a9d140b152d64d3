import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/core/window/csp';

const fake = vi.hoisted(() => {
  const state: {
    schemes: CustomScheme[][];
    handlers: Map<string, (request: Request) => Response | Promise<Response>>;
  } = { schemes: [], handlers: new Map() };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn((schemes: CustomScheme[]) => {
      state.schemes.push(schemes);
    }),
    handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
      state.handlers.set(scheme, handler);
    }),
  } satisfies Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  return { state, protocol };
});

vi.mock('electron', () => ({ protocol: fake.protocol }));

const { registerAppScheme, serveAppProtocol } = await import('../../../main/adapters/app-protocol');

describe('app:// protocol', () => {
  it('registers app as a standard secure scheme with no extra privileges', () => {
    registerAppScheme();
    expect(fake.state.schemes).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true } }],
    ]);
  });

  describe('serving', () => {
    const base = mkdtempSync(join(tmpdir(), 'glucobar-protocol-'));
    const root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Glucobar</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(base, 'outside-secret.txt'), 'do not serve');
    afterAll(() => rmSync(base, { recursive: true, force: true }));
    serveAppProtocol(root);
    const serve = async (url: string) => fake.state.handlers.get('app')!(new Request(url));

    it('serves bundle files with the CSP header and their content type', async () => {
      const page = await serve('app://glucobar/index.html');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Glucobar</title>');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const script = await serve('app://glucobar/assets/app.js');
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    });

    it('answers 404 for traversal, other hosts and missing files', async () => {
      for (const url of [
        'app://glucobar/../outside-secret.txt',
        'app://glucobar/%2e%2e/outside-secret.txt',
        'app://evil/index.html',
        'app://glucobar/missing.js',
      ]) {
        const response = await serve(url);
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain('do not serve');
      }
    });
  });
});
