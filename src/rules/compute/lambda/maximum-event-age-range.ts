import { rangeRule } from '../../define.ts';

export const maximumEventAgeRange = rangeRule({
  id: 'lambda/maximum-event-age-range',
  severity: 'error',
  title: 'Asynchronous MaximumEventAgeInSeconds between 60 and 21,600',
  source: {
    section: 'Lambda',
    quote: 'for asynchronous invocations, Lambda retries function errors twice',
  },
  facts: ['lambda.async.retries'],
  kind: 'AWS::Lambda::Function',
  property: 'MaximumEventAgeInSeconds',
  min: 60,
  max: 21_600,
  unit: 's',
  why: 'Lambda keeps an asynchronous event for retries for at most 6 hours (21,600 s, the default) and at least 60 s; AWS::Lambda::EventInvokeConfig rejects other values.',
  fix: 'Set MaximumEventAgeInSeconds between 60 and 21600.',
});
