// Saved credentials the key store cannot unlock must be reported (the app then says so and
// starts signed out), not silently treated as "no account" (which started the demo).
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/ports';
import { createCredentialVault } from '../../../main/core/secrets/credential-vault';
import type { VaultDocument } from '../../../main/core/secrets/vault-document';
import { fakeSecretBox, recordingStore } from './fake-secret-box';

vi.mock('electron', () => ({ net: { fetch: vi.fn() } }));
const startDemoSimulator = vi.hoisted(() => vi.fn());
vi.mock('../../../main/simulator/demo', () => ({ startDemoSimulator }));
const { openLluSource } = await import('../../../main/adapters/llu-source');

const CREDENTIALS = { email: 'carer@example.org', password: 'pw-1' };

async function savedStore() {
  const box = fakeSecretBox('os');
  const store = recordingStore<VaultDocument>();
  await createCredentialVault(box, store, { allowBasicText: false }).setCredentials(CREDENTIALS);
  return { box, store };
}

describe('unreadable saved credentials', () => {
  it('a decryption failure is reported and the ciphertext kept', async () => {
    const { box, store } = await savedStore();
    const saved = structuredClone(store.value);
    box.failDecrypt = true;
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    expect(await vault.getCredentials()).toBeNull();
    expect(await vault.hasUnreadableCredentials()).toBe(true);
    expect(store.value).toEqual(saved);
  });

  it('an unavailable key store with saved credentials is reported too', async () => {
    const { box, store } = await savedStore();
    box.backend = 'unavailable';
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    expect(await vault.hasUnreadableCredentials()).toBe(true);
  });

  it('is false with nothing saved, with readable credentials, and after signing in again', async () => {
    const empty = createCredentialVault(fakeSecretBox('os'), recordingStore<VaultDocument>(), {
      allowBasicText: false,
    });
    expect(await empty.hasUnreadableCredentials()).toBe(false);
    const { box, store } = await savedStore();
    expect(
      await createCredentialVault(box, store, { allowBasicText: false }).hasUnreadableCredentials(),
    ).toBe(false);
    box.failDecrypt = true;
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    await vault.setCredentials(CREDENTIALS);
    expect(await vault.hasUnreadableCredentials()).toBe(false);
  });

  it('the app then starts signed out with the key-store failure, never the demo', async () => {
    const { box, store } = await savedStore();
    box.failDecrypt = true;
    const vault = createCredentialVault(box, store, { allowBasicText: false });
    const source = await openLluSource({
      vault,
      userData: '/tmp/glucobar-test',
      forceDemo: false,
      logger: silentLogger,
    });
    expect(startDemoSimulator).not.toHaveBeenCalled();
    expect(source.demo).toBeNull();
    expect(source.keyStoreFailed).toBe(true);
    expect(source.historyDir).toBe('/tmp/glucobar-test/history');
  });

  it('with no saved credentials at all the demo still starts', async () => {
    startDemoSimulator.mockResolvedValueOnce({
      demo: { email: 'demo@glucobar.invalid', password: 'demo' },
      apiUrl: 'http://127.0.0.1:1',
      close: async () => undefined,
    });
    const vault = createCredentialVault(fakeSecretBox('os'), recordingStore<VaultDocument>(), {
      allowBasicText: false,
    });
    const source = await openLluSource({
      vault,
      userData: '/tmp/glucobar-test',
      forceDemo: false,
      logger: silentLogger,
    });
    expect(startDemoSimulator).toHaveBeenCalledTimes(1);
    expect(source.keyStoreFailed).toBe(false);
  });
});
