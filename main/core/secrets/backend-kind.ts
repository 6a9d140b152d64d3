/**
 * What kind of protection the operating system offers for secrets at rest.
 *
 * Electron's safeStorage on Linux falls back to `basic_text` (a hard-coded key: obfuscation,
 * not encryption) when it finds no secret service; before `ready` the backend reads
 * `unknown`. Only a real key store counts as `os`.
 */
export type SecretBackendKind = 'os' | 'basic_text' | 'unavailable';

export function classifySecretBackend(input: {
  available: boolean;
  platform: string;
  /** `safeStorage.getSelectedStorageBackend()`; only meaningful on Linux. */
  linuxBackend?: string | undefined;
}): SecretBackendKind {
  if (!input.available) return 'unavailable';
  if (input.platform !== 'linux') return 'os';
  switch (input.linuxBackend) {
    case 'gnome_libsecret':
    case 'kwallet':
    case 'kwallet5':
    case 'kwallet6':
      return 'os';
    case 'basic_text':
      return 'basic_text';
    default:
      // 'unknown' (asked before ready) or a name this version does not know: do not assume.
      return 'unavailable';
  }
}
