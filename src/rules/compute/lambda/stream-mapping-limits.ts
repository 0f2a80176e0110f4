import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const STREAMS = ['AWS::Kinesis::Stream', 'AWS::DynamoDB::Table'];

/** AWS's bounds for a stream event source mapping; -1 means "no limit" where allowed. */
const LIMITS: Array<{ property: string; min: number; max: number; unlimited?: number; unit?: string }> = [
  { property: 'BatchSize', min: 1, max: 10_000 },
  { property: 'ParallelizationFactor', min: 1, max: 10 },
  { property: 'MaximumRetryAttempts', min: 0, max: 10_000, unlimited: -1 },
  { property: 'MaximumRecordAgeInSeconds', min: 60, max: 604_800, unlimited: -1, unit: ' s' },
];

export const streamMappingLimits = defineRule({
  id: 'lambda/stream-mapping-limits',
  severity: 'error',
  title: 'Stream event source mapping settings outside AWS’s limits',
  source: { section: 'Lambda', quote: 'If Lambda is working with Kinesis data streams, it works synchronously.' },
  facts: ['lambda.kinesis.blocking'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      for (const edge of design.edgesTo(node.id, { kind: STREAMS, role: 'none' })) {
        const config = design.edgeConfig(edge);
        for (const { property, min, max, unlimited, unit = '' } of LIMITS) {
          const value = config[property];
          if (typeof value !== 'number' || value === unlimited || (value >= min && value <= max)) continue;
          const allowed = `${min}–${max}${unit}${unlimited !== undefined ? ` or ${unlimited} (no limit)` : ''}`;
          reports.push({
            message: `${edge.from} → ${node.id}: ${property} is ${value}${unit}; AWS allows ${allowed}.`,
            why: 'A Kinesis or DynamoDB stream mapping takes batches of up to 10,000 records, processes up to 10 batches per shard at once (ParallelizationFactor), retries up to 10,000 times and keeps records up to 7 days (604,800 s); Lambda rejects other values.',
            fix: `Set ${property} within ${allowed}.`,
            nodes: [node.id, edge.from],
            edges: [design.edgeKey(edge)],
            property,
          });
        }
      }
    }
    return reports;
  },
});
