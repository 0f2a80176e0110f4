import { createActor, waitFor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { type Design, DESIGN_FORMAT, runRules, type Scenario, validateDesign } from '../../src/bridge.ts';
import { sessionMachine } from '../../src/game/machines/session-machine.ts';
import { builtInScenario } from './campaign.ts';

const fifoOrders = (): Scenario => builtInScenario('fifo-orders');

function level(scenario: Scenario, design: { current: Design }, onPassed: (stars: number) => void = () => {}) {
  return createActor(sessionMachine, {
    input: {
      mode: 'level',
      hintCount: scenario.hints.length,
      currentDesign: () => design.current,
      validate: (current, onStage) => validateDesign(current, scenario, onStage),
      onPassed,
    },
  }).start();
}

describe('a level from brief to debrief', () => {
  it('starts on the brief, fails a wrong design with the failing requirement, then passes and records the stars', async () => {
    const scenario = fifoOrders();
    const design = { current: scenario.tests.fail.find((test) => test.failsWith === 'in-order')!.design.design };
    const recorded: number[] = [];
    const session = level(scenario, design, (stars) => recorded.push(stars));
    expect(session.getSnapshot().value).toBe('brief');
    session.send({ type: 'validate' });
    expect(session.getSnapshot().value).toBe('brief');
    session.send({ type: 'start' });
    expect(session.getSnapshot().value).toBe('building');

    const stages: string[] = [];
    session.subscribe((snapshot) => {
      if (snapshot.context.stage && stages.at(-1) !== snapshot.context.stage) stages.push(snapshot.context.stage);
    });
    session.send({ type: 'validate' });
    expect(session.getSnapshot().value).toBe('validating');
    let snapshot = await waitFor(session, (s) => s.value !== 'validating', { timeout: 20_000 });
    expect(snapshot.value).toBe('building');
    expect(snapshot.context.verdict?.passed).toBe(false);
    expect(snapshot.context.verdict?.requirements.find((r) => r.id === 'in-order')?.passed).toBe(false);
    expect(stages).toEqual(expect.arrayContaining(['checkingRules', 'simulating', 'judging']));
    expect(recorded).toEqual([]);

    design.current = scenario.tests.pass[0]!.design.design;
    session.send({ type: 'design.changed' });
    expect(session.getSnapshot().context.verdictStale).toBe(true);
    session.send({ type: 'validate' });
    snapshot = await waitFor(session, (s) => s.value !== 'validating', { timeout: 20_000 });
    expect(snapshot.value).toBe('debrief');
    expect(snapshot.context.verdict?.passed).toBe(true);
    expect(snapshot.context.verdict?.stars).toBeGreaterThanOrEqual(1);
    expect(snapshot.context.verdictStale).toBe(false);
    expect(recorded).toEqual([snapshot.context.verdict?.stars]);

    session.send({ type: 'keepBuilding' });
    expect(session.getSnapshot().value).toBe('building');
  }, 60_000);

  it('reveals hints one at a time and no more than the level has', () => {
    const scenario = fifoOrders();
    const session = level(scenario, { current: scenario.start!.design });
    for (let i = 0; i < scenario.hints.length + 2; i++) session.send({ type: 'hint' });
    expect(session.getSnapshot().context.hintsShown).toBe(scenario.hints.length);
  });

  it('an engine failure is reported and the player keeps building', async () => {
    const session = createActor(sessionMachine, {
      input: {
        mode: 'level',
        currentDesign: () => ({ format: DESIGN_FORMAT, nodes: [], edges: [] }),
        validate: () => Promise.reject(new Error('worker crashed')),
      },
    }).start();
    session.send({ type: 'start' });
    session.send({ type: 'validate' });
    const snapshot = await waitFor(session, (s) => s.value === 'building');
    expect(snapshot.context.error).toMatch(/worker crashed/);
  });
});

describe('the sandbox', () => {
  it('skips the brief and re-checks the rules on every edit', () => {
    const design: { current: Design } = { current: { format: DESIGN_FORMAT, nodes: [], edges: [] } };
    const session = createActor(sessionMachine, {
      input: { mode: 'sandbox', currentDesign: () => design.current, validate: (current, onStage) => validateDesign(current, undefined, onStage), liveFindings: runRules },
    }).start();
    expect(session.getSnapshot().value).toBe('building');
    expect(session.getSnapshot().context.findings).toEqual([]);
    design.current = {
      format: DESIGN_FORMAT,
      nodes: [
        { id: 'orders', kind: 'AWS::SQS::Queue', config: { FifoQueue: true } },
        { id: 'orders-dlq', kind: 'AWS::SQS::Queue' },
      ],
      edges: [{ from: 'orders', to: 'orders-dlq', role: 'dead-letter' }],
    };
    session.send({ type: 'design.changed' });
    const rules = session.getSnapshot().context.findings.map((finding) => finding.rule);
    expect(rules).toContain('sqs/fifo-dlq-must-be-fifo');
  });
});
