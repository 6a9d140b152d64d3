/**
 * Compile-time guard for a shape written twice: a zod schema and a hand-written type (kept where
 * the named type reads better than the schema's inferred one, e.g. `Settings` in `common/`).
 * `SameShape<A, B>` is `true` only when each is assignable to the other, so
 * `const guard: SameShape<z.output<typeof schema>, Type> = true;` stops compiling the moment
 * the two drift apart. Where nothing is gained by a second copy, derive the type instead
 * (`type T = z.output<typeof schema>`).
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
