// What electron-builder.yml promises for the platforms this machine cannot package: a Linux
// build that starts on Ubuntu 24.04+ (AppArmor restricts user namespaces) and a macOS build
// that is signed and notarized from the environment, or built unsigned when the environment
// has nothing. Checked against the config and against electron-builder 26's own templates and
// code paths, so a config edit or an electron-builder upgrade that breaks either turns red.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const builderLib = join(require.resolve('app-builder-lib/package.json'), '..');
// The YAML parser electron-builder itself reads electron-builder.yml with.
const { load } = createRequire(join(builderLib, 'package.json'))('js-yaml') as {
  load(text: string): unknown;
};

interface BuilderConfig {
  productName: string;
  linux: {
    target: (string | { target: string })[];
    executableName?: string;
    executableArgs?: string[];
  };
  deb?: { afterInstall?: string; appArmorProfile?: string };
  mac: {
    notarize?: boolean;
    identity?: string | null;
    hardenedRuntime?: boolean;
    entitlements?: string;
    forceCodeSigning?: boolean;
  };
  forceCodeSigning?: boolean;
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const targets = config.linux.target.map((t) => (typeof t === 'string' ? t : t.target));
const template = (name: string) =>
  readFileSync(join(builderLib, 'templates', 'linux', name), 'utf8');
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\$\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
const executable = config.linux.executableName ?? 'glucobar';
const installed = { executable, sanitizedProductName: config.productName };

describe('Linux on Ubuntu 24.04+', () => {
  it('ships a deb, whose install gives the executable an AppArmor profile allowing userns', () => {
    expect(targets).toContain('deb');
    // Our config keeps electron-builder's own scripts: overriding them would drop the profile.
    expect(config.deb?.afterInstall).toBeUndefined();
    expect(config.deb?.appArmorProfile).toBeUndefined();
    const profile = fill(template('apparmor-profile.tpl'), installed);
    expect(profile).toContain(`"/opt/Glucobar/${executable}"`);
    expect(profile).toMatch(/^\s*userns,\s*$/m);
    const afterInstall = fill(template('after-install.tpl'), installed);
    expect(afterInstall).toContain('/opt/Glucobar/resources/apparmor-profile');
    expect(afterInstall).toContain(`/etc/apparmor.d/${executable}`);
    expect(afterInstall).toMatch(/apparmor_parser --replace/);
  });

  it('the AppImage launcher drops the sandbox only where user namespaces are refused', () => {
    expect(targets).toContain('AppImage');
    const { generateAppRunScript } = require(
      join(builderLib, 'out', 'targets', 'appimage', 'appImageUtil.js'),
    ) as { generateAppRunScript(c: Record<string, string>): string };
    const appRun = generateAppRunScript({
      DesktopFileName: `${executable}.desktop`,
      ExecutableName: executable,
      ProductName: config.productName,
      ProductFilename: config.productName,
      ResourceName: `appimagekit-${executable}`,
    });
    expect(appRun).toMatch(/! unshare -Ur true[^\n]*; then\s*\n\s*NO_SANDBOX=\(--no-sandbox\)/);
    expect(appRun).toContain('exec "$BIN" "${NO_SANDBOX[@]}"');
  });

  it('never switches the sandbox off for every Linux package', () => {
    expect(config.linux.executableArgs ?? []).not.toContain('--no-sandbox');
  });
});

describe('macOS signing and notarization from the environment', () => {
  type Helper = { getNotarizeOptions(appPath: string): Record<string, unknown> | undefined };
  const { MacTargetHelper } = require(join(builderLib, 'out', 'mac', 'MacTargetHelper.js')) as {
    MacTargetHelper: Helper;
  };
  const APPLE = [
    'APPLE_ID',
    'APPLE_APP_SPECIFIC_PASSWORD',
    'APPLE_TEAM_ID',
    'APPLE_API_KEY',
    'APPLE_API_KEY_ID',
    'APPLE_API_ISSUER',
    'APPLE_KEYCHAIN',
    'APPLE_KEYCHAIN_PROFILE',
  ];
  const saved = Object.fromEntries(APPLE.map((k) => [k, process.env[k]]));
  const clear = () => APPLE.forEach((k) => delete process.env[k]);
  afterEach(() => {
    clear();
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
  });

  it('is hardened, entitled for V8 JIT, with no identity written into the config', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.mac.identity).toBeUndefined();
    expect(config.mac.forceCodeSigning ?? config.forceCodeSigning ?? false).toBe(false);
    const entitlements = readFileSync(config.mac.entitlements ?? '', 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
  });

  it('notarization is on, and skipped (not failing) when the environment has no credentials', () => {
    expect(config.mac.notarize).not.toBe(false);
    clear();
    expect(MacTargetHelper.getNotarizeOptions('/tmp/Glucobar.app')).toBeUndefined();
  });

  it('an App Store Connect key or an Apple ID in the environment turns notarization on', () => {
    clear();
    Object.assign(process.env, {
      APPLE_API_KEY: '/keys/AuthKey.p8',
      APPLE_API_KEY_ID: 'KEYID',
      APPLE_API_ISSUER: 'issuer',
    });
    expect(MacTargetHelper.getNotarizeOptions('/tmp/Glucobar.app')).toMatchObject({
      tool: 'notarytool',
      appleApiKeyId: 'KEYID',
    });
    clear();
    Object.assign(process.env, {
      APPLE_ID: 'dev@example.org',
      APPLE_APP_SPECIFIC_PASSWORD: 'xxxx',
      APPLE_TEAM_ID: 'TEAM',
    });
    expect(MacTargetHelper.getNotarizeOptions('/tmp/Glucobar.app')).toMatchObject({
      teamId: 'TEAM',
    });
  });

  it('a half-set credential group fails loudly instead of shipping un-notarized', () => {
    clear();
    process.env.APPLE_ID = 'dev@example.org';
    expect(() => MacTargetHelper.getNotarizeOptions('/tmp/Glucobar.app')).toThrow(
      /APPLE_APP_SPECIFIC_PASSWORD/,
    );
  });
});
