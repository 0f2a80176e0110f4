import { APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';

export const redshiftNotForTransactionalWrites = defineRule({
  id: 'redshift/not-for-transactional-writes',
  severity: 'warning',
  title: 'An application capturing data row by row into Redshift',
  source: {
    section: 'Elasticache',
    quote: 'Redshift is not suitable for workloads that need to capture data, but it supports join operations.',
  },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::Redshift::Cluster')) {
      for (const edge of design.edgesTo(cluster.id, { kind: APPLICATION_KINDS, role: 'none' })) {
        const operation = text(design.edgeConfig(edge).operation);
        if (operation !== 'write' && operation !== 'read-write') continue;
        reports.push({
          message: `${edge.from} writes its transactions straight into ${cluster.id}.`,
          why: 'Redshift is a columnar warehouse for analytic (OLAP) queries over large data sets; single-row INSERTs are slow and costly. Data is loaded in bulk (COPY from S3, Firehose, zero-ETL) from the system that captures it.',
          fix: `Capture the data in a transactional store (RDS, Aurora, DynamoDB) or a stream, load it into ${cluster.id} in batches (Firehose or COPY), and keep the application's edge to ${cluster.id} read-only.`,
          nodes: [edge.from, cluster.id],
          edges: [design.edgeKey(edge)],
          property: 'operation',
        });
      }
    }
    return reports;
  },
});
