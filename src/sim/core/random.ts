import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { KeyPopularity } from '../types.ts';

/** A range in the scenario's terms: a fixed number, or { min, max } drawn uniformly. */
export type NumberRange = number | { min: number; max: number };

/** The run's only source of chance: seeded, so a design and settings always give the same run. */
export class SeededRandom {
  private readonly generator;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1), from one 32-bit draw: plenty of resolution for the simulation, at half the cost. */
  next(): number {
    return (this.generator.next() >>> 0) / 4_294_967_296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [0, n). */
  index(n: number): number {
    return Math.floor(this.next() * n);
  }

  draw(range: NumberRange): number {
    return typeof range === 'number' ? range : this.between(range.min, range.max);
  }
}

/**
 * Draws key indexes 0..n-1 by popularity: uniform, or Zipf (key k has weight 1/(k+1)^s), with
 * Vose's alias method so a draw costs one random number whatever n is.
 */
export function keySampler(n: number, popularity: KeyPopularity, random: SeededRandom): () => number {
  if (popularity === 'uniform') return () => random.index(n);
  const weights = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    weights[k] = 1 / (k + 1) ** popularity.zipf;
    total += weights[k]!;
  }
  const { probability, alias } = aliasTable(weights, total);
  return () => {
    const scaled = random.next() * n;
    const column = Math.min(n - 1, Math.floor(scaled));
    return scaled - column < probability[column]! ? column : alias[column]!;
  };
}

/** Vose's alias table: column i keeps key i with probability[i], else gives alias[i]. */
function aliasTable(weights: Float64Array, total: number): { probability: Float64Array; alias: Int32Array } {
  const n = weights.length;
  const probability = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = new Float64Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    scaled[i] = (weights[i]! * n) / total;
    (scaled[i]! < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const less = small.pop()!;
    const more = large.pop()!;
    probability[less] = scaled[less]!;
    alias[less] = more;
    scaled[more] = scaled[more]! + scaled[less]! - 1;
    (scaled[more]! < 1 ? small : large).push(more);
  }
  for (const i of large) probability[i] = 1;
  for (const i of small) probability[i] = 1;
  return { probability, alias };
}
