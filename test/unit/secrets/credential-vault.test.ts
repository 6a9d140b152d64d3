import { describe, expect, it } from 'vitest';
import type { StoredSession } from '../../../main/core/llu/types';
import { createCredentialVault } from '../../../main/core/secrets/credential-vault';
import type { VaultDocument } from '../../../main/core/secrets/vault-document';
import { recordingLogger } from '../ipc/fakes';
import { fakeSecretBox, recordingStore, type RecordingStore } from './fake-secret-box';

const EMAIL = 'follower.person@example.org';
const PASSWORD = 'correct-horse-battery-staple';
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-token-body.signature';

const session = (token = TOKEN): StoredSession => ({
  token,
  expiresAt: 1_775_552_000_000,
  userId: 'user-1',
  region: 'eu',
});

function expectNoPlaintext(store: RecordingStore<VaultDocument>, ...secrets: string[]) {
  const everything = store.history.join('\n') + JSON.stringify(store.value ?? null);
  for (const secret of secrets) expect(everything).not.toContain(secret);
}

describe('credential vault with an OS key store', () => {
  it('stores credentials and session only as ciphertext, and reads them back', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    expect(await vault.setCredentials({ email: EMAIL, password: PASSWORD })).toEqual({
      persisted: true,
    });
    await vault.sessionStore().write(session());
    expect(store.value?.credentials).toMatch(/^k1:/);
    expect(store.value?.session).toMatch(/^k1:/);
    expectNoPlaintext(store, EMAIL, PASSWORD, TOKEN, 'follower.person');

    const reopened = createCredentialVault(box, store, { allowBasicText: false });
    expect(await reopened.getCredentials()).toEqual({ email: EMAIL, password: PASSWORD });
    expect(await reopened.sessionStore().read()).toEqual(session());
    expect(await reopened.status()).toEqual({
      hasCredentials: true,
      persisted: true,
      backend: 'os',
      reason: null,
    });
  });

  it('re-encrypts on load when the key was rotated', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    const first = createCredentialVault(box, store, { allowBasicText: false });
    await first.setCredentials({ email: EMAIL, password: PASSWORD });
    await first.sessionStore().write(session());
    const before = structuredClone(store.value);

    box.generation = 2;
    const second = createCredentialVault(box, store, { allowBasicText: false });
    expect(await second.getCredentials()).toEqual({ email: EMAIL, password: PASSWORD });
    expect(store.value?.credentials).toMatch(/^k2:/);
    expect(store.value?.session).toMatch(/^k2:/);
    expect(store.value?.credentials).not.toBe(before?.credentials);
    expectNoPlaintext(store, EMAIL, PASSWORD, TOKEN);
  });

  it('re-encrypts everything on request', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    await vault.setCredentials({ email: EMAIL, password: PASSWORD });
    box.generation = 7;
    expect(await vault.reencryptAll()).toEqual({ persisted: true });
    expect(store.value?.credentials).toMatch(/^k7:/);
  });

  it('does not rewrite the store when the session did not change', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    await vault.sessionStore().write(session());
    const writes = store.history.length;
    await vault.sessionStore().write(session());
    expect(store.history.length).toBe(writes);
    await vault.sessionStore().write(session('another-token'));
    expect(store.history.length).toBe(writes + 1);
  });

  it('drops the session when the account changes, keeps it for a new password', async () => {
    const vault = createCredentialVault(fakeSecretBox('os'), recordingStore(), {
      allowBasicText: false,
    });
    await vault.setCredentials({ email: EMAIL, password: PASSWORD });
    await vault.sessionStore().write(session());
    await vault.setCredentials({ email: EMAIL.toUpperCase(), password: 'new-password' });
    expect(await vault.sessionStore().read()).toEqual(session());
    await vault.setCredentials({ email: 'someone.else@example.org', password: PASSWORD });
    expect(await vault.sessionStore().read()).toBeUndefined();
  });

  it('clear removes everything from memory and from the store', async () => {
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(fakeSecretBox('os'), store, { allowBasicText: false });
    await vault.setCredentials({ email: EMAIL, password: PASSWORD });
    await vault.sessionStore().write(session());
    await vault.clear();
    expect(store.value).toBeUndefined();
    expect(await vault.getCredentials()).toBeNull();
    expect(await vault.sessionStore().read()).toBeUndefined();
    expect(await vault.status()).toMatchObject({ hasCredentials: false, persisted: false });
  });

  it('keeps ciphertext it cannot decrypt (a locked keychain is not a lost password)', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    await createCredentialVault(box, store, { allowBasicText: false }).setCredentials({
      email: EMAIL,
      password: PASSWORD,
    });
    const saved = store.value?.credentials;
    box.failDecrypt = true;
    const locked = createCredentialVault(box, store, { allowBasicText: false });
    expect(await locked.getCredentials()).toBeNull();
    await locked.sessionStore().write(session());
    expect(store.value?.credentials).toBe(saved);
    box.failDecrypt = false;
    const later = createCredentialVault(box, store, { allowBasicText: false });
    expect(await later.getCredentials()).toEqual({ email: EMAIL, password: PASSWORD });
  });

  it('reports encryption failures and leaves no stale secrets behind', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    await vault.setCredentials({ email: EMAIL, password: PASSWORD });
    box.failEncrypt = true;
    expect(await vault.setCredentials({ email: EMAIL, password: 'changed' })).toEqual({
      persisted: false,
      reason: 'encryption_failed',
    });
    expect(store.value?.credentials).toBeUndefined();
    expect(await vault.getCredentials()).toEqual({ email: EMAIL, password: 'changed' });
    expect(await vault.status()).toMatchObject({ persisted: false, reason: 'encryption_failed' });
  });

  it('refuses malformed credentials without echoing them', async () => {
    const vault = createCredentialVault(fakeSecretBox('os'), recordingStore(), {
      allowBasicText: false,
    });
    const error = await vault.setCredentials({ email: '', password: PASSWORD }).catch((e) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String(error)).not.toContain(PASSWORD);
  });

  it('never logs a secret', async () => {
    const log = recordingLogger();
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(box, store, { allowBasicText: false, logger: log.logger });
    await vault.setCredentials({ email: EMAIL, password: PASSWORD });
    await vault.sessionStore().write(session());
    box.generation = 2;
    const rotated = createCredentialVault(box, store, {
      allowBasicText: false,
      logger: log.logger,
    });
    expect(await rotated.getCredentials()).toEqual({ email: EMAIL, password: PASSWORD });
    box.failDecrypt = true;
    await createCredentialVault(box, store, { allowBasicText: false, logger: log.logger }).status();
    box.failDecrypt = false;
    box.failEncrypt = true;
    await rotated.setCredentials({ email: EMAIL, password: `${PASSWORD}-2` });
    expect(log.entries.length).toBeGreaterThan(0);
    for (const secret of [EMAIL, PASSWORD, TOKEN]) expect(log.text()).not.toContain(secret);
  });
});

describe('credential vault without a real key store', () => {
  it('basic_text keeps secrets in memory only and says why', async () => {
    const box = fakeSecretBox('basic_text');
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    expect(await vault.setCredentials({ email: EMAIL, password: PASSWORD })).toEqual({
      persisted: false,
      reason: 'basic_text',
    });
    await vault.sessionStore().write(session());
    expect(box.encryptCalls).toBe(0);
    expect(store.value).toBeUndefined();
    expectNoPlaintext(store, EMAIL, PASSWORD, TOKEN);
    expect(await vault.getCredentials()).toEqual({ email: EMAIL, password: PASSWORD });
    expect(await vault.sessionStore().read()).toEqual(session());
    expect(await vault.status()).toEqual({
      hasCredentials: true,
      persisted: false,
      backend: 'basic_text',
      reason: 'basic_text',
    });
  });

  it('basic_text persists (as ciphertext) once the person opted in', async () => {
    const box = fakeSecretBox('basic_text');
    const store = recordingStore<VaultDocument>();
    const vault = createCredentialVault(box, store, { allowBasicText: true });
    expect(await vault.setCredentials({ email: EMAIL, password: PASSWORD })).toEqual({
      persisted: true,
    });
    expect(store.value?.credentials).toMatch(/^k1:/);
    expectNoPlaintext(store, EMAIL, PASSWORD);
  });

  it('withdrawing the basic_text opt-in removes what was stored', async () => {
    const box = fakeSecretBox('basic_text');
    const store = recordingStore<VaultDocument>();
    const optedIn = createCredentialVault(box, store, { allowBasicText: true });
    await optedIn.setCredentials({ email: EMAIL, password: PASSWORD });
    expect(store.value).toBeDefined();
    expect(await optedIn.setAllowBasicText(false)).toEqual({
      persisted: false,
      reason: 'basic_text',
    });
    expect(store.value).toBeUndefined();

    await optedIn.setAllowBasicText(true);
    expect(store.value).toBeDefined();
    const restartedWithoutConsent = createCredentialVault(box, store, { allowBasicText: false });
    expect(await restartedWithoutConsent.getCredentials()).toBeNull();
    expect(store.value).toBeUndefined();
  });

  it('unavailable keeps memory only and never touches saved ciphertext in the background', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    await createCredentialVault(box, store, { allowBasicText: false }).setCredentials({
      email: EMAIL,
      password: PASSWORD,
    });
    const saved = structuredClone(store.value);
    box.backend = 'unavailable';
    const vault = createCredentialVault(box, store, { allowBasicText: true });
    expect(await vault.getCredentials()).toBeNull();
    await vault.sessionStore().write(session());
    expect(store.value).toEqual(saved);
    // The key store comes back later in the same run: still no background overwrite of what
    // this run never read.
    box.backend = 'os';
    await vault.sessionStore().write(session('newer'));
    expect(store.value).toEqual(saved);
    expect(await vault.status()).toMatchObject({ backend: 'os', hasCredentials: false });
  });

  it('new credentials entered while unavailable replace the stored ones', async () => {
    const box = fakeSecretBox('os');
    const store = recordingStore<VaultDocument>();
    await createCredentialVault(box, store, { allowBasicText: false }).setCredentials({
      email: EMAIL,
      password: PASSWORD,
    });
    box.backend = 'unavailable';
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    expect(await vault.setCredentials({ email: 'new@example.org', password: 'pw' })).toEqual({
      persisted: false,
      reason: 'unavailable',
    });
    expect(store.value).toBeUndefined();
  });
});
