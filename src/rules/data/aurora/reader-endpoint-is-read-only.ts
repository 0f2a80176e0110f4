import { APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';

export const auroraReaderEndpointIsReadOnly = defineRule({
  id: 'aurora/reader-endpoint-is-read-only',
  severity: 'error',
  title: 'Writes sent to an Aurora reader endpoint',
  source: {
    section: 'Aurora',
    quote: 'Aurora is a self-healing cloud optimized relational db, distributed and elastic: it breaks apart the monolithic stack to enable a db that can scale out.',
  },
  facts: ['aurora.replicas'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::RDS::DBCluster')) {
      for (const edge of design.edgesTo(cluster.id, { kind: APPLICATION_KINDS, role: 'none' })) {
        const config = design.edgeConfig(edge);
        const operation = text(config.operation);
        if (text(config.endpoint) !== 'reader' || (operation !== 'write' && operation !== 'read-write')) continue;
        reports.push({
          message: `${edge.from} writes through ${cluster.id}'s reader endpoint.`,
          why: 'The reader endpoint balances connections over the Aurora Replicas, which are read-only; only the cluster (writer) endpoint accepts writes.',
          fix: 'Send writes to the cluster endpoint (endpoint: writer) and keep the reader endpoint for read-only traffic.',
          nodes: [edge.from, cluster.id],
          edges: [design.edgeKey(edge)],
          property: 'endpoint',
        });
      }
    }
    return reports;
  },
});
