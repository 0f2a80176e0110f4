import { defineRule } from '../../define.ts';
import { isFifoTopic, TOPIC } from '../kinds.ts';

const BASE_NAME = /^[A-Za-z0-9_-]+$/;
const MAX_LENGTH = 256;

export const topicName = defineRule({
  id: 'sns/topic-name',
  severity: 'error',
  title: 'A topic name SNS does not accept (FIFO names end in .fifo)',
  source: { section: 'SNS', quote: 'Pub-sub model (publish and subscribe). Apps can push msgs to a topic, and subscribers receive these from the topic.' },
  facts: ['sns.protocols'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      const name = design.config(topic).TopicName;
      if (typeof name !== 'string') return [];
      const fifo = isFifoTopic(design, topic);
      const problem = nameProblem(name, fifo);
      if (!problem) return [];
      return [
        {
          message: `${topic.id}: TopicName "${name}" ${problem}.`,
          why: `A topic name has up to ${MAX_LENGTH} characters: letters, digits, "-" and "_"; a FIFO topic's name must end in ".fifo" and a standard topic's must not.`,
          fix: fifo ? `Rename it, e.g. "${baseOf(name)}.fifo".` : `Rename it, e.g. "${baseOf(name)}", or set FifoTopic: true if it is meant to be FIFO.`,
          nodes: [topic.id],
          edges: [],
          property: 'TopicName',
        },
      ];
    });
  },
});

function nameProblem(name: string, fifo: boolean): string | undefined {
  if (name.length > MAX_LENGTH) return `is ${name.length} characters long (at most ${MAX_LENGTH})`;
  const endsInFifo = name.endsWith('.fifo');
  if (fifo && !endsInFifo) return 'does not end in ".fifo", which a FIFO topic’s name must';
  if (!fifo && endsInFifo) return 'ends in ".fifo" but the topic is a standard topic';
  if (!BASE_NAME.test(baseOf(name))) return 'has characters other than letters, digits, "-" and "_"';
  return undefined;
}

function baseOf(name: string): string {
  return name.endsWith('.fifo') ? name.slice(0, -'.fifo'.length) : name;
}
