import { defineRule } from '../../define.ts';
import { KINESIS_LAMBDA_RETRY_FACT } from '../current-facts.ts';
import { streamTriggerEdges } from '../streams.ts';

const LAMBDA_QUOTE = {
  section: 'Lambda',
  quote: "If Lambda is working with Kinesis data streams, it works synchronously. If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
};

export const lambdaRetriesUntilExpiry = defineRule({
  id: 'kinesis/lambda-retries-until-expiry',
  severity: 'warning',
  title: 'A bad record can block a shard until it expires',
  source: LAMBDA_QUOTE,
  facts: ['lambda.kinesis.blocking'],
  currentFact: KINESIS_LAMBDA_RETRY_FACT,
  check(design) {
    return streamTriggerEdges(design).flatMap(({ edge, stream, fn }) => {
      const config = design.edgeConfig(edge);
      if (config.MaximumRetryAttempts !== -1 || config.MaximumRecordAgeInSeconds !== -1) return [];
      const retention = design.config(stream).RetentionPeriodHours;
      return [
        {
          message: `${design.edgeKey(edge)}: ${fn.id} retries a failing batch from ${stream.id} without limit.`,
          why: `With MaximumRetryAttempts and MaximumRecordAgeInSeconds at -1, Lambda retries a failing batch until its records expire (${typeof retention === 'number' ? `${retention} h` : 'the retention period'} on ${stream.id}); meanwhile nothing behind it on that shard is processed. Splitting the batch (BisectBatchOnFunctionError) isolates the bad record but still retries it without limit.`,
          fix: `Set MaximumRetryAttempts (e.g. 3) or MaximumRecordAgeInSeconds on the edge, turn on BisectBatchOnFunctionError, and add an on-failure edge from ${fn.id} to an SQS queue or SNS topic to keep the records it gives up on.`,
          nodes: [stream.id, fn.id],
          edges: [design.edgeKey(edge)],
          property: 'MaximumRetryAttempts',
        },
      ];
    });
  },
});
