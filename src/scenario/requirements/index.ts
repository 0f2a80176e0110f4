import type { Requirement, RequirementType } from '../schema.ts';
import { decoupled, forbidsKind, maxComponents, paletteOnly, pathExists, usesKind } from './structural.ts';
import { property } from './configuration.ts';
import { exactlyOnce, faultyDeadLettered, nothingLost, processedBy } from './delivery.ts';
import { noErrorFindings } from './findings.ts';
import { alarm, deployment, downtime, httpErrors, minCapacity, reportedValue, sessionsLost, staleReads } from './operations.ts';
import { ordered } from './ordering.ts';
import { availability, latency, monthlyCost, staleness, throttles, throughput } from './performance.ts';
import { because, type Evaluator, type JudgeInput, type Outcome, type RequirementResult, wasJudged } from './result.ts';

const EVALUATORS: { [T in RequirementType]: Evaluator<T> } = {
  'uses-kind': usesKind,
  'forbids-kind': forbidsKind,
  'path-exists': pathExists,
  decoupled,
  'max-components': maxComponents,
  property,
  ordered,
  'exactly-once': exactlyOnce,
  'nothing-lost': nothingLost,
  'faulty-dead-lettered': faultyDeadLettered,
  'processed-by': processedBy,
  latency,
  throughput,
  throttles,
  staleness,
  availability,
  'monthly-cost': monthlyCost,
  downtime,
  'min-capacity': minCapacity,
  deployment,
  'http-errors': httpErrors,
  'sessions-lost': sessionsLost,
  'stale-reads': staleReads,
  alarm,
  'reported-value': reportedValue,
  'no-error-findings': noErrorFindings,
  'palette-only': paletteOnly,
};

/** Kinds judged from the simulation run (the rest read the design or its findings). */
export const BEHAVIOURAL_TYPES: ReadonlySet<RequirementType> = new Set([
  'ordered',
  'exactly-once',
  'nothing-lost',
  'faulty-dead-lettered',
  'processed-by',
  'latency',
  'throughput',
  'throttles',
  'staleness',
  'availability',
  'monthly-cost',
  'downtime',
  'min-capacity',
  'deployment',
  'http-errors',
  'sessions-lost',
  'stale-reads',
  'alarm',
  'reported-value',
]);

export function evaluateRequirement(requirement: Requirement, input: JudgeInput): RequirementResult {
  const evaluate = EVALUATORS[requirement.type] as Evaluator<RequirementType>;
  const outcome = withOverrides(requirement, evaluate(requirement as never, input));
  return { id: requirement.id, label: requirement.label, type: requirement.type, ...outcome };
}

/** A level's own why and fix replace the kind's on failure; the notes sentence (the level's `notes`, or the kind's) is still quoted. */
function withOverrides(requirement: Requirement, outcome: Outcome): Outcome {
  if (outcome.passed || !wasJudged(outcome)) return outcome;
  return {
    ...outcome,
    ...(requirement.why !== undefined ? { why: because(requirement.why, outcome.source) } : {}),
    ...(requirement.fix !== undefined ? { fix: requirement.fix } : {}),
  };
}

export type { JudgeInput, RequirementResult } from './result.ts';
