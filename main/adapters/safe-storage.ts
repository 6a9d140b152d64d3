import { safeStorage } from 'electron';
import { classifySecretBackend } from '../core/secrets/backend-kind';
import type { SecretBox } from '../core/ports';

/**
 * SecretBox over Electron's safeStorage, asynchronous API only (`isAsyncEncryptionAvailable`,
 * `encryptStringAsync`, `decryptStringAsync`): it reports key rotation through
 * `shouldReEncrypt` and tolerates a key store that becomes available late. Electron 45 has
 * all three, so the deprecated synchronous calls are not used. Ciphertext is base64 text.
 * Call only after `app` is ready.
 */
export function createSafeStorageBox(platform: NodeJS.Platform = process.platform): SecretBox {
  return {
    async kind() {
      const available = await safeStorage.isAsyncEncryptionAvailable();
      return classifySecretBackend({
        available,
        platform,
        linuxBackend: platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
      });
    },
    async encrypt(plain) {
      const cipher = await safeStorage.encryptStringAsync(plain);
      return cipher.toString('base64');
    },
    async decrypt(cipher) {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
        Buffer.from(cipher, 'base64'),
      );
      return { value: result, shouldReEncrypt };
    },
  };
}
