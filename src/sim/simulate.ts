import type { Design } from '../design/schema.ts';
import { DesignContext } from '../rules/context.ts';
import { dataRouteOf } from './core/aggregated-requests.ts';
import type { Behaviour } from './core/behaviour.ts';
import { stringSetting } from './core/config.ts';
import { CLIENT, SQS_QUEUE } from './core/kinds.ts';
import { computeMetrics } from './core/metrics.ts';
import { findOutOfOrder } from './core/ordering.ts';
import { TrafficSource } from './core/traffic.ts';
import { SimWorld } from './core/world.ts';
import type { Client } from './behaviours/client/client.ts';
import { Ignored } from './behaviours/ignored.ts';
import { BEHAVIOURS, PASS_THROUGH_KINDS, passThrough } from './behaviours/registry.ts';
import { type NodeReport, SimulationSettings, type SimulationResult } from './types.ts';

/** Out-of-order events are traced one by one up to this many. */
const TRACED_OUT_OF_ORDER = 200;

/** A settings or design problem that stops a run before it starts: the message says where. */
export class SimulationInputError extends Error {
  override name = 'SimulationInputError';
}

/**
 * Runs the design under the scenario's traffic and faults on a virtual clock with a seeded random
 * source: the same design and settings always give the same result and trace.
 */
export function simulate(design: Design, settings: SimulationSettings): SimulationResult {
  const parsed = SimulationSettings.safeParse(settings);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `settings.${issue.path.join('.')}: ${issue.message}`);
    throw new SimulationInputError(`Invalid simulation settings: ${problems.join('; ')}`);
  }
  const world = new SimWorld(new DesignContext(design), parsed.data);
  buildBehaviours(world);
  const sources = createTraffic(world);
  scheduleFaults(world);
  for (const behaviour of world.behaviours.values()) behaviour.start?.();
  for (const source of sources) source.start();
  world.trafficEndsAt = Math.max(0, ...sources.map((source) => source.endsAt));
  world.clock.runUntil(world.trafficEndsAt + world.settings.drainSeconds * 1000);
  const runMs = world.now;
  for (const behaviour of world.behaviours.values()) behaviour.finish?.();
  for (const source of sources) source.finish();
  const outOfOrder = findOutOfOrder(world.messages, orderAttributes(world));
  for (const event of outOfOrder.slice(0, TRACED_OUT_OF_ORDER)) {
    world.log(event.at, event.consumer, 'processedOutOfOrder', event.message, `processed before ${event.overtook.record.id}, which was sent earlier`);
  }
  for (const message of world.messages) if (message.outcomeRank < 0) message.record.outcome = 'pending';
  const reports = collectReports(world, runMs);
  return {
    durationMs: runMs,
    events: world.clock.processed,
    messages: world.messages.map((message) => message.record),
    metrics: computeMetrics(world, runMs, outOfOrder.length),
    trace: world.trace.entries(),
    ...(world.aggregated.size > 0 ? { aggregated: Object.fromEntries(world.aggregated) } : {}),
    ...(reports ? { reports } : {}),
  };
}

/** Each behaviour's own measurements (load balancers, fleets, databases, deployments), by node id. */
function collectReports(world: SimWorld, runMs: number): Record<string, NodeReport> | undefined {
  const reports: Record<string, NodeReport> = {};
  for (const [id, behaviour] of world.behaviours) {
    const report = behaviour.report?.(runMs);
    if (report) reports[id] = report;
  }
  return Object.keys(reports).length > 0 ? reports : undefined;
}

function buildBehaviours(world: SimWorld): void {
  for (const node of world.design.nodes) {
    const factory = BEHAVIOURS[node.kind] ?? (PASS_THROUGH_KINDS.includes(node.kind) ? passThrough : undefined);
    const behaviour: Behaviour = factory ? factory(node, world) : new Ignored(node, world);
    world.behaviours.set(node.id, behaviour);
  }
}

function createTraffic(world: SimWorld): TrafficSource[] {
  // By default traffic enters at every client that connects to something (a client that only
  // receives, like an SNS email subscriber, sends nothing).
  const clientIds = world.design.nodesOfKind(CLIENT).map((node) => node.id);
  const senders = clientIds.filter((id) => world.design.edgesFrom(id).length > 0);
  const allClients = senders.length > 0 ? senders : clientIds;
  return world.settings.traffic.map((stream, index) => {
    const clients = stream.from ?? allClients;
    for (const id of clients) {
      if (world.design.kindOf(id) !== CLIENT) throw new SimulationInputError(`settings.traffic.${index}.from: "${id}" is not an Actor::Client node of the design`);
    }
    const clientOf = (clientId: string) => world.behaviours.get(clientId) as Client;
    return new TrafficSource(
      world,
      stream,
      clients,
      (clientId, message) => clientOf(clientId).emit(message),
      (clientId) => dataRouteOf(world, clientId, clientOf(clientId).router.dataPath, clientOf(clientId).router.passesOn),
    );
  });
}

function scheduleFaults(world: SimWorld): void {
  world.settings.faults.forEach((fault, index) => {
    if (fault.type === 'node-failure') {
      const targets = [...world.behaviours.values()].filter((behaviour) => (fault.node === undefined || behaviour.node.id === fault.node) && (fault.kind === undefined || behaviour.node.kind === fault.kind));
      if (fault.node !== undefined && targets.length === 0) throw new SimulationInputError(`settings.faults.${index}.node: "${fault.node}" is not a node of the design`);
      world.at(fault.atSeconds * 1000, () => {
        for (const target of targets) {
          world.log(world.now, target.node.id, 'nodeFailed');
          target.fail?.('node', world.azOf(target.node));
        }
      });
      if (fault.recoverSeconds !== undefined)
        world.at(fault.recoverSeconds * 1000, () => {
          for (const target of targets) target.recover?.();
        });
    } else if (fault.type === 'az-failure') {
      world.at(fault.atSeconds * 1000, () => {
        world.log(world.now, `az-${fault.az}`, 'azFailed', undefined, `Availability Zone ${fault.az} fails`);
        for (const behaviour of world.behaviours.values()) behaviour.fail?.('az', fault.az);
      });
      if (fault.recoverSeconds !== undefined)
        world.at(fault.recoverSeconds * 1000, () => {
          for (const behaviour of world.behaviours.values()) behaviour.recover?.();
        });
    }
  });
}

/** The attributes whose order is checked: settings.orderBy, else the message group attributes of edges into FIFO queues. */
function orderAttributes(world: SimWorld): string[] {
  if (world.settings.orderBy !== undefined) return [world.settings.orderBy];
  const attributes = new Set<string>();
  for (const edge of world.design.edges) {
    if (world.design.kindOf(edge.to) !== SQS_QUEUE && world.design.kindOf(edge.to) !== 'AWS::SNS::Topic') continue;
    const attribute = stringSetting(world.edgeConfig(edge), 'messageGroupId', '');
    if (attribute) attributes.add(attribute);
  }
  return [...attributes];
}
