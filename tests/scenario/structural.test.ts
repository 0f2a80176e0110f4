import { describe, expect, it } from 'vitest';
import { design, judgeOne, queueDesign } from './helpers.ts';

const syncCall = design(
  [
    { id: 'shop', kind: 'Actor::Client' },
    { id: 'fulfil', kind: 'AWS::Lambda::Function' },
  ],
  [{ from: 'shop', to: 'fulfil', config: { invocationType: 'RequestResponse' } }],
);

describe('uses-kind and forbids-kind', () => {
  it('passes when the kind is there and fails naming the count when it is not', () => {
    const requirement = { id: 'q', label: 'Uses a queue', type: 'uses-kind', kind: 'AWS::SQS::Queue' };
    expect(judgeOne(requirement, queueDesign()).passed).toBe(true);
    const result = judgeOne(requirement, syncCall);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/0 SQS queues/);
  });

  it('counts against atLeast', () => {
    const result = judgeOne({ id: 'q', label: 'Two queues', type: 'uses-kind', kind: 'AWS::SQS::Queue', atLeast: 2 }, queueDesign());
    expect(result.passed).toBe(false);
    expect(result.nodes).toEqual(['orders']);
  });

  it('forbids a kind and names the offending nodes', () => {
    const requirement = { id: 'no-sync', label: 'No functions', type: 'forbids-kind', kind: 'AWS::Lambda::Function' };
    const result = judgeOne(requirement, syncCall);
    expect(result.passed).toBe(false);
    expect(result.nodes).toEqual(['fulfil']);
    expect(judgeOne({ ...requirement, kind: 'AWS::SNS::Topic' }, syncCall).passed).toBe(true);
  });
});

describe('path-exists', () => {
  const requirement = { id: 'path', label: 'Orders reach the function', type: 'path-exists', from: { kind: 'Actor::Client' }, to: { kind: 'AWS::Lambda::Function' } };

  it('finds a path through the queue and names its nodes and edges', () => {
    const result = judgeOne(requirement, queueDesign());
    expect(result.passed).toBe(true);
    expect(result.nodes).toEqual(['shop', 'orders', 'fulfil']);
    expect(result.edges).toEqual(['shop->orders', 'orders->fulfil']);
  });

  it('fails when the edge points the wrong way', () => {
    const reversed = design(
      [
        { id: 'shop', kind: 'Actor::Client' },
        { id: 'orders', kind: 'AWS::SQS::Queue' },
      ],
      [],
    );
    const result = judgeOne({ ...requirement, to: { kind: 'AWS::SQS::Queue' } }, reversed);
    expect(result.passed).toBe(false);
    expect(result.fix).toMatch(/Connect/);
  });
});

describe('decoupled', () => {
  const requirement = { id: 'decoupled', label: 'Taking an order does not wait on fulfilling it', type: 'decoupled', from: { kind: 'Actor::Client' }, to: { kind: 'AWS::Lambda::Function' } };

  it('passes when a queue sits between them, naming the kinds as players see them', () => {
    const result = judgeOne(requirement, queueDesign());
    expect(result.passed).toBe(true);
    expect(result.message).toBe('Nothing a Client does waits on a Lambda function.');
  });

  it('fails a synchronous invocation and names the path', () => {
    const result = judgeOne(requirement, syncCall);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/shop waits on fulfil/);
    expect(result.edges).toEqual(['shop->fulfil']);
    expect(result.why).toMatch(/The notes \(SQS\)/);
  });

  it('counts an asynchronous (Event) invocation as decoupled', () => {
    const asyncCall = design(
      [
        { id: 'shop', kind: 'Actor::Client' },
        { id: 'fulfil', kind: 'AWS::Lambda::Function' },
      ],
      [{ from: 'shop', to: 'fulfil', config: { invocationType: 'Event' } }],
    );
    expect(judgeOne(requirement, asyncCall).passed).toBe(true);
  });

  it('finds a synchronous chain through a middle function', () => {
    const chain = design(
      [
        { id: 'shop', kind: 'Actor::Client' },
        { id: 'take', kind: 'AWS::Lambda::Function' },
        { id: 'orders', kind: 'AWS::SQS::Queue' },
        { id: 'fulfil', kind: 'AWS::Lambda::Function' },
      ],
      [
        { from: 'shop', to: 'take' },
        { from: 'take', to: 'orders' },
        { from: 'orders', to: 'fulfil' },
      ],
    );
    const result = judgeOne({ ...requirement, to: { node: 'fulfil' } }, chain);
    expect(result.passed).toBe(true);
    const direct = judgeOne({ ...requirement, to: { node: 'take' } }, chain);
    expect(direct.passed).toBe(false);
    expect(direct.nodes).toEqual(['shop', 'take']);
  });
});

describe('max-components', () => {
  it('counts components but not actors', () => {
    const requirement = { id: 'small', label: 'At most two components', type: 'max-components', atMost: 2 };
    expect(judgeOne(requirement, queueDesign()).passed).toBe(true);
    const result = judgeOne({ ...requirement, atMost: 1 }, queueDesign());
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/2 components/);
  });
});

describe('selectors naming several kinds', () => {
  it('decoupled checks every kind listed', () => {
    const requirement = { id: 'decoupled', label: 'Not waiting', type: 'decoupled', from: { kind: 'Actor::Client' }, to: { kind: ['AWS::ECS::Service', 'AWS::Lambda::Function'] } };
    const result = judgeOne(requirement, syncCall);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/shop waits on fulfil/);
  });
});
