import { z } from 'zod';
import { ALARM_KINDS } from '../../common/alarms';
import { CHART_SPANS } from '../../common/history';
import { LINK_IDS } from '../../common/links';
import type { InvokeContracts, InvokeName } from '../../preload/contract';
import { patientIdSchema, settingsPatchSchema } from '../core/settings/schema';
import type { SameShape } from '../core/schema-guard';

/**
 * One zod schema per invoke channel: the runtime check of what the renderer sends. Objects
 * are strict (an unexpected key is a bug or a probe, so it is refused, not ignored).
 * Channels without a request accept only `undefined`: the preload invokes them without
 * arguments.
 */

const chartSpanSchema = z.enum(CHART_SPANS);
const none = z.undefined();

const patientSpan = z.strictObject({ patientId: patientIdSchema, span: chartSpanSchema });

/**
 * LibreLinkUp sign-in. The email is trimmed (pasted addresses often carry spaces); the
 * password is taken exactly as typed. Lengths are bounded so a hostile page cannot hand main
 * megabytes to encrypt and store.
 */
export const credentialsRequestSchema = z.strictObject({
  email: z.string().trim().max(254, 'is too long').pipe(z.email('must be an email address')),
  password: z.string().min(1, 'must not be empty').max(256, 'is too long'),
});

export const requestSchemas = {
  getSnapshot: none,
  getHistory: patientSpan,
  getReport: patientSpan,
  signIn: credentialsRequestSchema,
  acceptTerms: none,
  signOut: none,
  selectPatient: z.strictObject({ patientId: patientIdSchema }),
  refreshNow: none,
  getSettings: none,
  updateSettings: settingsPatchSchema,
  snoozeAlarm: z.strictObject({
    kind: z.enum([...ALARM_KINDS, 'all']),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
  }),
  exportHistory: z.strictObject({
    patientId: patientIdSchema,
    span: chartSpanSchema,
    format: z.enum(['csv', 'json']),
  }),
  openLink: z.strictObject({ id: z.enum(LINK_IDS) }),
  hidePopover: none,
  closeMiniView: none,
  acceptUpdate: none,
  quit: none,
} satisfies Record<InvokeName, z.ZodType>;

/** What a handler receives: the contract's request, with `void` as the `undefined` it is. */
export type WireRequest<K extends InvokeName> = InvokeContracts[K]['request'] extends void
  ? undefined
  : InvokeContracts[K]['request'];

// Compile-time guard: every schema's output equals its contract request type exactly.
type Mismatched = {
  [K in InvokeName]: SameShape<z.infer<(typeof requestSchemas)[K]>, WireRequest<K>> extends true
    ? never
    : K;
}[InvokeName];
export const validatorsMatchContract: [Mismatched] extends [never] ? true : Mismatched = true;
