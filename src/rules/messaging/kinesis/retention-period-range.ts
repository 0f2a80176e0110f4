import { rangeRule } from '../../define.ts';
import { STREAM } from '../kinds.ts';
import { KINESIS_LAMBDA_RETRY_FACT } from '../current-facts.ts';

export const retentionPeriodRange = rangeRule({
  id: 'kinesis/retention-period-range',
  severity: 'error',
  title: 'Stream retention outside 24–8,760 hours',
  source: {
    section: 'Lambda',
    quote: "If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
  },
  facts: ['lambda.kinesis.blocking'],
  currentFact: KINESIS_LAMBDA_RETRY_FACT,
  kind: STREAM,
  property: 'RetentionPeriodHours',
  min: 24,
  max: 8_760,
  unit: 'h',
  why: 'A Kinesis data stream keeps records for RetentionPeriodHours: 24 hours by default, up to 8,760 hours (365 days); Kinesis rejects values outside that range. Records past retention are gone, even if no consumer has read them.',
  fix: 'Set RetentionPeriodHours between 24 and 8,760 (longer retention costs more per shard hour).',
});
