import type { NotesSource } from '../../catalog/types.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { Fault, MessageRecord, SimulationResult } from '../../sim/types.ts';
import { capacityCause } from './capacity-cause.ts';
import { NOTES } from './notes.ts';
import { OPERATIONS_NOTES } from './operations-notes.ts';

/** Why requests went unanswered: from the first miss's reason, the run's throttles and the scenario's faults. */
export interface UnansweredCause {
  why: string;
  fix: string;
  source?: NotesSource;
  nodes: string[];
}

export function unansweredCause(context: DesignContext, run: SimulationResult, faults: readonly Fault[], first: MessageRecord | undefined): UnansweredCause {
  const reason = first?.reason ?? '';
  const ended = first?.endedAt !== undefined && context.node(first.endedAt) ? [first.endedAt] : [];
  const capacity = capacityCause(context, run);
  if (capacity && (first === undefined || first.outcome === 'throttled' || /429|Throttl|ProvisionedThroughputExceeded/.test(reason))) {
    return { why: `Every refused request is an unanswered one. ${capacity.why}`, fix: capacity.fix, ...(capacity.source ? { source: capacity.source } : {}), nodes: capacity.nodes };
  }
  if (/AccessDenied|credentials/i.test(reason)) {
    return {
      why: 'AWS refuses a request that is not signed with AWS credentials allowed to do it. Signing in to a user pool proves who the user is, but its token is not an AWS credential.',
      fix: 'Exchange the user\'s sign-in for temporary AWS credentials with a Cognito identity pool, whose authenticated role allows the action on the resource.',
      source: NOTES.identityPools,
      nodes: ended,
    };
  }
  if (/no instance in service/.test(reason) || (faults.some((fault) => fault.type === 'deploy') && /503/.test(reason))) {
    return {
      why: 'While every instance of the environment is being updated, or a failing version has replaced them all, nothing is left to answer.',
      fix: 'Deploy with a policy that keeps instances serving and rolls a failing version back on its own: Immutable, TrafficSplitting, or RollingWithAdditionalBatch to keep full capacity.',
      source: OPERATIONS_NOTES.allAtOnce,
      nodes: ended,
    };
  }
  if (/503/.test(reason)) {
    const zoneFault = !/no registered targets/.test(reason) && faults.some((fault) => fault.type === 'az-failure' || fault.type === 'node-failure');
    return {
      why: `A load balancer answers 503 when its target group has no registered, healthy target${zoneFault ? '; targets all in the failed place go down together' : ''}.`,
      fix: zoneFault
        ? 'Register targets in at least two Availability Zones (an Auto Scaling group whose subnets span them), with headroom so the zones left can carry the load.'
        : 'Register targets with the load balancer\'s target group (an Auto Scaling group or instances) and keep them passing the health check.',
      source: OPERATIONS_NOTES.noTargets,
      nodes: ended,
    };
  }
  const singleCaches = context.nodesOfKind('AWS::ElastiCache::CacheCluster').map((node) => node.id);
  if (singleCaches.length > 0 && faults.some((fault) => fault.type === 'az-failure' || fault.type === 'node-failure')) {
    return {
      why: 'A cache with no replica in another Availability Zone takes its hits down with it when it fails, and the database behind it takes the full load.',
      fix: 'Use a replication group with a replica in another Availability Zone and automatic failover (or DAX with several nodes).',
      source: NOTES.memcachedDowntime,
      nodes: [...new Set([...singleCaches, ...(capacity?.nodes ?? [])])],
    };
  }
  if (capacity) return { why: `Every refused request is an unanswered one. ${capacity.why}`, fix: capacity.fix, ...(capacity.source ? { source: capacity.source } : {}), nodes: capacity.nodes };
  return {
    why: `Requests failed${ended.length > 0 ? ` at ${ended.join(', ')}` : ''}${reason ? `: ${reason}` : ''}.`,
    fix: 'Follow the first miss in the replay to the component that failed it, and give that component a replica or a retry path.',
    nodes: ended,
  };
}
