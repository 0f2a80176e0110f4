import type { SimMessage } from './message.ts';

/** A read or write of one item. Stores may update `at` and `consistent` as they pass it on (each call gets a fresh request). */
export interface DataRequest {
  /** Virtual time the request reaches the store. */
  at: number;
  key: string;
  /** The key's slot: a small integer per distinct key (SimWorld.slotOf), so stores index arrays instead of hashing strings. */
  slot: number;
  bytes: number;
  /** ConsistentRead: a strongly consistent read (DAX passes these through to the table). */
  consistent: boolean;
  /** TransactGetItems / TransactWriteItems: twice the capacity. */
  transactional?: boolean;
  from: string;
  message: SimMessage | undefined;
}

export interface DataAnswer {
  ok: boolean;
  /** Virtual time the answer is back at the caller. */
  doneAt: number;
  throttled?: boolean;
  reason?: string;
  /** When the value served was written (-Infinity: the item as loaded before the run). */
  writtenAt: number;
  answeredBy: string;
  /** For reads along a data path: how long the value served had been out of date (0 = fresh). */
  staleMs?: number;
}

/** Builds answers of one shape, so the hot path's property reads stay monomorphic. */
export function dataAnswer(ok: boolean, doneAt: number, writtenAt: number, answeredBy: string, failure?: { throttled?: boolean; reason?: string }): DataAnswer {
  return { ok, doneAt, throttled: failure?.throttled ?? false, reason: failure?.reason, writtenAt, answeredBy, staleMs: 0 };
}

/** Tables and caches answer reads and writes synchronously: the answer carries its own time. */
export interface DataStore {
  readonly id: string;
  /** A table whose stream feeds consumers needs each write as a message (no aggregated writes). */
  readonly streamsChanges?: boolean;
  read(request: DataRequest): DataAnswer;
  write(request: DataRequest): DataAnswer;
}

/** The system of record: knows when each item was last written, for staleness. */
export interface Table extends DataStore {
  latestWrite(slot: number): number;
}

/** How an application uses a cache (the application → cache edge's settings). */
export interface CachePolicy {
  strategy: 'lazy-loading' | 'write-through';
  ttlMs: number;
  consistent: boolean;
}

/** A cache in front of a table: it reads through to `backing` on a miss. */
export interface Cache {
  readonly id: string;
  cacheRead(request: DataRequest, backing: DataStore | undefined, policy: CachePolicy): DataAnswer;
  cacheWrite(request: DataRequest, backing: DataStore | undefined, policy: CachePolicy): DataAnswer;
}

export function isDataStore(value: unknown): value is DataStore {
  return typeof value === 'object' && value !== null && 'read' in value && 'write' in value;
}

export function isTable(value: unknown): value is Table {
  return isDataStore(value) && 'latestWrite' in value;
}

export function isCache(value: unknown): value is Cache {
  return typeof value === 'object' && value !== null && 'cacheRead' in value;
}
