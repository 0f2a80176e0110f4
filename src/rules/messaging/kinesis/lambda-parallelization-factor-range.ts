import { edgeRangeRule } from '../edge-range-rule.ts';
import { FUNCTION, STREAM } from '../kinds.ts';

export const lambdaParallelizationFactorRange = edgeRangeRule({
  id: 'kinesis/lambda-parallelization-factor-range',
  severity: 'error',
  title: 'Lambda parallelization factor outside 1–10',
  source: { section: 'Kinesis', quote: 'For X shards, max X instances are allowed' },
  facts: ['lambda.kinesis.blocking'],
  currentFact: 'Lambda can process up to 10 batches per shard at once (ParallelizationFactor 1–10), still in order per partition key.',
  fromKind: STREAM,
  toKinds: [FUNCTION],
  applies: (_design, edge) => edge.role === undefined,
  property: 'ParallelizationFactor',
  min: 1,
  max: 10,
  why: 'ParallelizationFactor is how many batches Lambda processes from each shard at once: 1 (default) to 10. Records with the same partition key stay in order.',
  fix: 'Set ParallelizationFactor between 1 and 10; for more parallelism add shards.',
});
