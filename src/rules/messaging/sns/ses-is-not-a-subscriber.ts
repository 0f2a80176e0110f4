import { defineRule } from '../../define.ts';
import { EMAIL_IDENTITY, TOPIC } from '../kinds.ts';

export const sesIsNotASubscriber = defineRule({
  id: 'sns/ses-is-not-a-subscriber',
  severity: 'error',
  title: 'SES cannot subscribe to an SNS topic',
  source: {
    section: 'SNS',
    quote: 'It can deliver push notifications, SMS and emails to any HTTP endpoint, and it can trigger a Lambda function. SES is not an endpoint.',
  },
  facts: ['sns.protocols'],
  connection: { from: TOPIC, to: EMAIL_IDENTITY },
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) =>
      design.edgesFrom(topic.id, { kind: EMAIL_IDENTITY }).map((edge) => ({
        message: `${topic.id} cannot deliver to the SES identity ${edge.to}: SES is not an SNS subscription endpoint.`,
        why: 'SNS subscriptions use the protocols http, https, email, email-json, sms, sqs, application (mobile push), lambda and firehose. SES sends email for your code; it does not receive SNS messages. SNS can email subscribers itself (protocol email).',
        fix: `To email people, subscribe their addresses to ${topic.id} (an edge to a Client with protocol email); to send designed emails through SES, subscribe a Lambda function that calls SES.`,
        nodes: [topic.id, edge.to],
        edges: [design.edgeKey(edge)],
      })),
    );
  },
});
