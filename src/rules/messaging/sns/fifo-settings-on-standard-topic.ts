import { defineRule } from '../../define.ts';
import { isFifoTopic, TOPIC } from '../kinds.ts';

export const fifoSettingsOnStandardTopic = defineRule({
  id: 'sns/fifo-settings-on-standard-topic',
  severity: 'error',
  title: 'Content-based deduplication on a standard topic',
  source: { section: 'SNS', quote: 'SNS can be used in conjunction with SQS to fan a single message out to multiple SQS queues' },
  facts: ['sns.fanout'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      if (isFifoTopic(design, topic) || design.config(topic).ContentBasedDeduplication !== true) return [];
      return [
        {
          message: `${topic.id} is a standard topic but sets ContentBasedDeduplication, which only FIFO topics have.`,
          why: 'A standard topic delivers at least once and may deliver duplicates; deduplication exists only on FIFO topics, and SNS rejects the attribute on a standard one.',
          fix: `Remove ContentBasedDeduplication from ${topic.id}, or make it a FIFO topic (FifoTopic: true, name ending in .fifo).`,
          nodes: [topic.id],
          edges: [],
          property: 'ContentBasedDeduplication',
        },
      ];
    });
  },
});
