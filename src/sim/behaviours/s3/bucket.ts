import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { listSetting } from '../../core/config.ts';
import { LAMBDA_FUNCTION } from '../../core/kinds.ts';
import { markProcessed } from '../../core/message.ts';
import { perMonth, S3_GET_PER_THOUSAND, S3_PUT_PER_THOUSAND } from '../../core/prices.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { Citation } from '../../core/citation.ts';

const PUT_MS = { min: 20, max: 60 };
const GET_MS = { min: 10, max: 30 };
/** Event notifications usually arrive within a second of the object being written. */
const NOTIFICATION_MS = { min: 100, max: 1_000 };

/** A notification edge fires for object-created events unless its `events` list names only other event types. */
export function notifiesOnObjectCreated(events: readonly unknown[]): boolean {
  return events.length === 0 || events.some((event) => typeof event === 'string' && event.startsWith('s3:ObjectCreated'));
}

/** An S3 bucket: stores objects and sends event notifications to Lambda (asynchronously), SQS and SNS. */
export class S3Bucket implements Behaviour {
  private notifications: DesignEdge[] = [];
  private puts = 0;
  private gets = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {}

  start(): void {
    const world = this.world;
    const targets = ['AWS::Lambda::Function', 'AWS::SQS::Queue', 'AWS::SNS::Topic'];
    this.notifications = world.design
      .edgesFrom(this.node.id, { role: 'none' })
      .filter((edge) => targets.includes(world.design.kindOf(edge.to) ?? '') && notifiesOnObjectCreated(listSetting(world.edgeConfig(edge), 'events')));
  }

  receive(work: Work, reply: Reply): void {
    const world = this.world;
    let doneAt = work.at;
    for (const message of work.messages) {
      if (message.operation === 'read') {
        this.gets++;
        doneAt = work.at + world.random.draw(GET_MS);
        world.load(this.node.id).processed++;
        continue;
      }
      this.puts++;
      doneAt = work.at + world.random.draw(PUT_MS);
      world.load(this.node.id).processed++;
      world.log(doneAt, this.node.id, 'objectCreated', message, undefined, work.edge);
      if (this.notifications.length === 0) markProcessed(message, doneAt, this.node.id);
      for (const edge of this.notifications) {
        const at = doneAt + world.random.draw(NOTIFICATION_MS);
        world.log(at, this.node.id, 'eventNotificationSent', message, undefined, edge);
        const invocation = world.design.kindOf(edge.to) === LAMBDA_FUNCTION ? 'async' : 'sync';
        world.deliver(edge, { messages: [message], from: this.node.id, edge, invocation, at }, () => {});
      }
    }
    reply({ ok: true, doneAt, answeredBy: this.node.id });
  }

  monthlyCostUsd(runMs: number): number {
    return (perMonth(this.puts, runMs) / 1000) * S3_PUT_PER_THOUSAND + (perMonth(this.gets, runMs) / 1000) * S3_GET_PER_THOUSAND;
  }
}

export const citations: Citation[] = [
  {
    section: 'Lambda',
    quote: 'Lambda works on S3 events asynchronously and for asynchronous invocations, Lambda retries function errors twice.',
    facts: ['lambda.async.retries'],
  },
  {
    // Reads and lists of a bucket are never stale in the simulation: S3 is strongly consistent.
    section: 'S3',
    quote: 'When writing a new object to S3 and immediately listing the keys within a bucket, the object might not appear in the list until the change is fully propagated',
    facts: ['s3.consistency.list', 's3.consistency.delete'],
    currentFact: 'Since December 2020 S3 gives strong read-after-write consistency for PUT, DELETE and LIST in every Region: a read or list right after a write or delete sees it.',
  },
];
