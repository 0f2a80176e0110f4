import { rangeRule } from '../../define.ts';

export const daxReplicationFactorRange = rangeRule({
  id: 'dax/replication-factor-range',
  severity: 'error',
  title: 'A DAX cluster size DAX does not offer',
  source: { section: 'DynamoDB', quote: 'DynamoDB accelerator (DAX) is a fully managed, clustered in-memory cache for DynamoDB.' },
  facts: ['ddb.dax.eventual_only'],
  kind: 'AWS::DAX::Cluster',
  property: 'ReplicationFactor',
  min: 1,
  max: 11,
  unit: 'nodes',
  why: 'A DAX cluster has one primary node and up to 10 read replicas: 1 to 11 nodes. Reads spread over all nodes; writes go through the primary.',
  fix: 'Use 3 nodes for production (spread over Availability Zones) and at most 11; for more capacity pick a larger NodeType or add a second cluster.',
});
