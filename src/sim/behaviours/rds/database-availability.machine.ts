import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/** A relational database's writer: available, failing over (standby or replica promoted), or down. */
export const databaseAvailabilityMachine = setup({
  types: {
    context: {} as { canFailOver: boolean },
    events: {} as { type: 'writerFailed' } | { type: 'failoverCompleted' } | { type: 'recovered' },
    input: {} as { canFailOver: boolean },
  },
  guards: {
    canFailOver: ({ context }) => context.canFailOver,
  },
}).createMachine({
  id: 'databaseAvailability',
  context: ({ input }) => ({ canFailOver: input.canFailOver }),
  initial: 'available',
  states: {
    available: { on: { writerFailed: [{ guard: 'canFailOver', target: 'failingOver' }, { target: 'down' }] } },
    /** DNS moves the endpoint to the standby (RDS Multi-AZ) or a promoted Aurora Replica; requests fail meanwhile. */
    failingOver: { on: { failoverCompleted: 'available' } },
    /** Single-AZ: nothing to fail over to; reads from read replicas go on. */
    down: { on: { recovered: 'available' } },
  },
});

export const citations: Citation[] = [
  {
    section: 'RDS',
    quote: 'Primary host handles all traffic, and replicates to the secondary host in a *synchronous* manner: a write to the primary host is written to the secondary host as well.',
    facts: ['rds.multiaz.sync'],
    currentFact: 'True of a Multi-AZ DB instance deployment (one synchronous standby that serves no reads; failover in about 60–120 s). Multi-AZ DB cluster deployments have two readable standbys.',
  },
  {
    section: 'RDS',
    quote: "Multi-AZ doesn't improve performance of the db, secondary host doesn't handle active write traffic. The writing to a multi-AZ database is a bit slower",
    facts: ['rds.multiaz.sync'],
  },
  {
    section: 'RDS',
    quote: 'It\'s a read-only db instance, updates to source are *asynchronously* replicated to read replica (eventual consistency). For accessing it, use the DNS endpoint. Querying a read replica might mean you receive stale or old data.',
    facts: ['rds.readreplica.async'],
  },
  {
    section: 'RDS',
    quote: 'Source db unavailable, continue to serve read traffic while the source db instance is unavailable',
    facts: ['rds.multiaz.readreplica_source'],
  },
  {
    section: 'RDS',
    quote: 'Disaster recovery: promote a read replica to a standalone instance as a disaster recovery solution',
    facts: ['rds.readreplica.async'],
  },
  {
    section: 'Aurora',
    quote: 'In Aurora global, the primary region allows read & write, while the secondary region is read only.',
    facts: ['aurora.global'],
    currentFact: 'Up to 10 read-only secondary Regions with typical replication lag under 1 s; write forwarding can send a secondary’s writes to the primary.',
  },
];

/** Aurora Replicas: readers and failover targets (facts.tsv aurora.replicas). */
export const auroraReplicaCitation: Citation = {
  section: 'Aurora',
  quote: 'Aurora is a self-healing cloud optimized relational db, distributed and elastic',
  facts: ['aurora.replicas'],
  currentFact: 'One writer plus up to 15 Aurora Replicas on a shared cluster volume; replicas serve reads (lag usually well under 100 ms) and are failover targets (about 30 s).',
};
