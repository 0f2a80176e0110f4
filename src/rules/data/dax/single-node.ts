import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count } from '../config-values.ts';

export const daxSingleNode = defineRule({
  id: 'dax/single-node',
  severity: 'warning',
  title: 'A DAX cluster of one node',
  source: { section: 'DynamoDB', quote: 'DynamoDB accelerator (DAX) is a fully managed, clustered in-memory cache for DynamoDB.' },
  facts: ['ddb.dax.eventual_only'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::DAX::Cluster')) {
      const nodes = count(design.config(cluster).ReplicationFactor) ?? 3;
      if (nodes !== 1) continue;
      reports.push({
        message: `${cluster.id}: ReplicationFactor is ${nodes}; the cluster has no replica node.`,
        why: 'With one node, a node or Availability Zone failure takes the whole cache down: every read falls through to the table (more latency, more read units) until a new node warms up. With replicas, DAX fails over to one of them.',
        fix: 'Set ReplicationFactor to 3 (AWS’s recommendation for production), spread over Availability Zones.',
        nodes: [cluster.id],
        edges: [],
        property: 'ReplicationFactor',
      });
    }
    return reports;
  },
});
