import { rangeRule } from '../../define.ts';

export const timeoutRange = rangeRule({
  id: 'lambda/timeout-range',
  severity: 'error',
  title: 'Lambda Timeout between 1 and 900 seconds',
  source: { section: 'Lambda', quote: 'Maximum execution duration for a Lambda request is 900s=15mins' },
  facts: ['lambda.timeout.max'],
  kind: 'AWS::Lambda::Function',
  property: 'Timeout',
  min: 1,
  max: 900,
  unit: 's',
  why: 'One Lambda invocation runs for at most 900 seconds (15 minutes); the default Timeout is 3 seconds. CloudFormation rejects values outside 1–900.',
  fix: 'Set Timeout between 1 and 900. Work that needs longer belongs in Step Functions, ECS or an Elastic Beanstalk worker.',
});
