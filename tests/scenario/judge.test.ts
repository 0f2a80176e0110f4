import { describe, expect, it } from 'vitest';
import { NO_ERROR_FINDINGS_ID, needsRun, PALETTE_ONLY_ID } from '../../src/scenario/judge.ts';
import { design, judge, message, queueDesign, run, scenario } from './helpers.ts';

const level = scenario({
  requirements: [
    { id: 'has-queue', label: 'Uses a queue', type: 'uses-kind', kind: 'AWS::SQS::Queue' },
    { id: 'once', label: 'Each order once', type: 'exactly-once' },
  ],
  bonus: [
    { id: 'cheap', label: 'Under $10 a month', type: 'monthly-cost', atMostUsd: 10 },
    { id: 'small', label: 'Two components', type: 'max-components', atMost: 2 },
  ],
});
const clean = run([message('m1', { processed: [{ at: 5, by: 'fulfil' }] })], { monthlyCostUsd: 4 });

describe('judging a scenario', () => {
  it('adds the implicit "no error findings" and "palette only" requirements first', () => {
    const verdict = judge(level, queueDesign(), clean);
    expect(verdict.requirements.map((r) => r.id)).toEqual([NO_ERROR_FINDINGS_ID, PALETTE_ONLY_ID, 'has-queue', 'once']);
    expect(verdict.passed).toBe(true);
  });

  it('fails a design using kinds outside the palette, unless the starting design has them', () => {
    const withTopic = design(
      [
        { id: 'q', kind: 'AWS::SQS::Queue' },
        { id: 'events', kind: 'AWS::SNS::Topic' },
      ],
      [{ from: 'events', to: 'q' }],
    );
    const outside = judge(level, withTopic, clean).requirements.find((r) => r.id === PALETTE_ONLY_ID)!;
    expect(outside.passed).toBe(false);
    expect(outside.message).toBe("events (AWS::SNS::Topic) is not in this level's palette.");
    expect(outside.nodes).toEqual(['events']);
    const started = scenario({ start: { nodes: [{ id: 'events', kind: 'AWS::SNS::Topic' }] } });
    expect(judge(started, withTopic, clean).requirements.find((r) => r.id === PALETTE_ONLY_ID)!.passed).toBe(true);
  });

  it('a design with an error finding never passes, whatever its behaviour', () => {
    const refused = design(
      [
        { id: 'shop', kind: 'Actor::Client' },
        { id: 'orders', kind: 'AWS::SQS::Queue' },
        { id: 'products', kind: 'AWS::DynamoDB::Table' },
      ],
      [{ from: 'orders', to: 'products' }],
    );
    const verdict = judge(level, refused, clean);
    expect(verdict.passed).toBe(false);
    expect(verdict.stars).toBe(0);
    const implicit = verdict.requirements[0]!;
    expect(implicit.passed).toBe(false);
    expect(implicit.message).toMatch(/design\/connection-not-offered/);
    expect(implicit.edges).toEqual(['orders->products']);
  });

  it('gives one star for passing and one per bonus goal met, at most three', () => {
    expect(judge(level, queueDesign(), clean).stars).toBe(3);
    expect(judge(level, queueDesign(), run(clean.messages, { monthlyCostUsd: 40 })).stars).toBe(2);
    const failing = run([message('m1', { processed: [{ at: 5, by: 'fulfil' }, { at: 9, by: 'fulfil' }] })]);
    const verdict = judge(level, queueDesign(), failing);
    expect(verdict.passed).toBe(false);
    expect(verdict.stars).toBe(0);
    expect(verdict.bonus.map((goal) => goal.id)).toEqual(['cheap', 'small']);
  });

  it('is deterministic: the same design and run give the same verdict', () => {
    expect(JSON.stringify(judge(level, queueDesign(), clean))).toEqual(JSON.stringify(judge(level, queueDesign(), clean)));
  });

  it('knows when a run is needed', () => {
    expect(needsRun(level)).toBe(true);
    expect(needsRun(scenario())).toBe(false);
  });
});
