import { defineRule } from '../../define.ts';
import { streamTriggerEdges } from '../streams.ts';

export const lambdaDiscardsWithoutDestination = defineRule({
  id: 'kinesis/lambda-discards-without-destination',
  severity: 'warning',
  title: 'Records Lambda gives up on are lost without an on-failure destination',
  source: {
    section: 'Lambda',
    quote: "If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
  },
  facts: ['lambda.kinesis.blocking'],
  currentFact: 'With a retry or record-age limit, Lambda skips the failing records and moves on; an on-failure destination (SQS, SNS or S3) receives a record of what was skipped.',
  check(design) {
    return streamTriggerEdges(design).flatMap(({ edge, stream, fn }) => {
      const config = design.edgeConfig(edge);
      const limited = config.MaximumRetryAttempts !== -1 || config.MaximumRecordAgeInSeconds !== -1;
      if (!limited || design.edgesFrom(fn.id, { role: 'on-failure' }).length > 0) return [];
      return [
        {
          message: `${design.edgeKey(edge)}: ${fn.id} gives up on failing records from ${stream.id} but has no on-failure destination.`,
          why: 'Once MaximumRetryAttempts or MaximumRecordAgeInSeconds is reached, Lambda discards the batch and carries on with the shard; without an on-failure destination nothing records which records were skipped.',
          fix: `Add an edge from ${fn.id} with role on-failure to an SQS queue or SNS topic.`,
          nodes: [stream.id, fn.id],
          edges: [design.edgeKey(edge)],
        },
      ];
    });
  },
});
