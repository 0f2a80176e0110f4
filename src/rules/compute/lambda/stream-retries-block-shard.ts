import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const STREAMS = ['AWS::Kinesis::Stream', 'AWS::DynamoDB::Table'];

export const streamRetriesBlockShard = defineRule({
  id: 'lambda/stream-retries-block-shard',
  severity: 'warning',
  title: 'A failing stream record blocks its shard until it expires',
  source: {
    section: 'Lambda',
    quote: "If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
  },
  facts: ['lambda.kinesis.blocking'],
  currentFact:
    'That is only the default (MaximumRetryAttempts and MaximumRecordAgeInSeconds -1). Today you can cap retries (up to 10,000) and record age (up to 604,800 s), split failing batches (BisectBatchOnFunctionError) and send failed records to an on-failure destination.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      for (const edge of design.edgesTo(node.id, { kind: STREAMS, role: 'none' })) {
        const config = design.edgeConfig(edge);
        if (config.MaximumRetryAttempts !== -1 || config.MaximumRecordAgeInSeconds !== -1) continue;
        reports.push({
          message: `${edge.from} → ${node.id}: a record that always fails is retried until it expires from the stream, and every later record of its shard waits behind it.`,
          why: 'Lambda reads each shard in order. With MaximumRetryAttempts and MaximumRecordAgeInSeconds at -1 (the defaults) it retries a failing batch until its records expire (24 hours by default on Kinesis), so one poison record stalls the shard.',
          fix: 'Set MaximumRetryAttempts (e.g. 3) or MaximumRecordAgeInSeconds, turn on BisectBatchOnFunctionError to isolate the bad record, and set DestinationConfig.OnFailure to keep failed records.',
          nodes: [node.id, edge.from],
          edges: [design.edgeKey(edge)],
          property: 'MaximumRetryAttempts',
        });
      }
    }
    return reports;
  },
});
