import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';

export const redshiftNodeCountMatchesClusterType = defineRule({
  id: 'redshift/node-count-matches-cluster-type',
  severity: 'error',
  title: 'A Redshift node count that does not fit the cluster type',
  source: { section: 'Elasticache', quote: 'If the db is running many OLAP transactions, use Redshift.' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::Redshift::Cluster')) {
      const config = design.config(cluster);
      const type = text(config.ClusterType);
      const nodes = count(config.NumberOfNodes) ?? 1;
      let problem: string | undefined;
      if (type === undefined) problem = 'ClusterType is not set (single-node or multi-node)';
      else if (type === 'multi-node' && nodes < 2) problem = `a multi-node cluster needs at least 2 nodes (NumberOfNodes ${nodes})`;
      else if (type === 'single-node' && nodes !== 1) problem = `a single-node cluster has exactly 1 node (NumberOfNodes ${nodes})`;
      if (!problem) continue;
      reports.push({
        message: `${cluster.id}: ${problem}.`,
        why: 'CloudFormation requires ClusterType. A single-node cluster runs leader and compute on one node; a multi-node cluster has a leader node plus 2 or more compute nodes.',
        fix: type === 'single-node' ? 'Set NumberOfNodes: 1, or ClusterType: multi-node.' : 'Set ClusterType: multi-node with NumberOfNodes 2 or more, or ClusterType: single-node with 1 node.',
        nodes: [cluster.id],
        edges: [],
        property: type === undefined ? 'ClusterType' : 'NumberOfNodes',
      });
    }
    return reports;
  },
});
