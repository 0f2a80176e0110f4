import { edgeRangeRule } from '../edge-range-rule.ts';
import { FUNCTION, STREAM } from '../kinds.ts';
import { KINESIS_LAMBDA_RETRY_FACT } from '../current-facts.ts';

export const lambdaRecordAgeRange = edgeRangeRule({
  id: 'kinesis/lambda-record-age-range',
  severity: 'error',
  title: 'Lambda maximum record age outside -1 or 60–604,800 seconds',
  source: {
    section: 'Lambda',
    quote: "If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
  },
  facts: ['lambda.kinesis.blocking'],
  currentFact: KINESIS_LAMBDA_RETRY_FACT,
  fromKind: STREAM,
  toKinds: [FUNCTION],
  applies: (_design, edge) => edge.role === undefined,
  property: 'MaximumRecordAgeInSeconds',
  min: 60,
  max: 604_800,
  unit: 's',
  alsoAllowed: [-1],
  why: 'MaximumRecordAgeInSeconds is -1 (no limit, the default) or 60 to 604,800 s (7 days): older records are skipped rather than retried.',
  fix: 'Set MaximumRecordAgeInSeconds between 60 and 604,800 s (or -1 for no limit).',
});
