import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../src/scenario/lint.ts';
import { scenario } from './helpers.ts';

const FACTS = new Set(['sqs.fifo.semantics', 'sqs.dlq']);
const lint = (overrides: Record<string, unknown>, notesText?: string) =>
  lintScenario({ ...scenario(overrides), file: 'level.yaml' }, { knownFactIds: FACTS, notesText }).map((p) => `${p.path}: ${p.message}`);

describe('linting a scenario', () => {
  it('finds nothing wrong with a sound scenario', () => {
    expect(lint({})).toEqual([]);
  });

  it('refuses palette kinds the catalog does not have', () => {
    expect(lint({ palette: ['AWS::SQS::Queue', 'AWS::Teleporter::Beam'] })).toEqual(['palette[1]: "AWS::Teleporter::Beam" is not a kind in the catalog']);
  });

  it('refuses fact ids that are not in facts.tsv', () => {
    expect(lint({ objectives: [{ text: 't', section: 'SQS', facts: ['sqs.dlq', 'sqs.made-up'] }] })).toEqual([
      'objectives[0].facts[1]: "sqs.made-up" is not an id in facts.tsv',
    ]);
  });

  it('refuses must-fail tests naming a requirement or rule that does not exist, or a warning rule', () => {
    const problems = lint({
      tests: {
        pass: [{ name: 'ok', design: { nodes: [] } }],
        fail: [
          { name: 'a', design: { nodes: [] }, failsWith: 'no-such-thing' },
          { name: 'b', design: { nodes: [] }, failsWith: 'design/unknown-kind' },
          { name: 'c', design: { nodes: [] }, failsWith: 'no-error-findings' },
        ],
      },
    });
    expect(problems).toEqual([
      'tests.fail[0].failsWith: "no-such-thing" is neither a requirement id of this scenario nor a rule id',
      'tests.fail[1].failsWith: rule "design/unknown-kind" reports a warning, which does not fail a scenario',
    ]);
  });

  it('needs at least one must-pass and one must-fail design, and a hint', () => {
    expect(lint({ tests: { pass: [], fail: [] }, hints: [] })).toEqual([
      'tests.pass: needs at least one design that must pass',
      'tests.fail: needs at least one design that must fail',
      'hints: needs at least one hint',
    ]);
  });

  it('checks references: node ids need a starting design, streams and faults must exist', () => {
    const problems = lint({
      requirements: [
        { id: 'p', label: 'path', type: 'path-exists', from: { node: 'shop' }, to: { kind: 'AWS::Nope::Nope' } },
        { id: 'l', label: 'latency', type: 'latency', stream: 'nope', atMostMs: 5 },
        { id: 'a', label: 'up', type: 'availability', atLeast: 0.9, duringFault: 3 },
        { id: 'c', label: 'config', type: 'property', kind: 'AWS::SQS::Queue', property: 'FifoQueu', equals: true },
      ],
      tests: { pass: [{ name: 'ok', design: { nodes: [] } }], fail: [{ name: 'f', design: { nodes: [] }, failsWith: 'p' }] },
    });
    expect(problems).toEqual([
      'requirements[0].from.node: no node "shop" in the starting design (name a kind, or add the node to start)',
      'requirements[0].to.kind: "AWS::Nope::Nope" is not a kind in the catalog',
      'requirements[1].stream: no traffic stream has the id "nope"',
      'requirements[2].duringFault: there is no fault number 3 (faults are counted from 0)',
      'requirements[3].property: AWS::SQS::Queue has no property "FifoQueu"',
    ]);
  });

  it('checks that traffic enters at clients of the starting design', () => {
    const simulation = { traffic: [{ id: 'orders', from: ['web'], ratePerSecond: 1, durationSeconds: 1 }] };
    expect(lint({ simulation })).toEqual(['simulation.traffic[0].from[0]: no client "web" in the starting design (traffic enters at Actor::Client nodes)']);
    expect(lint({ simulation, start: { nodes: [{ id: 'web', kind: 'Actor::Client' }] } })).toEqual([]);
  });

  it('checks objective sections against the notes headings', () => {
    expect(lint({ objectives: [{ text: 't', section: 'Queues', facts: [] }] }, 'SQS\nQueues are useful.')).toEqual([
      'objectives[0].section: "Queues" is not a section heading of the study notes',
    ]);
  });

  it('checks quoted notes sentences against the notes', () => {
    const requirements = [{ id: 'r', label: 'L', type: 'uses-kind', kind: 'AWS::SQS::Queue', notes: { section: 'SQS', quote: 'Queues are magic.' } }];
    expect(lint({ requirements, tests: { pass: [{ name: 'ok', design: { nodes: [] } }], fail: [{ name: 'f', design: { nodes: [] }, failsWith: 'r' }] } }, 'SQS\nQueues are useful.')).toEqual([
      'requirements[0].notes.quote: this sentence does not appear in the study notes (quote it exactly)',
    ]);
  });
});
