import type { NotesSource } from '../../catalog/types.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { NodeReport, SimulationResult } from '../../sim/types.ts';
import { deploymentAdvice } from './deployment-advice.ts';
import { OPERATIONS_NOTES } from './operations-notes.ts';
import { sourceForKind } from './operations-sources.ts';
import { at, because, type Evaluator, failed, notJudged, type Outcome, passed, seconds } from './result.ts';
import { count, messagesOf, withoutRun } from './run-helpers.ts';

/**
 * Requirements on what a kind reports of its own behaviour (SimulationResult.reports): downtime,
 * in-service capacity, deployments, load balancer errors and sessions, stale replica reads, alarms.
 */

interface Target {
  node?: string | undefined;
  kind?: string | undefined;
}

/** The reports of the nodes a requirement names that carry the section it reads. */
function reportsOf<K extends keyof NodeReport>(run: SimulationResult, context: DesignContext, target: Target, section: K): Array<[string, NonNullable<NodeReport[K]>]> {
  const list: Array<[string, NonNullable<NodeReport[K]>]> = [];
  for (const [id, report] of Object.entries(run.reports ?? {})) {
    if (target.node !== undefined && id !== target.node) continue;
    if (target.kind !== undefined && context.kindOf(id) !== target.kind) continue;
    const value = report[section];
    if (value !== undefined) list.push([id, value as NonNullable<NodeReport[K]>]);
  }
  return list;
}

/** Nothing in the design reports what the requirement reads: it cannot pass, and says what is missing. */
function nothingReported(what: string, target: Target, source: NotesSource): Outcome {
  const scope = target.node !== undefined ? `"${target.node}"` : target.kind !== undefined ? target.kind : 'component';
  return notJudged({
    message: `No ${what} was measured: the design has no ${scope} that reports it.`,
    why: because('This requirement is judged from what the component does under the scenario\'s traffic and faults.', source),
    fix: `Add the component the brief asks for${target.node !== undefined ? ` with the id "${target.node}"` : ''}.`,
    nodes: [],
    edges: [],
    source,
  });
}

function traceAbout(run: SimulationResult, nodes: readonly string[], event: RegExp) {
  const ids = new Set(nodes);
  return run.trace.filter((entry) => ids.has(entry.node) && event.test(entry.event)).slice(0, 60);
}

export const downtime: Evaluator<'downtime'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const bound = requirement.atMostSeconds * 1000;
  const measured: Array<{ node: string; ms: number; what: string; source: NotesSource; allAtOnce?: boolean }> = [];
  for (const [node, deployments] of reportsOf(run, input.context, requirement, 'deployments')) {
    const allAtOnce = deployments.some((d) => d.policy === 'AllAtOnce');
    measured.push({ node, ms: deployments.reduce((sum, d) => sum + d.downtimeMs, 0), what: `deploying ${deployments.map((d) => d.policy).join(', ')}`, source: allAtOnce ? OPERATIONS_NOTES.allAtOnce : OPERATIONS_NOTES.rolling, allAtOnce });
  }
  for (const [node, database] of reportsOf(run, input.context, requirement, 'database')) {
    measured.push({ node, ms: database.unavailableMs, what: database.failovers > 0 ? `${database.failovers} failover(s)` : 'an outage with nothing to fail over to', source: OPERATIONS_NOTES.multiAz });
  }
  const source = requirement.notes ?? measured[0]?.source ?? OPERATIONS_NOTES.allAtOnce;
  if (measured.length === 0) return nothingReported('downtime', requirement, source);
  const worst = measured.reduce((a, b) => (b.ms > a.ms ? b : a));
  if (worst.ms <= bound) return passed(`The longest downtime was ${seconds(worst.ms)} s (${worst.node}; bound ${requirement.atMostSeconds} s).`);
  const database = worst.source === OPERATIONS_NOTES.multiAz;
  const deploying = database
    ? ''
    : worst.allAtOnce
      ? 'All at once deploys to every instance together: none serves while the new version starts, and a failing version leaves none at all.'
      : 'A rolling deployment takes one batch out of service at a time; when the batch is the whole fleet (a single instance, or a batch size of 100%), nothing is left to serve while it updates.';
  return failed({
    message: `${worst.node} answered nothing for ${seconds(worst.ms)} s during ${worst.what}; at most ${requirement.atMostSeconds} s is allowed.`,
    why: because(
      database
        ? 'A database writer with no standby or replica in another place stays down until it is repaired; a Multi-AZ standby takes over in 60–120 s, an Aurora Replica in about 30 s.'
        : deploying,
      requirement.notes ?? worst.source,
    ),
    fix: database
      ? `Give ${worst.node} a standby (MultiAZ: true) or, for Aurora, an Aurora Replica (readerInstances ≥ 1) to fail over to.`
      : worst.allAtOnce
        ? `Deploy ${worst.node} with a policy that keeps instances serving: Rolling, RollingWithAdditionalBatch, Immutable or TrafficSplitting.`
        : `Give ${worst.node} more than one instance and a batch smaller than the fleet, or deploy with RollingWithAdditionalBatch or Immutable, which start new instances before taking old ones out.`,
    nodes: [worst.node],
    edges: [],
    source: requirement.notes ?? worst.source,
    trace: traceAbout(run, [worst.node], /fail|down|deploy|batch|rolled|outOfService|recover/i),
  });
};

export const minCapacity: Evaluator<'min-capacity'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const measured: Array<{ node: string; share: number; inService: number; of: number; restoredAfterMs?: number; during: string }> = [];
  for (const [node, capacity] of reportsOf(run, input.context, requirement, 'capacity')) {
    measured.push({ node, share: capacity.minShare, inService: capacity.minInService, of: capacity.desired, during: 'failures', ...(capacity.restoredAtMs !== undefined ? { restoredAfterMs: capacity.belowDesiredMs } : {}) });
  }
  for (const [node, deployments] of reportsOf(run, input.context, requirement, 'deployments')) {
    for (const d of deployments) measured.push({ node, share: d.minShare, inService: d.minInService, of: d.instances, during: `the ${d.policy} deployment` });
  }
  const source = requirement.notes ?? (measured.some((m) => m.during !== 'failures') ? OPERATIONS_NOTES.immutable : OPERATIONS_NOTES.replaceUnhealthy);
  if (measured.length === 0) return nothingReported('capacity', requirement, source);
  // A deployment's dip explains more than the fleet's own record of the same dip.
  const worst = measured.reduce((a, b) => (b.share < a.share || (b.share === a.share && a.during === 'failures' && b.during !== 'failures') ? b : a));
  const slow = requirement.restoredWithinSeconds !== undefined ? measured.find((m) => m.share < 1 && (m.restoredAfterMs === undefined || m.restoredAfterMs > requirement.restoredWithinSeconds! * 1000) && m.during === 'failures') : undefined;
  if (worst.share >= requirement.atLeastShare && !slow) {
    return passed(`Capacity never fell below ${Math.round(worst.share * 100)}% (${worst.inService} of ${worst.of} instances at ${worst.node}; goal ${Math.round(requirement.atLeastShare * 100)}%).`);
  }
  const deploying = worst.during !== 'failures';
  if (worst.share < requirement.atLeastShare) {
    return failed({
      message: `${worst.node} was down to ${worst.inService} of ${worst.of} instances in service (${Math.round(worst.share * 100)}%) during ${worst.during}; the goal is at least ${Math.round(requirement.atLeastShare * 100)}%.`,
      why: because(
        deploying
          ? 'Rolling and all-at-once deployments take instances out of service to update them; rolling with an additional batch, immutable and traffic splitting launch new instances first.'
          : 'Instances in one Availability Zone all go down with it; a group spread over several zones loses only its share there and relaunches the rest elsewhere.',
        source,
      ),
      fix: deploying
        ? `Use RollingWithAdditionalBatch or Immutable for ${worst.node} so capacity never drops.`
        : `Spread ${worst.node} over more Availability Zones and give it headroom (a larger DesiredCapacity) so one failure leaves enough.`,
      nodes: [worst.node],
      edges: [],
      source,
      trace: traceAbout(run, [worst.node], /unhealthy|terminated|inService|dipped|batch|deploy/i),
    });
  }
  return failed({
    message: `${slow!.node} stayed below full capacity for ${slow!.restoredAfterMs !== undefined ? `${seconds(slow!.restoredAfterMs)} s` : 'the rest of the run'}; it must be back within ${requirement.restoredWithinSeconds} s.`,
    why: because('The group replaces an unhealthy instance only once its health check notices: EC2 status checks see a stopped instance, only ELB health checks see an application that stopped answering.', source),
    fix: `Set HealthCheckType: ELB on ${slow!.node} so instances the load balancer finds unhealthy are replaced too.`,
    nodes: [slow!.node],
    edges: [],
    source,
    trace: traceAbout(run, [slow!.node], /unhealthy|terminated|inService|deregistered/i),
  });
};

export const deployment: Evaluator<'deployment'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const all = reportsOf(run, input.context, requirement, 'deployments').flatMap(([node, list]) => list.map((d) => ({ node, d })));
  const target = deploymentAdvice(input.context.kindOf(all[0]?.node ?? requirement.node ?? '') ?? requirement.kind);
  const source = requirement.notes ?? target.source ?? OPERATIONS_NOTES.immutable;
  if (all.length === 0) return nothingReported('deployment', requirement, source);
  const problems: Array<{ node: string; text: string; fix: string }> = [];
  for (const { node, d } of all) {
    const advice = deploymentAdvice(input.context.kindOf(node));
    const name = `${node}'s ${d.policy} deployment (from ${at(d.startedAtMs)})`;
    if (requirement.withinMinutes !== undefined && d.durationMs > requirement.withinMinutes * 60_000) {
      problems.push({ node, text: `${name} took ${(d.durationMs / 60_000).toFixed(1)} min; the limit is ${requirement.withinMinutes} min`, fix: advice.fix('too-slow', node, undefined) });
    }
    if (requirement.outcome !== undefined && d.outcome !== requirement.outcome) {
      problems.push({ node, text: `${name} ${d.outcome === 'in-progress' ? 'was still in progress when the run ended' : `ended ${d.outcome}`}; it must end ${requirement.outcome}`, fix: advice.fix('outcome', node, requirement.outcome) });
    }
    if (requirement.rollback !== undefined && d.rollback !== requirement.rollback) {
      problems.push({ node, text: `${name} rolled back by ${d.rollback}; the brief wants ${requirement.rollback}`, fix: advice.fix('rollback', node, requirement.rollback) });
    }
    if (requirement.atMostExtraInstances !== undefined && d.extraInstances > requirement.atMostExtraInstances) {
      problems.push({ node, text: `${name} ran ${d.extraInstances} extra instances (peak ${d.peakInstances}); at most ${requirement.atMostExtraInstances} are allowed`, fix: advice.fix('extra-instances', node, undefined) });
    }
    if (requirement.atMostFailedRequests !== undefined && d.failedRequests > requirement.atMostFailedRequests) {
      problems.push({ node, text: `${name} failed ${count(d.failedRequests)} requests; at most ${requirement.atMostFailedRequests} are allowed`, fix: advice.fix('failed-requests', node, undefined) });
    }
  }
  if (problems.length === 0) {
    const first = all[0]!.d;
    return passed(`${all.length} deployment(s) met the brief (the first: ${first.policy}, ${first.outcome}, ${(first.durationMs / 60_000).toFixed(1)} min, ${first.extraInstances} extra instances).`);
  }
  const first = problems[0]!;
  const advice = deploymentAdvice(input.context.kindOf(first.node));
  const cited = requirement.notes ?? advice.source ?? OPERATIONS_NOTES.immutable;
  return failed({
    message: `${problems.map((p) => p.text).join('; ')}.`,
    why: because(advice.why, cited),
    fix: first.fix,
    nodes: [...new Set(problems.map((p) => p.node))],
    edges: [],
    source: cited,
    trace: traceAbout(run, problems.map((p) => p.node), /deploy|batch|rolled|swap|hook|stage|fleet/i),
  });
};

export const httpErrors: Evaluator<'http-errors'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const reports = reportsOf(run, input.context, requirement, 'loadBalancer');
  const source = requirement.notes ?? (requirement.status === 504 ? OPERATIONS_NOTES.gatewayTimeout : OPERATIONS_NOTES.noTargets);
  if (reports.length === 0) return nothingReported('load balancer answer', requirement, source);
  const errorsOf = (r: (typeof reports)[number][1]) => (requirement.status === 503 ? r.responses503 : requirement.status === 504 ? r.responses504 : r.responses503 + r.responses504);
  const total = reports.reduce((sum, [, r]) => sum + errorsOf(r), 0);
  const shown = requirement.status !== undefined ? `HTTP ${requirement.status}` : 'HTTP 503/504';
  if (total <= requirement.atMost) return passed(`${count(total)} ${shown} answers (at most ${requirement.atMost}).`);
  const timeouts = reports.reduce((sum, [, r]) => sum + r.responses504, 0);
  const nodes = reports.filter(([, r]) => errorsOf(r) > 0).map(([id]) => id);
  return failed({
    message: `The load balancer answered ${count(total)} requests with ${shown}${timeouts > 0 ? ` (${count(timeouts)} were 504 timeouts)` : ''}; at most ${requirement.atMost} are allowed.`,
    why: because(
      timeouts > total / 2
        ? 'A 504 means the target did not answer within the load balancer\'s idle timeout: the application (or its database) is too slow.'
        : 'A 503 means the target group had no registered, healthy target to send the request to.',
      source,
    ),
    fix: timeouts > total / 2 ? 'Make the slow work asynchronous (a queue and a worker) or raise idleTimeoutSeconds above the longest request.' : 'Register targets in several Availability Zones (an Auto Scaling group) so a healthy one is always there.',
    nodes,
    edges: [],
    source,
    trace: traceAbout(run, nodes, /serviceUnavailable|gatewayTimeout/),
  });
};

export const sessionsLost: Evaluator<'sessions-lost'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const reports = reportsOf(run, input.context, requirement, 'loadBalancer');
  const source = requirement.notes ?? OPERATIONS_NOTES.sharedSessions;
  if (reports.length === 0) return nothingReported('session', requirement, source);
  const lost = reports.reduce((sum, [, r]) => sum + r.sessionsLost, 0);
  if (lost <= requirement.atMost) return passed(`${count(lost)} sessions were lost (at most ${requirement.atMost}).`);
  const nodes = reports.filter(([, r]) => r.sessionsLost > 0).map(([id]) => id);
  return failed({
    message: `${count(lost)} users lost their session when the target their sticky session was pinned to failed; at most ${requirement.atMost} may.`,
    why: because(`With sticky sessions a user's session lives on one server; when it fails or scales in, the session goes with it. ${OPERATIONS_NOTES.stickiness.quote}`, source),
    fix: 'Turn stickySessions off and keep sessions in a shared store every server reads (ElastiCache or DynamoDB).',
    nodes,
    edges: [],
    source,
    trace: traceAbout(run, nodes, /sessionLost/),
  });
};

export const staleReads: Evaluator<'stale-reads'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const records = messagesOf(run, requirement.stream).filter((record) => (record.staleMs ?? 0) > 0);
  const summary = requirement.stream !== undefined ? run.aggregated?.[requirement.stream] : undefined;
  const stale = requirement.stream !== undefined ? records.length + (summary?.staleReads ?? 0) : run.metrics.staleReads;
  if (stale <= requirement.atMost) return passed(`${count(stale)} reads returned stale data (at most ${requirement.atMost}).`);
  const replicas = Object.entries(run.reports ?? {}).filter(([, r]) => (r.database?.replicaReads ?? 0) > 0).map(([id]) => id);
  const source = requirement.notes ?? OPERATIONS_NOTES.readReplica;
  return failed({
    message: `${count(stale)} reads returned data older than the latest write${replicas.length > 0 ? ` (read from ${replicas.join(', ')})` : ''}; at most ${requirement.atMost} may.`,
    why: because('A read replica applies the source\'s writes asynchronously, so a read just after a write can miss it (replica lag).', source),
    fix: 'Send reads that must see the latest write to the primary (or the cluster writer endpoint); keep replicas for reads that tolerate lag.',
    nodes: replicas,
    edges: [],
    source,
    trace: run.trace.filter((entry) => entry.event === 'staleRead').slice(0, 60),
  });
};

export const alarm: Evaluator<'alarm'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const source = requirement.notes ?? OPERATIONS_NOTES.alarms;
  const reports = reportsOf(run, input.context, requirement, 'values').filter(([, values]) => values.transitions !== undefined);
  if (reports.length === 0) return nothingReported('alarm', requirement, source);
  const problems: string[] = [];
  let late = false;
  let flapping = false;
  for (const [node, values] of reports) {
    const toAlarm = values.timeToAlarmMs;
    if (requirement.firesWithinSeconds !== undefined) {
      if (toAlarm === undefined || toAlarm < 0) problems.push(`${node} never went to ALARM`);
      else if (toAlarm > requirement.firesWithinSeconds * 1000) problems.push(`${node} went to ALARM ${seconds(toAlarm)} s after the breach began (limit ${requirement.firesWithinSeconds} s)`);
      late ||= toAlarm === undefined || toAlarm < 0 || toAlarm > requirement.firesWithinSeconds * 1000;
    }
    if (requirement.atMostTransitions !== undefined && values.transitions! > requirement.atMostTransitions) {
      problems.push(`${node} changed state ${values.transitions} times (at most ${requirement.atMostTransitions}): it flaps`);
      flapping = true;
    }
  }
  if (problems.length === 0) return passed(`Every alarm met the brief (${reports.map(([node, v]) => `${node}: ${v.timeToAlarmMs !== undefined && v.timeToAlarmMs >= 0 ? `ALARM after ${seconds(v.timeToAlarmMs)} s` : 'no ALARM'}`).join(', ')}).`);
  return failed({
    message: `${problems.join('; ')}.`,
    why: because('An alarm compares one statistic per Period with its threshold and goes to ALARM when DatapointsToAlarm of the last EvaluationPeriods breach: longer periods and more datapoints alarm later but flap less.', source),
    fix: [
      late ? 'To alarm sooner, shorten Period (high-resolution metrics allow 10 or 30 s) and keep DatapointsToAlarm × Period within the time allowed; DatapointsToAlarm can never exceed EvaluationPeriods.' : '',
      flapping ? 'To stop flapping, require several breaching datapoints out of a longer window (DatapointsToAlarm M out of EvaluationPeriods N), or a longer Period that smooths the waves.' : '',
    ].filter(Boolean).join(' '),
    nodes: reports.map(([node]) => node),
    edges: [],
    source,
    trace: traceAbout(run, reports.map(([node]) => node), /alarm|ALARM|OK/),
  });
};

export const reportedValue: Evaluator<'reported-value'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const found = reportsOf(run, input.context, requirement, 'values').filter(([, values]) => values[requirement.value] !== undefined);
  const source = requirement.notes ?? sourceForKind(input.context.kindOf(found[0]?.[0] ?? requirement.node ?? '') ?? requirement.kind) ?? OPERATIONS_NOTES.reportedValues;
  if (found.length === 0) return nothingReported(`"${requirement.value}"`, requirement, source);
  const meaning = requirement.meaning ?? requirement.value;
  const outside = found.filter(([, values]) => {
    const value = values[requirement.value]!;
    return (requirement.atLeast !== undefined && value < requirement.atLeast) || (requirement.atMost !== undefined && value > requirement.atMost);
  });
  const bounds = [requirement.atLeast !== undefined ? `at least ${requirement.atLeast}` : '', requirement.atMost !== undefined ? `at most ${requirement.atMost}` : ''].filter(Boolean).join(' and ');
  const shown = found.map(([node, values]) => `${node}: ${values[requirement.value]}`).join(', ');
  if (outside.length === 0) return passed(`${meaning} was ${shown} (${bounds}).`);
  const nodes = outside.map(([node]) => node);
  const explained = outside.flatMap(([node]) => (run.reports?.[node]?.events ?? []).filter((event) => event.detail !== undefined).map((event) => event.detail!)).slice(0, 3);
  return failed({
    message: `${meaning} was ${outside.map(([node, values]) => `${values[requirement.value]} at ${node}`).join(', ')}; it must be ${bounds}.${explained.length > 0 ? ` (${explained.join('; ')})` : ''}`,
    why: because('The value is measured from what the component did under the scenario\'s traffic and faults.', source),
    fix: 'See the replay for the steps that set it, and the component\'s settings in the inspector.',
    nodes,
    edges: [],
    source,
    trace: traceAbout(run, nodes, /./),
  });
};
