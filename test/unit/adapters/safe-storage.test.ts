import type { SafeStorage } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = {
    available: true,
    backend: 'gnome_libsecret' as ReturnType<SafeStorage['getSelectedStorageBackend']>,
    shouldReEncrypt: false,
    plainText: false,
  };
  const safeStorage = {
    // Electron: under basic_text, availability (and encryption) only with plain text switched on.
    setUsePlainTextEncryption: vi.fn((on: boolean) => {
      state.plainText = on;
    }),
    isAsyncEncryptionAvailable: vi.fn(async () => state.available),
    getSelectedStorageBackend: vi.fn(() => state.backend),
    encryptStringAsync: vi.fn(async (plain: string) => Buffer.from(`enc(${plain})`, 'utf8')),
    decryptStringAsync: vi.fn(async (cipher: Buffer) => ({
      result: cipher.toString('utf8').replace(/^enc\((.*)\)$/, '$1'),
      shouldReEncrypt: state.shouldReEncrypt,
    })),
    // The deprecated synchronous API must not be used.
    encryptString: vi.fn(() => {
      throw new Error('sync encryptString used');
    }),
    decryptString: vi.fn(() => {
      throw new Error('sync decryptString used');
    }),
    isEncryptionAvailable: vi.fn(() => {
      throw new Error('sync isEncryptionAvailable used');
    }),
  } satisfies Pick<
    SafeStorage,
    | 'setUsePlainTextEncryption'
    | 'isAsyncEncryptionAvailable'
    | 'getSelectedStorageBackend'
    | 'encryptStringAsync'
    | 'decryptStringAsync'
    | 'encryptString'
    | 'decryptString'
    | 'isEncryptionAvailable'
  >;
  return { state, safeStorage };
});

vi.mock('electron', () => ({ safeStorage: fake.safeStorage }));

const { createSafeStorageBox } = await import('../../../main/adapters/safe-storage');

beforeEach(() => {
  fake.state.available = true;
  fake.state.backend = 'gnome_libsecret';
  fake.state.shouldReEncrypt = false;
  fake.state.plainText = false;
  vi.clearAllMocks();
});

describe('safeStorage SecretBox', () => {
  it('maps the Linux basic_text backend to basic_text', async () => {
    fake.state.backend = 'basic_text';
    expect(await createSafeStorageBox('linux').kind()).toBe('basic_text');
  });

  it('basic_text: plain-text encryption is switched on only with the person’s consent', async () => {
    fake.state.backend = 'basic_text';
    fake.state.available = false;
    let consent = false;
    const box = createSafeStorageBox('linux', () => consent);
    expect(await box.kind()).toBe('basic_text');
    expect(fake.safeStorage.setUsePlainTextEncryption).toHaveBeenLastCalledWith(false);
    consent = true;
    expect(await box.kind()).toBe('basic_text');
    expect(fake.state.plainText).toBe(true);
    consent = false;
    await box.kind();
    expect(fake.state.plainText).toBe(false);
  });

  it('never switches plain-text encryption on for a real key store', async () => {
    expect(await createSafeStorageBox('linux', () => true).kind()).toBe('os');
    expect(await createSafeStorageBox('darwin', () => true).kind()).toBe('os');
    expect(fake.safeStorage.setUsePlainTextEncryption).not.toHaveBeenCalled();
  });

  it('maps a Linux secret service to os, and unknown to unavailable', async () => {
    expect(await createSafeStorageBox('linux').kind()).toBe('os');
    fake.state.backend = 'unknown';
    expect(await createSafeStorageBox('linux').kind()).toBe('unavailable');
  });

  it('reports unavailable when async encryption is not available', async () => {
    fake.state.available = false;
    expect(await createSafeStorageBox('darwin').kind()).toBe('unavailable');
  });

  it('does not ask for the Linux backend on macOS and Windows', async () => {
    fake.safeStorage.getSelectedStorageBackend.mockClear();
    expect(await createSafeStorageBox('darwin').kind()).toBe('os');
    expect(await createSafeStorageBox('win32').kind()).toBe('os');
    expect(fake.safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('round-trips through base64 ciphertext and passes shouldReEncrypt on', async () => {
    const box = createSafeStorageBox('darwin');
    const cipher = await box.encrypt('secret');
    expect(cipher).toBe(Buffer.from('enc(secret)').toString('base64'));
    expect(await box.decrypt(cipher)).toEqual({ value: 'secret', shouldReEncrypt: false });
    fake.state.shouldReEncrypt = true;
    expect(await box.decrypt(cipher)).toEqual({ value: 'secret', shouldReEncrypt: true });
    expect(fake.safeStorage.encryptString).not.toHaveBeenCalled();
    expect(fake.safeStorage.decryptString).not.toHaveBeenCalled();
    expect(fake.safeStorage.isEncryptionAvailable).not.toHaveBeenCalled();
  });
});
