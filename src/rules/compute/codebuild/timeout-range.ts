import { rangeRule } from '../../define.ts';

export const buildTimeoutRange = rangeRule({
  id: 'codebuild/timeout-range',
  severity: 'error',
  title: 'CodeBuild TimeoutInMinutes between 5 and 2,160',
  source: { section: 'CodeBuild', quote: 'Automated build, runs tests, produce packages.' },
  facts: [],
  kind: 'AWS::CodeBuild::Project',
  property: 'TimeoutInMinutes',
  min: 5,
  max: 2160,
  unit: 'min',
  why: 'CodeBuild stops a build that runs past the project timeout: 60 minutes by default, settable from 5 minutes to 36 hours (2,160 minutes).',
  fix: 'Set TimeoutInMinutes between 5 and 2160.',
});
