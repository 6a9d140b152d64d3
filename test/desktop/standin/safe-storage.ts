// safeStorage with the key stores of each platform (docs/api/safe-storage.md,
// shell/browser/api/electron_api_safe_storage.cc):
// - Windows/Linux: unavailable until 'ready'.
// - Linux `basic_text` (no key store running): IsEncryptionAvailable() is false unless the app
//   called setUsePlainTextEncryption(true) ("use_password_v10 && backend == basic_text"); the
//   text is then obfuscated with a hard-coded password, i.e. plain text in effect.
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
}

const BASIC_TEXT_KEY = createHash('sha256').update('peanuts').digest();

export function createSafeStorage(store: KeyStore, platform: string, isReady: () => boolean) {
  let usePlainText = false;
  const available = (): boolean => {
    if (platform !== 'darwin' && !isReady()) return false;
    if (store.backend === 'basic_text') return platform === 'linux' && usePlainText;
    return true;
  };
  const key = () => (store.backend === 'basic_text' ? BASIC_TEXT_KEY : store.secret);
  const encrypt = (plain: string): Buffer => {
    if (!available()) {
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
  const decrypt = (data: Buffer): string => {
    if (!available() || store.refuses) {
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
    isEncryptionAvailable: available,
    isAsyncEncryptionAvailable: async () => available(),
    encryptString: encrypt,
    decryptString: decrypt,
    encryptStringAsync: async (plain: string) => encrypt(plain),
    decryptStringAsync: async (data: Buffer) => ({ result: decrypt(data), shouldReEncrypt: false }),
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
