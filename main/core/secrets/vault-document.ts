import { z } from 'zod';
import type { Credentials } from '../../../common/credentials';
import { storedSessionSchema } from '../llu/session';
import type { StoredSession } from '../llu/types';

/**
 * What the credential vault keeps on disk: ciphertext only (base64 from the SecretBox).
 * Each entry is one encrypted JSON document, so nothing about the account — not even the
 * email address — is readable without the operating system's key.
 */
export interface VaultDocument {
  version: 1;
  /** Encrypted `{email, password}`. */
  credentials?: string;
  /** Encrypted LibreLinkUp session (token cache). */
  session?: string;
}

export const vaultDocumentSchema = z.object({
  version: z.literal(1),
  credentials: z.string().min(1).optional(),
  session: z.string().min(1).optional(),
});

export const credentialsSchema = z.strictObject({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(256),
});

export function parseCredentials(json: string): Credentials {
  return credentialsSchema.parse(JSON.parse(json));
}

export function parseSession(json: string): StoredSession {
  return storedSessionSchema.parse(JSON.parse(json));
}
