import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DesignContext } from '../../../src/rules/context.ts';
import { maxReceiveCountRange } from '../../../src/rules/messaging/sqs/max-receive-count-range.ts';
import { DESIGN_FORMAT } from '../../../src/design/schema.ts';

function redrive(value: number): DesignContext {
  return new DesignContext({
    format: DESIGN_FORMAT,
    nodes: [
      { id: 'orders', kind: 'AWS::SQS::Queue' },
      { id: 'orders-dlq', kind: 'AWS::SQS::Queue' },
    ],
    edges: [{ from: 'orders', to: 'orders-dlq', role: 'dead-letter', config: { maxReceiveCount: value } }],
  });
}

describe('edge range rules', () => {
  it('maxReceiveCount fires exactly outside 1–1,000', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100_000 }), (value) => {
        const fires = maxReceiveCountRange.check(redrive(value)).length > 0;
        expect(fires).toBe(value < 1 || value > 1_000);
      }),
    );
  });

  it('reports the edge, both ends and the property', () => {
    const [report] = maxReceiveCountRange.check(redrive(0));
    expect(report).toMatchObject({ nodes: ['orders', 'orders-dlq'], edges: ['orders->orders-dlq'], property: 'maxReceiveCount' });
    expect(report?.message).toContain('0');
  });

  it('only checks edges with the role it is about', () => {
    const design = new DesignContext({
      format: DESIGN_FORMAT,
      nodes: [
        { id: 'a', kind: 'AWS::SQS::Queue' },
        { id: 'b', kind: 'AWS::SQS::Queue' },
      ],
      // Without the dead-letter role this is not a redrive policy (another rule refuses the edge).
      edges: [{ from: 'a', to: 'b', config: { maxReceiveCount: 0 } }],
    });
    expect(maxReceiveCountRange.check(design)).toEqual([]);
  });
});
