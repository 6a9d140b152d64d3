import type { z } from 'zod';

/** A control call that cannot be done: bad input (400) or an unknown account/wearer (404). */
export class SimulatorControlError extends Error {
  override readonly name = 'SimulatorControlError';
  readonly status: 400 | 404;

  constructor(message: string, status: 400 | 404 = 400) {
    super(message);
    this.status = status;
  }
}

/** Parses with a zod schema, turning its error into a SimulatorControlError naming the field. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new SimulatorControlError(`invalid ${what}${where}: ${issue?.message ?? 'rejected'}`);
}
