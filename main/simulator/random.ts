/**
 * Deterministic randomness. Everything the simulator invents (ids, names, meals, noise) is a
 * pure function of the seed and a few labels, so any minute of any day can be recomputed
 * without state and two runs with the same seed agree byte for byte.
 */

/** Finalizer of MurmurHash3: spreads every input bit over the whole 32-bit word. */
function mix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hashes numbers and strings into one unsigned 32-bit value. Numbers may exceed 32 bits. */
export function hash32(...parts: ReadonlyArray<number | string>): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    if (typeof part === 'number') {
      const n = Math.trunc(part);
      h = mix(h ^ (n >>> 0));
      h = mix(h ^ Math.floor(n / 0x100000000));
    } else {
      for (let i = 0; i < part.length; i += 1) {
        h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
      }
      h = mix(h ^ part.length);
    }
  }
  return h;
}

/** A uniform number in [0, 1) from the hash of the parts. */
export function unit(...parts: ReadonlyArray<number | string>): number {
  return hash32(...parts) / 0x100000000;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** Mulberry32: small, fast and good enough for simulated physiology. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
  };
}

/** A version-4-shaped UUID derived from the parts (stable for the same parts). */
export function uuidFrom(...parts: ReadonlyArray<number | string>): string {
  const words = [0, 1, 2, 3].map((i) =>
    hash32(...parts, 'uuid', i)
      .toString(16)
      .padStart(8, '0'),
  );
  const hex = words.join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `length` characters of A–Z/0–9 from the parts. */
export function alphanumeric(length: number, ...parts: ReadonlyArray<number | string>): string {
  const random = createRandom(hash32(...parts, 'alnum'));
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHANUMERIC.charAt(random.int(0, 35));
  return out;
}
