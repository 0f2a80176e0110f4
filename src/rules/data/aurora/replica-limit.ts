import { rangeRule } from '../../define.ts';

export const auroraReplicaLimit = rangeRule({
  id: 'aurora/replica-limit',
  severity: 'error',
  title: 'More Aurora Replicas than a cluster can have',
  source: {
    section: 'Aurora',
    quote: 'Aurora is a self-healing cloud optimized relational db, distributed and elastic: it breaks apart the monolithic stack to enable a db that can scale out.',
  },
  facts: ['aurora.replicas'],
  kind: 'AWS::RDS::DBCluster',
  property: 'readerInstances',
  min: 0,
  max: 15,
  why: 'An Aurora DB cluster has one writer and up to 15 Aurora Replicas, all on the same distributed cluster volume; they serve reads and are the failover targets.',
  fix: 'Keep 15 or fewer replicas; for more read capacity use larger instance classes, cache hot reads, or add a global database secondary cluster.',
});
