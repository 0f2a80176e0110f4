import type { DesignNode } from '../../design/schema.ts';
import type { NodeReport } from '../types.ts';
import type { Reply, Work } from './work.ts';
import type { SimWorld } from './world.ts';

/** Why a node stopped: its own failure or its Availability Zone's. */
export type FailureCause = 'node' | 'az';

/**
 * What a kind does with traffic. One file per kind implements it and registers a factory in
 * src/sim/behaviours/registry.ts; the scheduler knows nothing about kinds.
 */
export interface Behaviour {
  readonly node: DesignNode;
  /** Called once the whole design is built, before traffic starts. */
  start?(): void;
  /** Work arrives; `reply` answers the caller (synchronously when the answer can be computed). */
  receive(work: Work, reply: Reply): void;
  /** A fault stops the node (or its AZ, given the AZ name). */
  fail?(cause: FailureCause, az: string): void;
  recover?(): void;
  /** End of the run: settle what is still waiting (pending messages). */
  finish?(): void;
  /** For consumers that pollers feed (functions, workers): how many more batches may start now. */
  availableConcurrency?(): number;
  /** Called whenever a running invocation ends, so pollers waiting for capacity try again. */
  onCapacityFreed?(listener: () => void): void;
  /** Estimated monthly cost from the run's rates, in USD. */
  monthlyCostUsd?(runMs: number): number;
  /** What the kind measured of its own behaviour, for SimulationResult.reports (after finish). */
  report?(runMs: number): NodeReport | undefined;
}

export type BehaviourFactory = (node: DesignNode, world: SimWorld) => Behaviour;
