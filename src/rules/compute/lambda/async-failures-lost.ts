import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { runFailingAsyncEvent } from '../processes/lambda-async-invocation.ts';

const ASYNC_SOURCES = ['AWS::S3::Bucket', 'AWS::SNS::Topic'];

function minutes(seconds: number): string {
  const count = seconds / 60;
  return `${count} minute${count === 1 ? '' : 's'}`;
}

export const asyncFailuresLost = defineRule({
  id: 'lambda/async-failures-lost',
  severity: 'warning',
  title: 'Asynchronous events lost after their retries',
  source: {
    section: 'Lambda',
    quote: 'for asynchronous invocations, Lambda retries function errors twice. If the retries fail, you can use dead letter queues to direct unprocessed events to an SQS queue.',
  },
  facts: ['lambda.async.retries', 'lambda.async.dlq_vs_destinations'],
  currentFact:
    'A dead-letter queue may be an SQS queue or an SNS topic, and AWS now recommends on-failure destinations (SQS, SNS, Lambda, EventBridge, S3), which carry the error and context with the event.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const triggers = design
        .edgesTo(node.id, { role: 'none' })
        .filter((edge) => ASYNC_SOURCES.includes(design.kindOf(edge.from) ?? '') || design.edgeConfig(edge).invocationType === 'Event');
      if (triggers.length === 0) continue;
      const hasOnFailureDestination = design.edgesFrom(node.id, { role: 'on-failure' }).length > 0;
      const hasDeadLetterQueue = design.edgesFrom(node.id, { role: 'dead-letter' }).length > 0;
      if (hasOnFailureDestination || hasDeadLetterQueue) continue;
      const config = design.config(node);
      const run = runFailingAsyncEvent({
        maximumRetryAttempts: Number(config.MaximumRetryAttempts),
        maximumEventAgeSeconds: Number(config.MaximumEventAgeInSeconds),
        hasOnFailureDestination,
        hasDeadLetterQueue,
      });
      reports.push({
        message: `${node.id}: an event from ${triggers.map((edge) => edge.from).join(', ')} that keeps failing is tried ${run.attempts === 1 ? 'once' : `${run.attempts} times over ${minutes(run.eventAgeSeconds)}`} and then discarded: nothing keeps it.`,
        why: 'S3 and SNS invoke Lambda asynchronously: Lambda queues the event, retries a failing invocation up to MaximumRetryAttempts times (default 2, after 1 and then 2 minutes) and then drops the event unless a dead-letter queue or an on-failure destination receives it.',
        fix: `Add an on-failure destination (edge ${node.id} → SQS queue, SNS topic or function with role "on-failure") or a dead-letter queue (edge with role "dead-letter" to an SQS queue or SNS topic).`,
        nodes: [node.id, ...triggers.map((edge) => edge.from)],
        edges: triggers.map((edge) => design.edgeKey(edge)),
      });
    }
    return reports;
  },
});
