import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** Longest execution per workflow type, in seconds: 5 minutes and one year. */
const MAX_DURATION_SECONDS = { EXPRESS: 300, STANDARD: 31_536_000 } as const;

export const executionDuration = defineRule({
  id: 'stepfunctions/execution-duration',
  severity: 'error',
  title: 'A workflow longer than its type allows',
  source: {
    section: 'Monitoring and security',
    quote: 'With step functions you can visualize serverless applications, they automatically trigger and track each step',
  },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::StepFunctions::StateMachine')) {
      const config = design.config(node);
      const type = config.StateMachineType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD';
      const duration = Number(config.expectedDurationSeconds);
      const max = MAX_DURATION_SECONDS[type];
      if (!(duration > max)) continue;
      reports.push({
        message: `${node.id}: one execution takes ${duration} s, but ${type} workflows run for at most ${max} s.`,
        why: 'Express workflows run for up to 5 minutes (high event rates, at-least-once); Standard workflows run for up to one year (exactly-once, every step recorded). Step Functions stops an execution at the limit.',
        fix: type === 'EXPRESS' ? 'Use a STANDARD state machine for long workflows, or split the work into shorter executions.' : 'Split the work into several executions.',
        nodes: [node.id],
        edges: [],
        property: 'StateMachineType',
      });
    }
    return reports;
  },
});
