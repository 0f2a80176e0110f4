import { edgeRangeRule } from '../edge-range-rule.ts';
import { FUNCTION, STREAM } from '../kinds.ts';
import { KINESIS_LAMBDA_RETRY_FACT } from '../current-facts.ts';

export const lambdaRetryAttemptsRange = edgeRangeRule({
  id: 'kinesis/lambda-retry-attempts-range',
  severity: 'error',
  title: 'Lambda retry attempts for a stream outside -1 or 0–10,000',
  source: {
    section: 'Lambda',
    quote: "If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
  },
  facts: ['lambda.kinesis.blocking'],
  currentFact: KINESIS_LAMBDA_RETRY_FACT,
  fromKind: STREAM,
  toKinds: [FUNCTION],
  applies: (_design, edge) => edge.role === undefined,
  property: 'MaximumRetryAttempts',
  min: 0,
  max: 10_000,
  alsoAllowed: [-1],
  why: 'MaximumRetryAttempts is -1 (retry until the record expires, the default) or 0 to 10,000 retries of a failing batch.',
  fix: 'Set MaximumRetryAttempts to a small number such as 3 (or -1 to retry until the record expires).',
});
