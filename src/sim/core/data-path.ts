import type { DesignEdge } from '../../design/schema.ts';
import { booleanSetting, numberSetting, stringSetting } from './config.ts';
import { type Cache, type CachePolicy, type DataAnswer, type DataRequest, type DataStore, dataAnswer, isCache, isDataStore, isTable, type Table } from './data.ts';
import { CACHE_KINDS, TABLE_KINDS } from './kinds.ts';
import type { SimWorld } from './world.ts';

/** Where an application's reads and writes of items go. */
export interface DataPath {
  cache: { cache: Cache; edge: DesignEdge; policy: CachePolicy } | undefined;
  /** The table the application writes to and a cache reads through to. */
  table: { store: DataStore; edge: DesignEdge | undefined } | undefined;
  /** The system of record, for staleness. */
  record: Table | undefined;
}

/** Lazy loading without a TTL keeps an item until it is evicted: effectively the whole run. */
const NO_TTL_MS = Number.POSITIVE_INFINITY;

/**
 * Resolves an application's data path. Reads go to the cache when the application has one (the
 * cache reads through to the table behind it: its own edge to a table, or else the application's),
 * otherwise to the table. Writes go to the table (through DAX, which writes through); a
 * write-through cache edge also updates the cache.
 */
export function resolveDataPath(world: SimWorld, appId: string): DataPath | undefined {
  const edges = world.design.edgesFrom(appId, { role: 'none' });
  const cacheEdge = edges.find((edge) => CACHE_KINDS.includes(world.design.kindOf(edge.to) ?? ''));
  const tableEdge = edges.find((edge) => TABLE_KINDS.includes(world.design.kindOf(edge.to) ?? ''));
  if (!cacheEdge && !tableEdge) return undefined;
  let cache: DataPath['cache'];
  if (cacheEdge) {
    const behaviour = world.behaviours.get(cacheEdge.to);
    if (isCache(behaviour)) cache = { cache: behaviour, edge: cacheEdge, policy: cachePolicy(world, cacheEdge) };
  }
  let table: DataPath['table'];
  const behindCache = cacheEdge ? world.design.edgesFrom(cacheEdge.to, { role: 'none' }).find((edge) => TABLE_KINDS.includes(world.design.kindOf(edge.to) ?? '')) : undefined;
  const storeEdge = tableEdge ?? behindCache;
  if (!tableEdge && cache && isDataStore(cache.cache)) {
    // DAX without a table edge of the application's own: writes go through DAX to its table.
    table = { store: cache.cache, edge: cache.edge };
  } else if (storeEdge) {
    const behaviour = world.behaviours.get(storeEdge.to);
    if (isDataStore(behaviour)) table = { store: behaviour, edge: storeEdge };
  }
  const recordId = behindCache?.to ?? tableEdge?.to;
  const recordBehaviour = recordId ? world.behaviours.get(recordId) : undefined;
  return { cache, table, record: isTable(recordBehaviour) ? recordBehaviour : undefined };
}

function cachePolicy(world: SimWorld, edge: DesignEdge): CachePolicy {
  const config = world.edgeConfig(edge);
  const strategy = stringSetting(config, 'strategy', 'lazy-loading') === 'write-through' ? 'write-through' : 'lazy-loading';
  const ttlSeconds = numberSetting(config, 'ttlSeconds', 0);
  return { strategy, ttlMs: ttlSeconds > 0 ? ttlSeconds * 1000 : NO_TTL_MS, consistent: booleanSetting(config, 'consistentRead', false) };
}

/** Whether reads over this edge ask for strong consistency. */
export function consistentOver(world: SimWorld, edge: DesignEdge | undefined): boolean {
  return edge ? booleanSetting(world.edgeConfig(edge), 'consistentRead', false) : false;
}

/** Reads one item along the path; the answer carries staleMs. */
export function readItem(world: SimWorld, path: DataPath, request: DataRequest): DataAnswer {
  const slot = request.slot;
  const askedAt = request.at;
  let answer: DataAnswer;
  if (path.cache) {
    request.consistent = path.cache.policy.consistent;
    answer = path.cache.cache.cacheRead(request, path.table?.store, path.cache.policy);
  } else if (path.table) {
    request.consistent = consistentOver(world, path.table.edge);
    answer = path.table.store.read(request);
  } else return dataAnswer(true, request.at, Number.NEGATIVE_INFINITY, request.from);
  answer.staleMs = answer.ok ? staleness(path, slot, answer.writtenAt, askedAt) : 0;
  return answer;
}

export function writeItem(path: DataPath, request: DataRequest): DataAnswer {
  request.consistent = false;
  if (!path.table) return path.cache ? path.cache.cache.cacheWrite(request, undefined, path.cache.policy) : dataAnswer(true, request.at, request.at, request.from);
  const answer = path.table.store.write(request);
  if (answer.ok && path.cache && path.cache.policy.strategy === 'write-through' && path.table.store !== (path.cache.cache as unknown)) {
    // Write-through: every write also pays for the cache write.
    return path.cache.cache.cacheWrite({ ...request, at: answer.doneAt }, undefined, path.cache.policy);
  }
  return answer;
}

/** How long the value served had been out of date when it was asked for: time since the latest write it does not reflect. */
function staleness(path: DataPath, slot: number, writtenAt: number, at: number): number {
  if (!path.record) return 0;
  const latest = path.record.latestWrite(slot);
  return latest > writtenAt && latest <= at ? at - latest : 0;
}
