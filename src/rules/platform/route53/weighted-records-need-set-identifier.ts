import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import type { DesignNode } from '../../../design/schema.ts';

export const weightedRecordsNeedSetIdentifier = defineRule({
  id: 'route53/weighted-records-need-set-identifier',
  severity: 'error',
  title: 'Weighted records need a SetIdentifier, and cannot share a name with simple records',
  source: {
    section: 'Networking',
    quote: 'Weighted routing can associate multiple resources with a single (sub)domain name and choose *how much traffic* is routed to each resource.',
  },
  facts: ['route53.weighted'],
  check(design) {
    const reports: RuleReport[] = [];
    const groups = new Map<string, DesignNode[]>();
    for (const record of design.nodesOfKind('AWS::Route53::RecordSet')) {
      const config = design.config(record);
      if (typeof config.Name !== 'string') continue;
      const key = `${config.Name.toLowerCase().replace(/\.$/, '')} ${String(config.Type)}`;
      groups.set(key, [...(groups.get(key) ?? []), record]);
      if (config.Weight !== undefined && config.SetIdentifier === undefined) {
        reports.push({
          message: `${record.id}: a weighted record without a SetIdentifier.`,
          why: 'Weighted records share one name and type; Route 53 tells them apart by SetIdentifier and rejects a weighted record without one.',
          fix: `Give ${record.id} a SetIdentifier unique among the records named ${config.Name}, e.g. "blue" or "green".`,
          nodes: [record.id],
          edges: [],
          property: 'SetIdentifier',
        });
      }
    }
    for (const records of groups.values()) {
      const weighted = records.filter((record) => design.config(record).Weight !== undefined);
      const simple = records.filter((record) => design.config(record).Weight === undefined);
      if (weighted.length === 0 || simple.length === 0) continue;
      reports.push({
        message: `${records.map((record) => record.id).join(', ')}: ${simple.map((record) => record.id).join(', ')} without a Weight share the name and type of weighted records.`,
        why: 'All records with the same name and type must use the same routing policy; Route 53 refuses to mix a simple record with weighted ones.',
        fix: `Give ${simple.map((record) => record.id).join(', ')} a Weight and a SetIdentifier too.`,
        nodes: records.map((record) => record.id),
        edges: [],
        property: 'Weight',
      });
    }
    return reports;
  },
});
