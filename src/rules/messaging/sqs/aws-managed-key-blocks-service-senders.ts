import { defineRule } from '../../define.ts';
import { QUEUE, TOPIC } from '../kinds.ts';

const AWS_MANAGED_KEY = 'alias/aws/sqs';
/** AWS services that send into a queue with their own service principal, which needs kms:GenerateDataKey on the queue's key. */
const SERVICE_SENDERS = [TOPIC, 'AWS::S3::Bucket'];

export const awsManagedKeyBlocksServiceSenders = defineRule({
  id: 'sqs/aws-managed-key-blocks-service-senders',
  severity: 'error',
  title: 'SNS or S3 cannot send to a queue encrypted with the AWS managed key',
  source: { section: 'SNS', quote: 'SNS can be used in conjunction with SQS to fan a single message out to multiple SQS queues' },
  facts: ['sns.fanout'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (design.config(queue).KmsMasterKeyId !== AWS_MANAGED_KEY) return [];
      return design.edgesTo(queue.id, { kind: SERVICE_SENDERS, role: 'none' }).map((edge) => ({
        message: `${edge.from} cannot deliver to ${queue.id}: the queue is encrypted with the AWS managed key ${AWS_MANAGED_KEY}.`,
        why: 'SNS and S3 encrypt what they send with the queue’s KMS key, so their service principal needs kms:GenerateDataKey and kms:Decrypt on it. The key policy of an AWS managed key cannot be changed to allow that, so every delivery fails.',
        fix: `Encrypt ${queue.id} with SSE-SQS (remove KmsMasterKeyId) or with a customer managed KMS key whose policy allows ${design.kindOf(edge.from) === TOPIC ? 'sns.amazonaws.com' : 's3.amazonaws.com'}.`,
        nodes: [edge.from, queue.id],
        edges: [design.edgeKey(edge)],
        property: 'KmsMasterKeyId',
      }));
    });
  },
});
