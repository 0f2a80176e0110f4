import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const TABLE = 'AWS::DynamoDB::Table';

export const daxNeedsATable = defineRule({
  id: 'dax/needs-a-table',
  severity: 'error',
  title: 'A DAX cluster in front of no DynamoDB table',
  source: {
    section: 'DynamoDB',
    quote: 'You point the API calls to the DAX cluster instead of your table.',
  },
  facts: ['ddb.dax.eventual_only'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::DAX::Cluster')) {
      if (design.edgesFrom(cluster.id, { kind: TABLE }).length > 0) continue;
      // The application may name the table itself (application → DAX and application → table).
      const callers = design.edgesTo(cluster.id, { role: 'none' }).filter((edge) => design.edgesFrom(edge.from, { kind: TABLE }).length === 0);
      if (callers.length === 0) continue;
      reports.push({
        message: `${cluster.id} is called by ${callers.map((edge) => edge.from).join(', ')} but reads from no DynamoDB table.`,
        why: 'DAX is a read-through, write-through cache for DynamoDB only: every miss and every write goes to a table, so without one no request can be served.',
        fix: `Connect ${cluster.id} to the DynamoDB table it fronts (${cluster.id} → table).`,
        nodes: [cluster.id],
        edges: callers.map((edge) => design.edgeKey(edge)),
      });
    }
    return reports;
  },
});
