import { loadDesignValue } from '../../src/design/load.ts';
import { type Design, DESIGN_FORMAT } from '../../src/design/schema.ts';
import { judgeScenario, type ScenarioVerdict } from '../../src/scenario/judge.ts';
import { loadScenarioValue } from '../../src/scenario/load-scenario.ts';
import { evaluateRequirement, type RequirementResult } from '../../src/scenario/requirements/index.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import type { Requirement } from '../../src/scenario/schema.ts';
import { DesignContext } from '../../src/rules/context.ts';
import { runRules } from '../../src/rules/run.ts';
import type { MessageRecord, SimulationMetrics, SimulationResult, TraceEntry } from '../../src/sim/types.ts';

/** A minimal valid scenario document; tests override what they exercise. */
export function scenarioDocument(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'cloudwright.scenario/1',
    id: 'test-level',
    title: 'Test level',
    chapter: 'messaging',
    difficulty: 1,
    brief: 'Process the orders.',
    objectives: [{ text: 'Use a queue', section: 'SQS', facts: ['sqs.fifo.semantics'] }],
    palette: ['Actor::Client', 'AWS::SQS::Queue', 'AWS::Lambda::Function'],
    simulation: {
      seed: 7,
      traffic: [{ id: 'orders', ratePerSecond: 10, durationSeconds: 10 }],
      faults: [{ type: 'poison-message', attribute: 'orderId', value: '13' }],
    },
    requirements: [{ id: 'has-queue', label: 'Uses a queue', type: 'uses-kind', kind: 'AWS::SQS::Queue' }],
    hints: ['Think about queues.'],
    tests: {
      pass: [{ name: 'queue', design: { nodes: [{ id: 'q', kind: 'AWS::SQS::Queue' }] } }],
      fail: [{ name: 'empty', design: { nodes: [] }, failsWith: 'has-queue' }],
    },
    ...overrides,
  };
}

export function scenario(overrides: Record<string, unknown> = {}): Scenario {
  const loaded = loadScenarioValue(scenarioDocument(overrides));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return loaded.value;
}

export function design(nodes: unknown[], edges: unknown[] = []): Design {
  const loaded = loadDesignValue({ format: DESIGN_FORMAT, nodes, edges });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return loaded.value;
}

/** The fifo-orders shape: a client, a queue, a function, a dead-letter queue. */
export function queueDesign(queueConfig: Record<string, unknown> = { FifoQueue: true, ContentBasedDeduplication: true }, groupId = 'customerId'): Design {
  return design(
    [
      { id: 'shop', kind: 'Actor::Client' },
      { id: 'orders', kind: 'AWS::SQS::Queue', config: queueConfig },
      { id: 'fulfil', kind: 'AWS::Lambda::Function' },
    ],
    [
      { from: 'shop', to: 'orders', config: { messageGroupId: groupId } },
      { from: 'orders', to: 'fulfil' },
    ],
  );
}

export function message(id: string, fields: Partial<MessageRecord> = {}): MessageRecord {
  return { id, stream: 'orders', attributes: {}, sentAt: 0, processed: [], outcome: 'processed', ...fields };
}

export function metrics(overrides: Partial<SimulationMetrics> = {}): SimulationMetrics {
  return {
    sent: 0,
    processed: 0,
    duplicates: 0,
    outOfOrder: 0,
    lost: 0,
    deadLettered: 0,
    throttles: 0,
    staleReads: 0,
    maxStalenessMs: 0,
    latencyMs: { p50: 0, p95: 0, p99: 0, max: 0 },
    throughputPerSecond: 0,
    availability: 1,
    monthlyCostUsd: 0,
    costByNode: {},
    load: {},
    ...overrides,
  };
}

export function run(messages: MessageRecord[], overrides: Partial<SimulationMetrics> = {}, trace: TraceEntry[] = []): SimulationResult {
  return { durationMs: 60_000, events: messages.length, messages, metrics: metrics({ sent: messages.length, ...overrides }), trace };
}

/** Judges one requirement against a design and (optionally) a run. */
export function judgeOne(requirement: Record<string, unknown>, subject: Design, simulation?: SimulationResult, level: Scenario = scenario()): RequirementResult {
  const context = new DesignContext(subject);
  const parsed = scenario({ requirements: [requirement] }).requirements[0] as Requirement;
  return evaluateRequirement(parsed, { scenario: level, context, findings: runRules(context), run: simulation });
}

export function judge(level: Scenario, subject: Design, simulation?: SimulationResult): ScenarioVerdict {
  return judgeScenario(level, subject, runRules(subject), { run: simulation });
}
