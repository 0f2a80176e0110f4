import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, text } from '../config-values.ts';
import { replicaSource } from './replication.ts';

export const rdsMultiAzForProduction = defineRule({
  id: 'rds/multi-az-for-production',
  severity: 'warning',
  title: 'A production database without Multi-AZ',
  source: { section: 'RDS', quote: 'Multi-AZ provides a high availability, fault tolereant solution and the backup AZ provides the secondary host.' },
  facts: ['rds.multiaz.sync'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::RDS::DBInstance')) {
      const config = design.config(node);
      if (flag(config.MultiAZ) || text(config.environment) !== 'production' || replicaSource(design, node)) continue;
      reports.push({
        message: `${node.id} is a production database with MultiAZ false.`,
        why: 'A Single-AZ instance goes down with its Availability Zone or host. Multi-AZ keeps a synchronous standby in another zone and fails over to it automatically (typically 60–120 s), with no data loss.',
        fix: 'Set MultiAZ: true (it doubles the instance cost and slows writes slightly; it does not add read capacity), or mark the database environment: development.',
        nodes: [node.id],
        edges: [],
        property: 'MultiAZ',
      });
    }
    return reports;
  },
});
