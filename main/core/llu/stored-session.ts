/**
 * What survives a restart so the app does not log in again (token lifetime ~180 days). The
 * schema is the one source of the shape: the type is derived from it, and the CLI's token file,
 * the app's vault and the session keeper all parse with it.
 */
import { z } from 'zod';

export const storedSessionSchema = z.object({
  token: z.string(),
  /** Token expiry, epoch ms. */
  expiresAt: z.number(),
  /** `user.id` of the login; Account-Id is its SHA-256. */
  userId: z.string(),
  /**
   * The region the account lives in (`global` until a redirect said otherwise). Same shape as a
   * normalised region key: a stored value must never be able to alter a URL.
   */
  region: z.string().regex(/^[a-z0-9-]{1,16}$/),
  /** A client version adopted from a 403/920 answer, if any. */
  clientVersion: z.string().optional(),
  /** A pending terms step: its short-lived token lets an explicit accept continue. */
  pendingStep: z
    .object({ type: z.enum(['tou', 'pp']), token: z.string().min(1), expiresAt: z.number() })
    .optional(),
  /**
   * No automatic login for this e-mail before `until` (epoch ms): survives restarts, so a
   * status bar running the CLI every minute cannot turn a wrong password into a lockout.
   */
  loginBlock: z
    .object({
      email: z.string(),
      code: z.enum(['bad_credentials', 'locked_out']),
      until: z.number(),
      /** For bad_credentials: salted scrypt of e-mail and password, never the password itself. */
      fingerprint: z
        .object({
          salt: z.string().regex(/^[0-9a-f]{32}$/),
          hash: z.string().regex(/^[0-9a-f]{64}$/),
        })
        .optional(),
    })
    .optional(),
  /** When the token of a re-login was refused too (epoch ms): no re-login storm after it. */
  refusedAfterLoginAt: z.number().optional(),
  /** Calls in a row answered in no known shape (see api-change.ts); absent after a good one. */
  unrecognisedAnswers: z.number().int().min(1).max(1_000_000).optional(),
});

export type StoredSession = z.output<typeof storedSessionSchema>;
