/**
 * A small seeded pseudo-random generator (mulberry32). The sandbox never uses Math.random:
 * the same seed must give byte-identical data and the same sequence of injected faults, so
 * tests that depend on either are repeatable.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key with probability proportional to its weight; absent keys never come up. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** Random characters from an alphabet, for ids. */
  chars(length: number, alphabet?: string): string;
  /** A random (version 4 shaped) UUID, as Xero uses for its ids. */
  uuid(): string;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';

interface WeightTable {
  readonly entries: ReadonlyArray<readonly [string, number]>;
  readonly total: number;
}

// Weight tables are constants used tens of thousands of times; summing them once is enough.
const weightTables = new WeakMap<object, WeightTable>();

function weightTable(weights: object): WeightTable {
  let table = weightTables.get(weights);
  if (!table) {
    const entries = Object.entries(weights).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0);
    table = { entries, total: entries.reduce((sum, [, weight]) => sum + weight, 0) };
    weightTables.set(weights, table);
  }
  return table;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  };
  // Built from char codes in one go: concatenating a character at a time leaves tens of
  // thousands of rope strings behind per dataset, and the garbage collector pays for them.
  const codes: number[] = [];
  const chars = (length: number, alphabet = BASE62): string => {
    codes.length = length;
    for (let i = 0; i < length; i += 1) codes[i] = alphabet.charCodeAt(Math.floor(next() * alphabet.length));
    return String.fromCharCode(...codes);
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      const { entries, total } = weightTable(weights);
      let roll = next() * total;
      let picked = entries[entries.length - 1]?.[0];
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) {
          picked = key;
          break;
        }
      }
      if (picked === undefined) throw new RangeError('weighted pick from no weights');
      // The keys came from `weights` itself, so they are K; Object.entries only forgets that.
      return picked as K;
    },
    chars,
    uuid(): string {
      const hex = chars(32, HEX);
      const variant = HEX.charAt(8 + Math.floor(next() * 4));
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}

/** Derives an independent seed for a named stream, so adding draws in one stream never shifts another. */
export function deriveSeed(seed: number, stream: string): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i += 1) {
    hash = Math.imul(hash ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}
