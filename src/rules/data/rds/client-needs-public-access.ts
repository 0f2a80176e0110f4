import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag } from '../config-values.ts';

export const rdsClientNeedsPublicAccess = defineRule({
  id: 'rds/client-needs-public-access',
  severity: 'error',
  title: 'A client outside AWS connecting to a private database',
  source: { section: 'RDS', quote: 'For accessing it, use the DNS endpoint.' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const database of design.nodesOfKind('AWS::RDS::DBInstance')) {
      if (flag(design.config(database).PubliclyAccessible)) continue;
      for (const edge of design.edgesTo(database.id, { kind: 'Actor::Client', role: 'none' })) {
        reports.push({
          message: `${edge.from} connects to ${database.id} from outside AWS, but ${database.id} is not publicly accessible.`,
          why: 'An RDS instance lives in a VPC; with PubliclyAccessible false (the default) its endpoint resolves to a private address that only resources in the VPC (or connected networks) can reach.',
          fix: `Put application code in AWS between the client and ${database.id} (API Gateway + Lambda, or a service behind a load balancer); make the database public only for admin access you restrict by security group.`,
          nodes: [edge.from, database.id],
          edges: [design.edgeKey(edge)],
          property: 'PubliclyAccessible',
        });
      }
    }
    return reports;
  },
});
