import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const MAX_TIMEOUT_MS = 900_000;

export const jobExceedsTimeout = defineRule({
  id: 'lambda/job-exceeds-timeout',
  severity: 'error',
  title: 'The function’s work takes longer than its Timeout',
  source: { section: 'Lambda', quote: 'Maximum execution duration for a Lambda request is 900s=15mins' },
  facts: ['lambda.timeout.max'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const config = design.config(node);
      const timeout = config.Timeout;
      const duration = config.durationMs;
      if (typeof timeout !== 'number' || typeof duration !== 'number' || duration <= timeout * 1000) continue;
      const beyondLambda = duration > MAX_TIMEOUT_MS;
      reports.push({
        message: `${node.id}: the work takes ${duration / 1000} s but Timeout is ${timeout} s, so every invocation times out.`,
        why: `Lambda stops an invocation when its Timeout elapses and reports it as an error; the caller retries or fails. No invocation can run longer than 900 s (15 minutes).`,
        fix: beyondLambda
          ? 'This work cannot finish in one Lambda invocation: split it into steps orchestrated by Step Functions, or run it on ECS (Fargate) or an Elastic Beanstalk worker environment.'
          : `Raise Timeout to at least ${Math.ceil(duration / 1000)} s, or make the work faster (more MemorySize also gives more CPU).`,
        nodes: [node.id],
        edges: [],
        property: 'Timeout',
      });
    }
    return reports;
  },
});
