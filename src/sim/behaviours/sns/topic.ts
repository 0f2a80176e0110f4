import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { booleanSetting, stringSetting } from '../../core/config.ts';
import { CLIENT, LAMBDA_FUNCTION, SQS_QUEUE } from '../../core/kinds.ts';
import { settle } from '../../core/message.ts';
import { perMonth, SNS_EMAIL_PER_MILLION_DELIVERIES, SNS_HTTP_PER_MILLION_DELIVERIES, SNS_PER_MILLION_PUBLISHES, SNS_SMS_PER_MESSAGE_US, SQS_REQUEST_CHUNK_BYTES } from '../../core/prices.ts';
import type { Reply, Work } from '../../core/work.ts';
import { topicSubscriptions } from '../../core/work-edges.ts';
import type { SimWorld } from '../../core/world.ts';
import { fanOut } from './fan-out.ts';

/** An SNS delivery to a subscriber takes a few tens of ms. */
const DELIVERY_MS = { min: 20, max: 60 };
const PUBLISH_MS = { min: 8, max: 20 };

interface TopicSubscription {
  edge: DesignEdge;
  kind: string;
  fifoQueue: boolean;
  protocol: string;
}

/** An SNS topic: every published message is pushed to every subscription (fan-out). */
export class SnsTopic implements Behaviour {
  private readonly fifoTopic: boolean;
  private readonly contentBasedDeduplication: boolean;
  private subscriptions: TopicSubscription[] = [];
  private publishes = 0;
  private readonly deliveriesByProtocol = new Map<string, number>();

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.fifoTopic = booleanSetting(config, 'FifoTopic', false);
    this.contentBasedDeduplication = booleanSetting(config, 'ContentBasedDeduplication', false);
  }

  start(): void {
    const world = this.world;
    this.subscriptions = topicSubscriptions(world.design, this.node.id).map((edge) => {
      const kind = world.design.kindOf(edge.to) ?? '';
      const target = world.design.node(edge.to);
      const fifoQueue = kind === SQS_QUEUE && target !== undefined && booleanSetting(world.config(target), 'FifoQueue', false);
      const protocol = kind === CLIENT ? stringSetting(world.edgeConfig(edge), 'protocol', 'https') : kind === LAMBDA_FUNCTION ? 'lambda' : kind === SQS_QUEUE ? 'sqs' : 'other';
      return { edge, kind, fifoQueue, protocol };
    });
  }

  receive(work: Work, reply: Reply): void {
    const world = this.world;
    const publishedAt = work.at + world.random.draw(PUBLISH_MS);
    const edgeConfig = work.edge ? world.edgeConfig(work.edge) : {};
    const fifo = this.fifoTopic
      ? {
          groupAttribute: typeof edgeConfig.messageGroupId === 'string' ? edgeConfig.messageGroupId : undefined,
          deduplicationAttribute: typeof edgeConfig.deduplicationId === 'string' ? edgeConfig.deduplicationId : undefined,
          contentBasedDeduplication: this.contentBasedDeduplication,
        }
      : undefined;
    const targets = fanOut(this.fifoTopic, this.subscriptions);
    for (const message of work.messages) {
      this.publishes += Math.max(1, Math.ceil(message.bytes / SQS_REQUEST_CHUNK_BYTES));
      world.log(work.at, this.node.id, 'published', message, `${targets.length} subscriptions`, work.edge);
      if (targets.length === 0) settle(message, 'lost', { endedAt: this.node.id, reason: 'the topic has no subscription that accepts it' });
      for (const subscription of targets) {
        this.deliveriesByProtocol.set(subscription.protocol, (this.deliveriesByProtocol.get(subscription.protocol) ?? 0) + 1);
        const at = publishedAt + world.random.draw(DELIVERY_MS);
        const invocation = subscription.kind === LAMBDA_FUNCTION ? 'async' : 'sync';
        world.log(at, this.node.id, 'fannedOut', message, subscription.protocol, subscription.edge);
        world.deliver(subscription.edge, { messages: [message], from: this.node.id, edge: subscription.edge, invocation, at, fifo }, () => {});
      }
    }
    world.load(this.node.id).processed += work.messages.length;
    reply({ ok: true, doneAt: publishedAt, answeredBy: this.node.id });
  }

  monthlyCostUsd(runMs: number): number {
    let cost = (perMonth(this.publishes, runMs) / 1e6) * SNS_PER_MILLION_PUBLISHES;
    for (const [protocol, count] of this.deliveriesByProtocol) {
      const monthly = perMonth(count, runMs);
      if (protocol === 'http' || protocol === 'https') cost += (monthly / 1e6) * SNS_HTTP_PER_MILLION_DELIVERIES;
      else if (protocol === 'email' || protocol === 'email-json') cost += (monthly / 1e6) * SNS_EMAIL_PER_MILLION_DELIVERIES;
      else if (protocol === 'sms') cost += monthly * SNS_SMS_PER_MESSAGE_US;
    }
    return cost;
  }
}
