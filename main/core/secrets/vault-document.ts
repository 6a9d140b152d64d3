import { z } from 'zod';
import type { Credentials } from '../../../common/credentials';
import { storedSessionSchema, type StoredSession } from '../llu/stored-session';

/**
 * What the credential vault keeps on disk: ciphertext only (base64 from the SecretBox).
 * Each entry is one encrypted JSON document, so nothing about the account — not even the
 * email address — is readable without the operating system's key. The schema is the one
 * source of the shape; the type is derived from it.
 */
export const vaultDocumentSchema = z.object({
  version: z.literal(1),
  /** Encrypted `{email, password}`. */
  credentials: z.string().min(1).optional(),
  /** Encrypted LibreLinkUp session (token cache). */
  session: z.string().min(1).optional(),
});

export type VaultDocument = z.output<typeof vaultDocumentSchema>;

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
