import type { DesignEdge } from '../../design/schema.ts';
import { stringSetting } from './config.ts';
import { type DataPath, readItem, resolveDataPath, writeItem } from './data-path.ts';
import { CACHE_KINDS, CLIENT, LAMBDA_FUNCTION, TABLE_KINDS } from './kinds.ts';
import type { SimMessage } from './message.ts';
import type { Invocation } from './work.ts';
import type { SimWorld } from './world.ts';

/** What came back to an application that passed a message or request on. */
export interface ForwardResult {
  ok: boolean;
  doneAt: number;
  staleMs: number;
  throttled: boolean;
  answeredBy: string;
  reason?: string;
}

/** Edges that carry traffic (not dead-letter, on-failure, IAM roles or authorizers). */
const TRAFFIC_ROLES = new Set([undefined, 'target', 'origin']);

/**
 * How an application (a client, a function, an instance) passes work on. Item reads and writes
 * take the data path (cache, then table); a message follows every other outgoing traffic edge
 * (fan-out), and a processed message is also written to the application's table if it has one.
 */
export class Router {
  private path: DataPath | undefined | null = null;
  private readonly passOn: DesignEdge[];

  constructor(
    private readonly world: SimWorld,
    readonly appId: string,
  ) {
    this.passOn = world.design.edgesFrom(appId).filter((edge) => {
      const kind = world.design.kindOf(edge.to) ?? '';
      return TRAFFIC_ROLES.has(edge.role) && !TABLE_KINDS.includes(kind) && !CACHE_KINDS.includes(kind) && kind !== CLIENT;
    });
  }

  /** The traffic edges a message follows (everything but the data path). */
  get passesOn(): readonly DesignEdge[] {
    return this.passOn;
  }

  get dataPath(): DataPath | undefined {
    if (this.path === null) this.path = resolveDataPath(this.world, this.appId);
    return this.path;
  }

  /** Whether forward() would pass anything on at all (hot paths skip the call when not). */
  get forwardsAnything(): boolean {
    return this.passOn.length > 0 || this.dataPath !== undefined;
  }

  /** Whether this application has anywhere to send the message. */
  leadsAnywhere(message: SimMessage): boolean {
    return this.passOn.length > 0 || (message.operation !== 'send' && this.dataPath !== undefined) || (message.operation === 'send' && this.dataPath !== undefined);
  }

  /**
   * Passes one message on at time `at`; `onAnswer` runs once every synchronous answer is in
   * (at once when every target answers synchronously).
   */
  forward(message: SimMessage, at: number, onAnswer: (result: ForwardResult) => void): void {
    const world = this.world;
    const path = this.dataPath;
    const results: ForwardResult[] = [];
    if (path && message.operation !== 'send') {
      const key = message.key ?? message.record.id;
      const request = { at, key, slot: world.slotOf(key), bytes: message.bytes, consistent: false, from: this.appId, message };
      if (message.operation === 'read') {
        const answer = readItem(world, path, request);
        onAnswer({ ok: answer.ok, doneAt: answer.doneAt, staleMs: answer.staleMs ?? 0, throttled: answer.throttled ?? false, answeredBy: answer.answeredBy, reason: answer.reason });
      } else {
        const answer = writeItem(path, request);
        onAnswer({ ok: answer.ok, doneAt: answer.doneAt, staleMs: 0, throttled: answer.throttled ?? false, answeredBy: answer.answeredBy, reason: answer.reason });
      }
      return;
    }
    if (path && message.operation === 'send') {
      const key = message.key ?? message.record.id;
      const answer = writeItem(path, { at, key, slot: world.slotOf(key), bytes: message.bytes, consistent: false, from: this.appId, message });
      results.push({ ok: answer.ok, doneAt: answer.doneAt, staleMs: 0, throttled: answer.throttled ?? false, answeredBy: answer.answeredBy, reason: answer.reason });
    }
    if (results.length === 0 && this.passOn.length === 1) {
      // The common case, one next hop: no fan-out bookkeeping.
      const edge = this.passOn[0]!;
      world.deliver(edge, { messages: [message], from: this.appId, edge, invocation: this.invocationOver(edge), at }, (answer) =>
        onAnswer({ ok: answer.ok, doneAt: answer.doneAt, staleMs: answer.staleMs ?? 0, throttled: answer.throttled ?? false, answeredBy: answer.answeredBy ?? edge.to, reason: answer.reason }),
      );
      return;
    }
    let waiting = this.passOn.length;
    const settleAll = () => {
      if (results.length === 0) {
        onAnswer({ ok: true, doneAt: at, staleMs: 0, throttled: false, answeredBy: this.appId });
        return;
      }
      const failed = results.find((result) => !result.ok);
      const last = results.reduce((latest, result) => (result.doneAt > latest.doneAt ? result : latest));
      onAnswer(failed ? { ...failed, doneAt: last.doneAt } : last);
    };
    if (waiting === 0) {
      settleAll();
      return;
    }
    for (const edge of this.passOn) {
      world.deliver(edge, { messages: [message], from: this.appId, edge, invocation: this.invocationOver(edge), at }, (answer) => {
        results.push({ ok: answer.ok, doneAt: answer.doneAt, staleMs: answer.staleMs ?? 0, throttled: answer.throttled ?? false, answeredBy: answer.answeredBy ?? edge.to, reason: answer.reason });
        waiting--;
        if (waiting === 0) settleAll();
      });
    }
  }

  private invocationOver(edge: DesignEdge): Invocation {
    const kind = this.world.design.kindOf(edge.to);
    if (kind !== LAMBDA_FUNCTION) return 'sync';
    return stringSetting(this.world.edgeConfig(edge), 'invocationType', 'RequestResponse') === 'Event' ? 'async' : 'sync';
  }
}
