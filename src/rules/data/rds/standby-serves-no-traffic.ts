import { APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, text } from '../config-values.ts';

export const rdsStandbyServesNoTraffic = defineRule({
  id: 'rds/standby-serves-no-traffic',
  severity: 'error',
  title: 'Traffic sent to a Multi-AZ standby',
  source: {
    section: 'RDS',
    quote: "Multi-AZ doesn't improve performance of the db, secondary host doesn't handle active write traffic.",
  },
  facts: ['rds.multiaz.sync'],
  currentFact:
    'True of a Multi-AZ DB instance deployment (one synchronous standby that serves no reads). A Multi-AZ DB cluster deployment (MySQL/PostgreSQL, 3 AZs) has two readable standbys.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::RDS::DBInstance')) {
      const multiAz = flag(design.config(node).MultiAZ);
      for (const edge of design.edgesTo(node.id, { kind: APPLICATION_KINDS, role: 'none' })) {
        if (text(design.edgeConfig(edge).endpoint) !== 'standby') continue;
        reports.push({
          message: multiAz
            ? `${edge.from} sends queries to ${node.id}'s Multi-AZ standby.`
            : `${edge.from} sends queries to a standby of ${node.id}, which is not even Multi-AZ.`,
          why: 'The standby of a Multi-AZ DB instance only receives synchronous replication for failover: it has no endpoint and serves no reads or writes. After a failover the same DNS endpoint points at the new primary.',
          fix: `Use the instance endpoint (endpoint: primary). To offload reads, add a read replica of ${node.id} (role replica) and send read traffic there.`,
          nodes: [edge.from, node.id],
          edges: [design.edgeKey(edge)],
          property: 'endpoint',
        });
      }
    }
    return reports;
  },
});
