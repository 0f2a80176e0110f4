import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import { type CacheNodeEvent, replicaCanTakeOver } from './cache-node.ts';

/** A cache node: up, failing over to a replica (data kept), or being replaced (data lost). */
export const cacheNodeMachine = setup({
  types: {
    context: {} as { canFailOver: boolean },
    events: {} as CacheNodeEvent,
    input: {} as { canFailOver: boolean },
  },
  guards: {
    replicaCanTakeOver: ({ context }) => replicaCanTakeOver(context),
  },
}).createMachine({
  id: 'cacheNode',
  context: ({ input }) => ({ canFailOver: input.canFailOver }),
  initial: 'up',
  states: {
    up: {
      on: { nodeFailed: [{ guard: 'replicaCanTakeOver', target: 'failingOver' }, { target: 'replacing' }] },
    },
    /** The replica is promoted: reads go on from it, the data survives. */
    failingOver: { on: { failoverCompleted: 'up' } },
    /** No replica to promote: the node's items are gone; reads miss to the database until it is back and warm. */
    replacing: { on: { nodeReplaced: 'up' } },
  },
});

export const citations: Citation[] = [
  {
    section: 'Elasticache',
    quote: 'Memcached: *simple* object caching system to offload a db, supports multithreaded performance using multiple cores. No multi-AZ capability, could have downtime',
    facts: ['ec.memcached'],
  },
  {
    section: 'Elasticache',
    quote: 'Redis: in-memory key-value store that supports sorted sets, lists, backup and restore. Use this if you want high availability, multi-AZ redundancy.',
    facts: ['ec.redis'],
    currentFact: 'Redis OSS and Valkey (AWS’s recommended Redis-compatible engine) replicate to replicas with Multi-AZ automatic failover; still an in-memory cache, not a system of record.',
  },
  {
    section: 'Elasticache',
    quote: 'Lazy loading: loads data into the cache only when data is requested. Good option when there\'s not much space. It can have cache miss penalty, and the data can get stale.',
    facts: ['ec.lazy_loading'],
  },
  {
    section: 'Elasticache',
    quote: 'Write through: adds/updates data to the cache whenever data is written to the db. Data in the cache is never stale, but write penalty: every write involves a write to the cache and resources are wasted if the data is never read.',
    facts: ['ec.write_through'],
  },
  {
    section: 'DynamoDB',
    quote: 'It improves response times for eventually consistent reads only. You point the API calls to the DAX cluster instead of your table.',
    facts: ['ddb.dax.eventual_only'],
    currentFact: 'DAX caches eventually consistent reads (item cache TTL 5 minutes by default); strongly consistent reads pass through to the table uncached; writes are write-through.',
  },
];
