import { rangeRule } from '../../define.ts';

export const maxSessionDurationRange = rangeRule({
  id: 'iam/max-session-duration-range',
  severity: 'error',
  title: "A role's maximum session is 1 to 12 hours",
  source: { section: 'STS', quote: 'Security token service: used to request *temporary* (expire after 1h), limited-privilege credentials' },
  facts: ['sts.duration'],
  currentFact: "Temporary credentials do not always expire after 1 hour: a role's MaxSessionDuration can be set from 1 hour (the default) to 12 hours.",
  kind: 'AWS::IAM::Role',
  property: 'MaxSessionDuration',
  min: 3_600,
  max: 43_200,
  unit: 's',
  why: 'IAM accepts a MaxSessionDuration from 3,600 s (1 hour, the default) to 43,200 s (12 hours); callers may then ask AssumeRole for any session from 900 s up to it.',
  fix: 'Set MaxSessionDuration between 3,600 and 43,200 s; for longer work, refresh the credentials by assuming the role again.',
});
