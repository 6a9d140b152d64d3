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
export function createSafeStorageBox(
  platform: NodeJS.Platform = process.platform,
  /** `rememberWithoutKeyStore`: the person allowed storage under Linux `basic_text`. */
  allowPlainText: () => boolean = () => false,
): SecretBox {
  return {
    async kind() {
      const linuxBackend =
        platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
      if (linuxBackend === 'basic_text') {
        // Under basic_text Electron reports encryption unavailable, and encrypts nothing, until
        // plain-text encryption is switched on explicitly (docs/api/safe-storage.md,
        // `safeStorage.setUsePlainTextEncryption`; shell/browser/api/electron_api_safe_storage.cc,
        // IsAsyncEncryptionAvailable checks use_password_v10_). Only with the person's consent.
        safeStorage.setUsePlainTextEncryption(allowPlainText());
        // It is basic_text whether or not it is switched on: the vault asks for consent.
        return 'basic_text';
      }
      const available = await safeStorage.isAsyncEncryptionAvailable();
      return classifySecretBackend({ available, platform, linuxBackend });
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
