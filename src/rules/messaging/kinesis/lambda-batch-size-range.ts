import { edgeRangeRule } from '../edge-range-rule.ts';
import { FUNCTION, STREAM } from '../kinds.ts';
import { KINESIS_LAMBDA_RETRY_FACT } from '../current-facts.ts';

export const kinesisLambdaBatchSizeRange = edgeRangeRule({
  id: 'kinesis/lambda-batch-size-range',
  severity: 'error',
  title: 'Lambda batch size for a stream outside 1–10,000',
  source: { section: 'Lambda', quote: 'If Lambda is working with Kinesis data streams, it works synchronously.' },
  facts: ['lambda.kinesis.blocking'],
  currentFact: KINESIS_LAMBDA_RETRY_FACT,
  fromKind: STREAM,
  toKinds: [FUNCTION],
  applies: (_design, edge) => edge.role === undefined,
  property: 'BatchSize',
  min: 1,
  max: 10_000,
  why: 'Lambda reads a Kinesis shard in batches of 1 to 10,000 records (default 100), each batch up to 6 MB of payload.',
  fix: 'Set BatchSize between 1 and 10,000 on the edge.',
});
