/**
 * Validation of everything a test or the control API hands the simulator. The in-process
 * control runs the same checks as HTTP, so both fail the same way on the same input.
 */
import { z } from 'zod';
import { regionKeySchema } from '../faults/schema';
import { isValidTimeZone } from '../time-format';

const mgdl = z.number().int().min(20).max(600);

export const patientSpecSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .optional(),
  firstName: z.string().min(1).max(100).optional(),
  lastName: z.string().min(1).max(100).optional(),
  timeZone: z.string().refine(isValidTimeZone, 'unknown IANA time zone').optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  units: z.enum(['mg/dL', 'mmol/L']).optional(),
  targetLow: mgdl.optional(),
  targetHigh: mgdl.optional(),
  seed: z.number().int().optional(),
  device: z.enum(['libre2', 'libre3']).optional(),
  sensor: z.enum(['auto', 'none']).optional(),
});

export const accountSpecSchema = z.strictObject({
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(200),
  region: regionKeySchema.optional(),
  firstName: z.string().min(1).max(100).optional(),
  lastName: z.string().min(1).max(100).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  patients: z.array(patientSpecSchema).max(50).optional(),
  followSelf: z.boolean().optional(),
});

export const regionSchema = z.strictObject({
  key: regionKeySchema,
  prefix: regionKeySchema.optional(),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .max(50)
    .optional(),
});

const epochMs = z.number().int().min(0).max(8.64e15);

export const sensorActionSchema = z.strictObject({
  action: z.enum(['start', 'expire', 'remove', 'auto']),
  atMs: epochMs.optional(),
  /** For start: a Libre 3 serial with its extra trailing digit. */
  extraSerialDigit: z.boolean().optional(),
  /** For start: `w` stated (default), left out, or no sensor shown at all during warm-up. */
  warmup: z.enum(['stated', 'unstated', 'hidden']).optional(),
});

export const stallSchema = z.strictObject({
  patientId: z.string().min(1),
  fromMs: epochMs,
  minutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30),
});

export const overrideSchema = z.strictObject({
  patientId: z.string().min(1),
  fromMs: epochMs,
  toMs: epochMs,
  /** Values beyond the sensor's 40–500 range come out as LO / HI. */
  mgdl: z.number().int().min(1).max(1000),
});

export const budgetSchema = z
  .strictObject({
    limit: z.number().int().min(1).max(100_000),
    windowSeconds: z.number().int().min(1).max(86_400),
    retryAfterSeconds: z.number().int().min(0).max(86_400).optional(),
  })
  .nullable();

export const versionSchema = z
  .string()
  .regex(/^\d{1,4}(\.\d{1,4}){0,3}$/)
  .nullable();

export const accountIdGateSchema = z.strictObject({
  enabled: z.boolean(),
  region: regionKeySchema.optional(),
});

export const publishedQuerySchema = z.strictObject({
  patientId: z.string().min(1),
  fromMs: epochMs,
  toMs: epochMs,
  include: z.enum(['live', 'graph', 'all']).optional(),
});

export type PublishedInclude = 'live' | 'graph' | 'all';
