import { defineRule } from '../../define.ts';
import { isFifoTopic, TOPIC } from '../kinds.ts';

const BUCKET = 'AWS::S3::Bucket';

export const s3EventsToFifoTopic = defineRule({
  id: 'sns/s3-events-to-fifo-topic',
  severity: 'error',
  title: 'S3 event notifications cannot go to a FIFO topic',
  source: { section: 'SNS', quote: 'Pub-sub model (publish and subscribe). Apps can push msgs to a topic, and subscribers receive these from the topic.' },
  facts: ['sns.fanout'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      if (!isFifoTopic(design, topic)) return [];
      return design.edgesTo(topic.id, { kind: BUCKET }).map((edge) => ({
        message: `${edge.from} sends event notifications to ${topic.id}, a FIFO topic; S3 only notifies standard topics.`,
        why: 'S3 event notifications carry no message group id or deduplication id, which every message to a FIFO topic needs, so S3 accepts only standard SNS topics as destinations.',
        fix: `Send the notifications to a standard topic, or to a Lambda function that publishes to ${topic.id} with a messageGroupId.`,
        nodes: [edge.from, topic.id],
        edges: [design.edgeKey(edge)],
      }));
    });
  },
});
