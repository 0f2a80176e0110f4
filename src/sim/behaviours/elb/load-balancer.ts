import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { booleanSetting, listSetting, numberSetting, stringSetting } from '../../core/config.ts';
import { markProcessed, settle } from '../../core/message.ts';
import type { Answer, Reply, Work } from '../../core/work.ts';
import { loadBalancerTargets } from '../../core/work-edges.ts';
import type { SimWorld } from '../../core/world.ts';
import type { LoadBalancerReport, NodeReport } from '../../types.ts';
import { type ClientIpSource, clientIpSource, clientIpVisible } from './client-ip.ts';
import { loadBalancerMonthlyCostUsd } from './cost.ts';
import { isStopped, isTargetFleet, type TargetFleet } from './fleet.ts';
import { type Routing, ruleTarget } from './routing.ts';

/** Time the balancer adds per request: an NLB forwards packets, an ALB or Classic proxies HTTP. */
const LAYER7_HOP_MS = { min: 1, max: 3 };
const LAYER4_HOP_MS = { min: 0.1, max: 0.3 };
/** An NLB resets a TCP flow idle for 350 s (fixed); ALB and Classic default to 60 s. */
const NLB_IDLE_TIMEOUT_S = 350;
const CLASSIC_IDLE_TIMEOUT_S = 60;
/** The message attributes a sticky session is recognised by (the cookie carries the session). */
export const SESSION_ATTRIBUTES = ['sessionId', 'userId'] as const;

interface Pin {
  target: number;
  instance: number;
  pinnedAt: number;
}

/**
 * Elastic Load Balancing (ALB, NLB, Classic): spreads requests over the healthy targets, routes by
 * path or host (ALB), pins sticky sessions, answers 503 with no healthy target and 504 when a target
 * is slower than the idle timeout, and tells where the targets find the client's IP.
 */
export class LoadBalancer implements Behaviour {
  private readonly type: 'application' | 'network' | 'gateway' | 'classic';
  private readonly routing: Routing;
  private readonly sticky: boolean;
  private readonly stickyMs: number;
  private readonly idleTimeoutMs: number;
  private readonly hopMs: { min: number; max: number };
  private readonly ipSource: ClientIpSource;
  private readonly ipReadFrom: string;
  private readonly targets: DesignEdge[];
  private readonly targetIds: string[];
  private readonly pins = new Map<string, Pin>();
  private next = 0;
  /** Bytes of the requests it processed (capacity units and Classic's per-GB charge). */
  private processedBytes = 0;
  private readonly counts: LoadBalancerReport;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    const classic = node.kind === 'AWS::ElasticLoadBalancing::LoadBalancer';
    this.type = classic ? 'classic' : (stringSetting(config, 'Type', 'application') as 'application' | 'network' | 'gateway');
    // Only the layer-7 ALB reads paths and hosts; the rule elb/path-routing-needs-alb says so for the others.
    this.routing = this.type === 'application' ? (stringSetting(config, 'routing', 'none') as Routing) : 'none';
    this.sticky = booleanSetting(config, 'stickySessions', false);
    this.stickyMs = numberSetting(config, 'stickinessDurationSeconds', 86_400) * 1000;
    const idle = this.type === 'network' || this.type === 'gateway' ? NLB_IDLE_TIMEOUT_S : classic ? CLASSIC_IDLE_TIMEOUT_S : numberSetting(config, 'idleTimeoutSeconds', 60);
    this.idleTimeoutMs = idle * 1000;
    this.hopMs = this.type === 'network' || this.type === 'gateway' ? LAYER4_HOP_MS : LAYER7_HOP_MS;
    const listeners = listSetting(config, 'Listeners');
    const layer4Only = listeners.length > 0 && listeners.every((listener) => ['TCP', 'SSL'].includes(String((listener as { Protocol?: unknown }).Protocol)));
    const preserve = config.preserveClientIp;
    this.ipSource = clientIpSource({ type: this.type, targetType: stringSetting(config, 'targetType', 'instance'), preserveClientIp: typeof preserve === 'boolean' ? preserve : undefined, layer4Only });
    this.ipReadFrom = stringSetting(config, 'clientIpFrom', 'not-needed');
    // Only what a target group registers takes requests: a certificate, a log bucket or an alarm edge is not a target.
    this.targets = loadBalancerTargets(world.design, node.id);
    this.targetIds = this.targets.map((edge) => edge.to);
    this.counts = { requests: 0, responses503: 0, responses504: 0, sessionsLost: 0, byTarget: Object.fromEntries(this.targetIds.map((id) => [id, 0])), clientIpVisible: 0 };
  }

  receive(work: Work, reply: Reply): void {
    if (work.messages.length === 1) {
      this.route(work, work.at, reply);
      return;
    }
    // Several requests at once: each is routed on its own; the caller hears once all are answered.
    let waiting = work.messages.length;
    let worst: Answer | undefined;
    for (const message of work.messages) {
      this.route({ ...work, messages: [message] }, work.at, (answer) => {
        // The first failure is the answer; otherwise the latest success.
        if (!worst || (worst.ok && (!answer.ok || answer.doneAt > worst.doneAt))) worst = answer;
        if (--waiting === 0) reply(worst!);
      });
    }
  }

  private route(work: Work, arrivedAt: number, reply: Reply): void {
    const world = this.world;
    const message = work.messages[0]!;
    const at = arrivedAt + world.random.draw(this.hopMs);
    const counts = this.counts;
    counts.requests++;
    this.processedBytes += message.bytes;
    world.load(this.node.id).processed++;
    const candidates = this.candidates(message.attributes);
    if (candidates.length === 0) {
      counts.responses503++;
      world.load(this.node.id).errors++;
      const reason = this.targets.length === 0 ? 'HTTP 503: no registered targets' : 'HTTP 503: no healthy targets';
      world.log(at, this.node.id, 'serviceUnavailable', message, reason, work.edge);
      settle(message, 'failed', { endedAt: this.node.id, reason });
      reply({ ok: false, doneAt: at, reason, answeredBy: this.node.id, failed: work.messages });
      return;
    }
    const chosen = this.choose(candidates, message.attributes, at, message);
    const edge = this.targets[chosen.target]!;
    counts.byTarget[edge.to] = (counts.byTarget[edge.to] ?? 0) + 1;
    if (clientIpVisible(this.ipSource, this.ipReadFrom)) counts.clientIpVisible++;
    if (world.trace.wantsRoutine) world.log(at, this.node.id, 'forwarded', message, `to ${edge.to}${chosen.instance >= 0 ? ` instance ${chosen.instance}` : ''}`, edge);
    const forwarded: Work = { messages: work.messages, from: this.node.id, edge, invocation: 'sync', at };
    const onAnswer: Reply = (answer) => {
      if (answer.doneAt - at > this.idleTimeoutMs) {
        counts.responses504++;
        world.load(this.node.id).errors++;
        const reason = this.type === 'network' || this.type === 'gateway' ? 'connection reset: idle timeout' : 'HTTP 504: target slower than the idle timeout';
        world.log(at + this.idleTimeoutMs, this.node.id, 'gatewayTimeout', message, `${edge.to} took ${Math.round(answer.doneAt - at)} ms; the idle timeout is ${this.idleTimeoutMs / 1000} s`);
        settle(message, 'failed', { endedAt: this.node.id, reason });
        reply({ ok: false, doneAt: at + this.idleTimeoutMs, reason, answeredBy: this.node.id, failed: work.messages });
        return;
      }
      if (answer.ok && message.operation === 'send' && message.record.processed.length === 0) markProcessed(message, answer.doneAt, answer.answeredBy ?? edge.to);
      reply(answer);
    };
    const behaviour = world.behaviours.get(edge.to);
    if (isTargetFleet(behaviour)) {
      world.load(edge.to).received += work.messages.length;
      behaviour.serveOn(chosen.instance, forwarded, onAnswer);
    } else world.deliver(edge, forwarded, onAnswer);
  }

  /** The (target, instance) pairs the request may go to: its rule's target group, healthy instances only. */
  private candidates(attributes: Record<string, string>): Array<{ target: number; instance: number }> {
    const rule = ruleTarget(this.routing, attributes, this.targetIds);
    const list: Array<{ target: number; instance: number }> = [];
    this.targets.forEach((edge, index) => {
      if (rule >= 0 && index !== rule) return;
      const behaviour = this.world.behaviours.get(edge.to);
      if (isTargetFleet(behaviour)) for (const instance of behaviour.routableInstances()) list.push({ target: index, instance });
      else if (!isStopped(behaviour)) list.push({ target: index, instance: -1 });
    });
    return list;
  }

  /** Round robin, or the target a sticky session is pinned to while it is still there. */
  private choose(candidates: Array<{ target: number; instance: number }>, attributes: Record<string, string>, at: number, message: Work['messages'][number]): { target: number; instance: number } {
    const session = this.sticky ? sessionOf(attributes) : undefined;
    if (session !== undefined) {
      const pin = this.pins.get(session);
      if (pin && at - pin.pinnedAt < this.stickyMs) {
        const still = candidates.find((c) => c.target === pin.target && c.instance === pin.instance);
        if (still) return still;
        this.counts.sessionsLost++;
        this.world.log(at, this.node.id, 'sessionLost', message, `session ${session} was pinned to ${this.targetIds[pin.target]}${pin.instance >= 0 ? ` instance ${pin.instance}` : ''}, which is gone`);
      }
    }
    const chosen = candidates[this.next++ % candidates.length]!;
    if (session !== undefined) this.pins.set(session, { target: chosen.target, instance: chosen.instance, pinnedAt: at });
    return chosen;
  }

  monthlyCostUsd(runMs: number): number {
    return loadBalancerMonthlyCostUsd(this.type, this.counts.requests, this.processedBytes, runMs);
  }

  report(): NodeReport {
    return { loadBalancer: { ...this.counts, byTarget: { ...this.counts.byTarget } } };
  }
}

function sessionOf(attributes: Record<string, string>): string | undefined {
  for (const name of SESSION_ATTRIBUTES) if (attributes[name] !== undefined) return attributes[name];
  return undefined;
}

export type { TargetFleet };
