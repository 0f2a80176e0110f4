import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DesignContext } from '../../../src/rules/context.ts';
import { lambdaRecordAgeRange } from '../../../src/rules/messaging/kinesis/lambda-record-age-range.ts';
import { maxReceiveCountRange } from '../../../src/rules/messaging/sqs/max-receive-count-range.ts';
import { DESIGN_FORMAT } from '../../../src/design/schema.ts';

function streamTrigger(value: number): DesignContext {
  return new DesignContext({
    format: DESIGN_FORMAT,
    nodes: [
      { id: 'clicks', kind: 'AWS::Kinesis::Stream', config: { ShardCount: 1 } },
      { id: 'fn', kind: 'AWS::Lambda::Function' },
    ],
    edges: [{ from: 'clicks', to: 'fn', config: { MaximumRecordAgeInSeconds: value } }],
  });
}

describe('edge range rules', () => {
  it('MaximumRecordAgeInSeconds fires exactly outside -1 and 60–604,800', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000, max: 1_000_000 }), (value) => {
        const fires = lambdaRecordAgeRange.check(streamTrigger(value)).length > 0;
        expect(fires).toBe(value !== -1 && (value < 60 || value > 604_800));
      }),
    );
  });

  it('reports the edge, both ends and the property', () => {
    const [report] = lambdaRecordAgeRange.check(streamTrigger(30));
    expect(report).toMatchObject({ nodes: ['clicks', 'fn'], edges: ['clicks->fn'], property: 'MaximumRecordAgeInSeconds' });
    expect(report?.message).toContain('30 s');
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
