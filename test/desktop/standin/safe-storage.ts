// safeStorage with the key stores of each platform (docs/api/safe-storage.md,
// shell/browser/api/electron_api_safe_storage.cc):
// - Windows/Linux: unavailable until 'ready'.
// - Linux `basic_text` (no key store running): IsEncryptionAvailable() is false unless the app
//   called setUsePlainTextEncryption(true) ("use_password_v10 && backend == basic_text"); the
//   text is then obfuscated with a hard-coded password, i.e. plain text in effect.
// - The asynchronous calls follow the same rule by default (the documented one). Electron 45's
//   source is more permissive: its async encryptor (os_crypt_async with kEncryptSyncCompat)
//   is available after 'ready' and encrypts under basic_text whether or not the switch is on
//   (IsAsyncEncryptionAvailable only short-cuts "use_password_v10 && basic_text"). A machine
//   can be given that behaviour (`asyncIgnoresPlainTextSwitch`): then nothing but the app's
//   own reading of the backend stands between the password and an obfuscated file.
// - Encrypting while unavailable throws ("Encryption is not available."); a key store that
//   refuses (locked keychain, denied wallet) makes decrypting throw.
// - getSelectedStorageBackend is Linux only, and answers 'unknown' until 'ready'; from then on
//   the selected backend, with no other call needed first (Electron 45's
//   GetSelectedLinuxBackend configures the backend itself: EnsureSyncOsCryptInitializedForSyncApi).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export type KeyStoreBackend = 'keychain' | 'dpapi' | 'gnome_libsecret' | 'kwallet5' | 'basic_text';

export interface KeyStore {
  backend: KeyStoreBackend;
  /** The store refuses every operation (locked keychain, denied wallet, broken profile). */
  refuses: boolean;
  /** The machine's secret; basic_text uses Chromium's fixed password instead. */
  secret: Buffer;
  /** Electron 45's async encryptor: basic_text works without setUsePlainTextEncryption. */
  asyncIgnoresPlainTextSwitch?: boolean;
}

const BASIC_TEXT_KEY = createHash('sha256').update('peanuts').digest();

export function createSafeStorage(store: KeyStore, platform: string, isReady: () => boolean) {
  let usePlainText = false;
  const available = (async = false): boolean => {
    if (platform !== 'darwin' && !isReady()) return false;
    if (store.backend !== 'basic_text') return true;
    if (async && store.asyncIgnoresPlainTextSwitch) return platform === 'linux';
    return platform === 'linux' && usePlainText;
  };
  const key = () => (store.backend === 'basic_text' ? BASIC_TEXT_KEY : store.secret);
  const encrypt = (plain: string, async = false): Buffer => {
    if (!available(async)) {
      throw new Error(
        'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
      );
    }
    if (store.refuses)
      throw new Error('Error while encrypting the text provided to safeStorage.encryptString.');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const prefix = store.backend === 'basic_text' ? 'v10' : 'v11';
    return Buffer.concat([Buffer.from(prefix), iv, cipher.getAuthTag(), body]);
  };
  const decrypt = (data: Buffer, async = false): string => {
    if (!available(async) || store.refuses) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
    try {
      const iv = data.subarray(3, 15);
      const decipher = createDecipheriv('aes-256-gcm', key(), iv);
      decipher.setAuthTag(data.subarray(15, 31));
      return Buffer.concat([decipher.update(data.subarray(31)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
  };
  return {
    isEncryptionAvailable: () => available(),
    isAsyncEncryptionAvailable: async () => available(true),
    encryptString: (plain: string) => encrypt(plain),
    decryptString: (data: Buffer) => decrypt(data),
    encryptStringAsync: async (plain: string) => encrypt(plain, true),
    decryptStringAsync: async (data: Buffer) => ({
      result: decrypt(data, true),
      shouldReEncrypt: false,
    }),
    setUsePlainTextEncryption(value: boolean) {
      usePlainText = value;
    },
    getSelectedStorageBackend(): string {
      if (platform !== 'linux')
        throw new Error('getSelectedStorageBackend is only available on Linux');
      return isReady() ? store.backend : 'unknown';
    },
  };
}
