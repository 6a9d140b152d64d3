// A SecretBox double: a reversible transform tagged with the key generation that made it, so
// tests can rotate the key and see whether stored ciphertext gets rewritten.
import type { KeyValueStore, SecretBox } from '../../../main/core/ports';

export interface FakeSecretBox extends SecretBox {
  backend: 'os' | 'basic_text' | 'unavailable';
  /** Key generation used for new ciphertext; older generations decrypt with shouldReEncrypt. */
  generation: number;
  failEncrypt: boolean;
  failDecrypt: boolean;
  encryptCalls: number;
}

export function fakeSecretBox(backend: FakeSecretBox['backend'] = 'os'): FakeSecretBox {
  const box: FakeSecretBox = {
    backend,
    generation: 1,
    failEncrypt: false,
    failDecrypt: false,
    encryptCalls: 0,
    async kind() {
      return box.backend;
    },
    async encrypt(plain) {
      if (box.failEncrypt) throw new Error('encryption refused');
      box.encryptCalls += 1;
      const scrambled = Buffer.from([...Buffer.from(plain, 'utf8')].map((b) => b ^ 0x5a));
      return `k${box.generation}:${scrambled.toString('base64')}`;
    },
    async decrypt(cipher) {
      if (box.failDecrypt) throw new Error('keychain locked');
      const match = /^k(\d+):(.*)$/.exec(cipher);
      if (match === null) throw new Error('not our ciphertext');
      const bytes = Buffer.from(match[2] ?? '', 'base64').map((b) => b ^ 0x5a);
      return {
        value: Buffer.from(bytes).toString('utf8'),
        shouldReEncrypt: Number(match[1]) < box.generation,
      };
    },
  };
  return box;
}

export interface RecordingStore<T> extends KeyValueStore<T> {
  value: T | undefined;
  /** Every serialised value ever written, in order. */
  history: string[];
  failWrites: boolean;
}

export function recordingStore<T>(initial?: T): RecordingStore<T> {
  const store: RecordingStore<T> = {
    value: initial === undefined ? undefined : structuredClone(initial),
    history: [],
    failWrites: false,
    async read() {
      return store.value === undefined ? undefined : structuredClone(store.value);
    },
    async write(value) {
      if (store.failWrites) throw new Error('disk full');
      store.history.push(JSON.stringify(value));
      store.value = structuredClone(value);
    },
    async clear() {
      store.history.push('<cleared>');
      store.value = undefined;
    },
  };
  return store;
}
