import { describe, expect, it } from 'vitest';
import { design, judgeOne, queueDesign } from './helpers.ts';

const table = (config: Record<string, unknown>) => design([{ id: 'products', kind: 'AWS::DynamoDB::Table', config }]);

describe('property requirements', () => {
  it('compares with equals, and reads AWS defaults for keys left out', () => {
    const requirement = { id: 'fifo', label: 'A FIFO queue', type: 'property', kind: 'AWS::SQS::Queue', property: 'FifoQueue', equals: true };
    expect(judgeOne(requirement, queueDesign()).passed).toBe(true);
    const standard = judgeOne(requirement, queueDesign({}));
    expect(standard.passed).toBe(false);
    expect(standard.message).toMatch(/orders: FifoQueue is false/);
    expect(standard.nodes).toEqual(['orders']);
  });

  it('reaches nested CloudFormation properties by dotted path with atMost', () => {
    const requirement = { id: 'budget', label: 'At most 400 RCU', type: 'property', kind: 'AWS::DynamoDB::Table', property: 'ProvisionedThroughput.ReadCapacityUnits', atMost: 400 };
    expect(judgeOne(requirement, table({ ProvisionedThroughput: { ReadCapacityUnits: 400, WriteCapacityUnits: 50 } })).passed).toBe(true);
    const over = judgeOne(requirement, table({ ProvisionedThroughput: { ReadCapacityUnits: 1000, WriteCapacityUnits: 50 } }));
    expect(over.passed).toBe(false);
    expect(over.message).toMatch(/ReadCapacityUnits is 1000/);
    expect(judgeOne(requirement, table({})).passed).toBe(false);
  });

  it('supports oneOf and atLeast', () => {
    const oneOf = { id: 'mode', label: 'Provisioned', type: 'property', kind: 'AWS::DynamoDB::Table', property: 'BillingMode', oneOf: ['PROVISIONED'] };
    expect(judgeOne(oneOf, table({})).passed).toBe(true);
    expect(judgeOne(oneOf, table({ BillingMode: 'PAY_PER_REQUEST' })).passed).toBe(false);
    const atLeast = { id: 'vt', label: 'Long visibility', type: 'property', kind: 'AWS::SQS::Queue', property: 'VisibilityTimeout', atLeast: 60 };
    expect(judgeOne(atLeast, queueDesign({ VisibilityTimeout: 90 })).passed).toBe(true);
    expect(judgeOne(atLeast, queueDesign({})).passed).toBe(false);
  });

  it('with match: any, one compliant node is enough; with all, every node must comply', () => {
    const two = design([
      { id: 'a', kind: 'AWS::SQS::Queue', config: { FifoQueue: true } },
      { id: 'b', kind: 'AWS::SQS::Queue' },
    ]);
    const requirement = { id: 'fifo', label: 'FIFO', type: 'property', kind: 'AWS::SQS::Queue', property: 'FifoQueue', equals: true };
    expect(judgeOne({ ...requirement, match: 'any' }, two).passed).toBe(true);
    const all = judgeOne(requirement, two);
    expect(all.passed).toBe(false);
    expect(all.nodes).toEqual(['b']);
  });

  it('fails plainly when the design has no node of the kind', () => {
    const result = judgeOne({ id: 'fifo', label: 'FIFO', type: 'property', kind: 'AWS::SNS::Topic', property: 'FifoTopic', equals: true }, queueDesign());
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/no SNS topic/);
  });
});
