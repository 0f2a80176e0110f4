import { rangeRule } from '../../define.ts';

export const maximumRetryAttemptsRange = rangeRule({
  id: 'lambda/maximum-retry-attempts-range',
  severity: 'error',
  title: 'Asynchronous MaximumRetryAttempts between 0 and 2',
  source: {
    section: 'Lambda',
    quote: 'for asynchronous invocations, Lambda retries function errors twice',
  },
  facts: ['lambda.async.retries'],
  kind: 'AWS::Lambda::Function',
  property: 'MaximumRetryAttempts',
  min: 0,
  max: 2,
  why: 'An asynchronous invocation is retried at most twice (the default), after waiting 1 and then 2 minutes; AWS::Lambda::EventInvokeConfig accepts 0, 1 or 2.',
  fix: 'Set MaximumRetryAttempts to 0, 1 or 2. For more attempts, send failed events to a queue and reprocess them from there.',
});
