/**
 * zod schemas for LibreLinkUp answers. Unknown fields pass (the API adds keys freely); a
 * missing or malformed field the app relies on becomes `bad_response` naming its path.
 * Auxiliary parts (ticket, alarm settings) are optional: losing them must not hide a value.
 */
import { z } from 'zod';
import { unrecognisedAnswer, type LluError } from './errors';
import { parseLluTimestamp } from './timestamps';

const timestamp = z.string().transform((text, ctx) => {
  const ms = parseLluTimestamp(text);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: 'not a M/D/YYYY h:mm:ss AM|PM timestamp' });
    return z.NEVER;
  }
  return ms;
});

/** `Timestamp` is only used for the display offset, so a broken one just means "unknown". */
const optionalTimestamp = z
  .unknown()
  .transform((v) => (typeof v === 'string' ? parseLluTimestamp(v) : null));

export const glucoseItemSchema = z.object({
  FactoryTimestamp: timestamp,
  Timestamp: optionalTimestamp,
  ValueInMgPerDl: z.number().nonnegative(),
  TrendArrow: z.unknown().optional(),
  isHigh: z.boolean().nullish(),
  isLow: z.boolean().nullish(),
});
export type GlucoseItem = z.output<typeof glucoseItemSchema>;

const threshold = z.object({ th: z.number().nullish(), on: z.boolean().nullish() }).nullish();

export const connectionSchema = z.object({
  id: z.string().min(1),
  patientId: z.string().min(1),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  targetLow: z.number(),
  targetHigh: z.number(),
  uom: z.union([z.literal(0), z.literal(1)]),
  sensor: z
    .object({ sn: z.string(), a: z.number(), w: z.number().nullish(), pt: z.number().nullish() })
    .nullish(),
  glucoseMeasurement: glucoseItemSchema.nullish(),
  alarmRules: z.object({ h: threshold, l: threshold, f: threshold }).nullish().catch(null),
  patientDevice: z
    .object({
      ll: z.number().nullish(),
      hl: z.number().nullish(),
      l: z.boolean().nullish(),
      h: z.boolean().nullish(),
      fixedLowAlarmValues: z.object({ mgdl: z.number().nullish() }).nullish(),
    })
    .nullish()
    .catch(null),
});
export type Connection = z.output<typeof connectionSchema>;

/** `{token, expires (epoch s), duration (ms)}` on logins and every authenticated answer. */
export const ticketSchema = z.object({
  token: z.string().min(1),
  expires: z.number().positive(),
  duration: z.number().nullish(),
});
export type Ticket = z.output<typeof ticketSchema>;

/** Every 2xx answer: a numeric status, and a ticket that is kept only when well formed. */
export const envelopeSchema = z.object({
  status: z.number(),
  ticket: ticketSchema.nullish().catch(null),
});

export const connectionsSchema = z.object({ data: z.array(connectionSchema) });

export const graphSchema = z.object({
  data: z.object({
    connection: connectionSchema,
    graphData: z.array(glucoseItemSchema).nullish(),
  }),
});

export const logbookSchema = z.object({ data: z.array(glucoseItemSchema) });

export const loginSuccessSchema = z.object({
  data: z.object({
    user: z.object({ id: z.string().min(1), country: z.string().nullish() }),
    authTicket: ticketSchema,
  }),
});

export const redirectSchema = z.object({
  data: z.object({ region: z.string(), country: z.string().nullish() }),
});

export const stepSchema = z.object({
  data: z.object({
    step: z.object({ type: z.string(), componentName: z.string().nullish() }),
    user: z.object({ country: z.string().nullish() }).nullish(),
    authTicket: ticketSchema.nullish(),
  }),
});

export const regionalMapSchema = z.object({
  data: z.object({
    regionalMap: z.record(z.string(), z.object({ lslApi: z.string() }).nullish().catch(null)),
  }),
});

/** Parse or throw `bad_response` naming the first offending field, never quoting its value. */
export function parseAnswer<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw malformedAnswer(fieldPath(result.error.issues[0]?.path ?? []));
}

/** A required field missing or malformed: an answer of no known shape. */
export function malformedAnswer(field: string): LluError {
  return unrecognisedAnswer(
    `LibreLinkUp sent an answer Glucobar cannot read (field ${field} is missing or malformed). ` +
      'Try again later; if it keeps happening, update Glucobar.',
    { field },
  );
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(body)' : out;
}
