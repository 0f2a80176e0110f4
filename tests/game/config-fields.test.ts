import { describe, expect, it } from 'vitest';
import { acceptanceFor, componentFor, limitFor } from '../../src/bridge.ts';
import { configFields, formatFieldValue, parseFieldInput } from '../../src/ui/inspector/config-fields.ts';

const sqsFields = () => configFields(componentFor('AWS::SQS::Queue')!.config, 'AWS::SQS::Queue');
const field = (key: string) => sqsFields().find((candidate) => candidate.key === key)!;

describe('inspector fields from the catalog schema', () => {
  it('reads controls, AWS defaults, units and help from the schema', () => {
    expect(field('FifoQueue')).toMatchObject({ control: 'boolean', defaultValue: false, cloudFormation: true });
    expect(field('VisibilityTimeout')).toMatchObject({ control: 'number', integer: true, defaultValue: 30, unit: 's' });
    expect(field('VisibilityTimeout').description).toMatch(/hidden/);
    expect(field('FifoThroughputLimit')).toMatchObject({ control: 'select', options: ['perQueue', 'perMessageGroupId'] });
    expect(field('FifoThroughputLimit').defaultValue).toBeUndefined();
  });

  it('bounds a number by the rule that limits it, with the rule’s notes', () => {
    const limit = limitFor('AWS::SQS::Queue', 'VisibilityTimeout');
    expect(limit?.max).toBe(43_200);
    expect(field('VisibilityTimeout').limit).toEqual(limit);
  });

  it('marks camelCase keys as game settings and reads edge schemas too', () => {
    const edge = configFields(acceptanceFor('AWS::SQS::Queue', 'AWS::Lambda::Function', undefined)!.config!);
    const types = edge.find((candidate) => candidate.key === 'FunctionResponseTypes');
    expect(types).toMatchObject({ control: 'multi', options: ['ReportBatchItemFailures'] });
    const group = configFields(acceptanceFor('Actor::Client', 'AWS::SQS::Queue', undefined)!.config!).find((candidate) => candidate.key === 'messageGroupId');
    expect(group).toMatchObject({ control: 'text', cloudFormation: false });
  });
});

describe('what the player types', () => {
  it('turns text into checked values; empty means the default', () => {
    expect(parseFieldInput(field('VisibilityTimeout'), '60')).toEqual({ ok: true, value: 60 });
    expect(parseFieldInput(field('VisibilityTimeout'), '  ')).toEqual({ ok: true, value: undefined });
    expect(parseFieldInput(field('FifoQueue'), true)).toEqual({ ok: true, value: true });
  });

  it('explains a value the schema rejects, naming the field', () => {
    const notNumber = parseFieldInput(field('VisibilityTimeout'), 'soon');
    expect(notNumber).toEqual({ ok: false, message: 'VisibilityTimeout must be a number' });
    const fraction = parseFieldInput(field('VisibilityTimeout'), '1.5');
    expect(fraction.ok).toBe(false);
    const wrongEnum = parseFieldInput(field('FifoThroughputLimit'), 'fast');
    expect(wrongEnum.ok).toBe(false);
    expect(!wrongEnum.ok && wrongEnum.message).toMatch(/^FifoThroughputLimit: /);
  });

  it('reads lists and JSON, and shows them back the same way', () => {
    const fields = configFields(componentFor('AWS::IAM::Role')!.config);
    const list = fields.find((candidate) => candidate.control === 'list')!;
    expect(parseFieldInput(list, 'a, b ,c')).toEqual({ ok: true, value: ['a', 'b', 'c'] });
    expect(formatFieldValue(list, ['a', 'b'])).toBe('a, b');
    const json = configFields(componentFor('AWS::DynamoDB::Table')!.config).find((candidate) => candidate.control === 'json')!;
    const bad = parseFieldInput(json, '{oops');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/must be JSON/);
  });
});
