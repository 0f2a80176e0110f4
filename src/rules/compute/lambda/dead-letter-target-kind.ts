import { componentFor } from '../../../catalog/index.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const DEAD_LETTER_KINDS = ['AWS::SQS::Queue', 'AWS::SNS::Topic'];

export const deadLetterTargetKind = defineRule({
  id: 'lambda/dead-letter-target-kind',
  severity: 'error',
  title: 'A Lambda dead-letter queue that is not an SQS queue or SNS topic',
  source: {
    section: 'Lambda',
    quote: 'If the retries fail, you can use dead letter queues to direct unprocessed events to an SQS queue.',
  },
  facts: ['lambda.async.dlq_vs_destinations'],
  currentFact: 'The dead-letter queue may be an SQS queue or an SNS topic; on-failure destinations also accept a function, an EventBridge bus or an S3 bucket.',
  // The most common slip: a function as dead-letter target (on-failure destinations allow it, DLQs do not).
  connection: { from: 'AWS::Lambda::Function', to: 'AWS::Lambda::Function', role: 'dead-letter' },
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      for (const edge of design.edgesFrom(node.id, { role: 'dead-letter' })) {
        const targetKind = design.kindOf(edge.to) ?? '';
        if (DEAD_LETTER_KINDS.includes(targetKind)) continue;
        const label = componentFor(targetKind)?.label ?? targetKind;
        reports.push({
          message: `${node.id}: its dead-letter target ${edge.to} is a ${label}; a Lambda dead-letter queue must be an SQS queue or an SNS topic.`,
          why: 'DeadLetterConfig.TargetArn accepts only an SQS queue or SNS topic ARN. Lambda writes the failed event there after the last retry.',
          fix:
            targetKind === 'AWS::Lambda::Function' || targetKind === 'AWS::S3::Bucket'
              ? `Change the edge's role to "on-failure": on-failure destinations accept a ${label}.`
              : 'Point the dead-letter edge at an SQS queue or SNS topic.',
          nodes: [node.id, edge.to],
          edges: [design.edgeKey(edge)],
        });
      }
    }
    return reports;
  },
});
