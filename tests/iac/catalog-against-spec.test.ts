import { describe, expect, it } from 'vitest';
import { allComponents } from '../../src/catalog/index.ts';
import { arnOf } from '../../src/iac/aws-kinds.ts';
import { isOwnProperty, ROUTED_PROPERTIES } from '../../src/iac/export/build-template.ts';
import { REQUIRED_PROPERTIES } from '../../src/iac/export/required-values.ts';
import { specResource } from './spec-check.ts';

const AWS_KINDS = allComponents().filter((component) => component.kind.startsWith('AWS::'));

/** Resource types that carry an edge's PascalCase config, by the kinds the edge joins. */
const EDGE_RESOURCE: ReadonlyArray<{ from: string; to: string; role?: string; type: string }> = [
  { from: 'AWS::SQS::Queue', to: 'AWS::Lambda::Function', type: 'AWS::Lambda::EventSourceMapping' },
  { from: 'AWS::Kinesis::Stream', to: 'AWS::Lambda::Function', type: 'AWS::Lambda::EventSourceMapping' },
  { from: 'AWS::DynamoDB::Table', to: 'AWS::Lambda::Function', type: 'AWS::Lambda::EventSourceMapping' },
  { from: 'AWS::SNS::Topic', to: 'AWS::SQS::Queue', type: 'AWS::SNS::Subscription' },
];

describe('what the export knows about CloudFormation agrees with the resource specification', () => {
  it('every modelled kind is a CloudFormation resource type', () => {
    expect(AWS_KINDS.filter((component) => !specResource(component.kind)).map((component) => component.kind)).toEqual([]);
  });

  it('the table of required properties is the specification’s, for every modelled kind', () => {
    const wrong: string[] = [];
    for (const { kind } of AWS_KINDS) {
      const spec = specResource(kind);
      if (!spec) continue;
      const required = Object.entries(spec.properties)
        .filter(([, property]) => property.required)
        .map(([name]) => name)
        .sort();
      const listed = [...(REQUIRED_PROPERTIES[kind] ?? [])].sort();
      if (JSON.stringify(required) !== JSON.stringify(listed)) wrong.push(`${kind}: spec requires [${required}], table lists [${listed}]`);
    }
    expect(wrong).toEqual([]);
  });

  it('every PascalCase config key the export writes on a resource is a property of it', () => {
    const wrong: string[] = [];
    for (const component of AWS_KINDS) {
      const spec = specResource(component.kind);
      if (!spec) continue;
      for (const key of Object.keys(component.config.shape)) {
        if (isOwnProperty(component.kind, key) && !(key in spec.properties)) wrong.push(`${component.kind}.${key}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('settings routed to another resource are properties of that resource', () => {
    const target: Record<string, string> = { 'AWS::Lambda::Function': 'AWS::Lambda::EventInvokeConfig', 'AWS::ApiGateway::RestApi': 'AWS::ApiGateway::Stage' };
    for (const [kind, keys] of Object.entries(ROUTED_PROPERTIES)) {
      const spec = specResource(target[kind]!)!;
      for (const key of keys) expect(spec.properties, `${target[kind]}.${key}`).toHaveProperty(key);
    }
  });

  it('PascalCase edge config of wired connections are properties of the resource that carries them', () => {
    const wrong: string[] = [];
    for (const { from, to, type } of EDGE_RESOURCE) {
      const acceptance = allComponents()
        .find((component) => component.kind === to)
        ?.accepts.find((candidate) => candidate.from.includes(from) && candidate.role === undefined);
      const spec = specResource(type)!;
      for (const key of Object.keys(acceptance?.config?.shape ?? {})) {
        if (/^[A-Z]/.test(key) && !(key in spec.properties)) wrong.push(`${from} → ${to}: ${key} is not a ${type} property`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the attribute an ARN is read from exists on every kind', () => {
    const wrong: string[] = [];
    for (const { kind } of AWS_KINDS) {
      const arn = arnOf(kind, 'X') as { 'Fn::GetAtt'?: [string, string] };
      const attribute = arn['Fn::GetAtt']?.[1];
      if (attribute && !(attribute in (specResource(kind)?.attributes ?? {}))) wrong.push(`${kind}.${attribute}`);
    }
    expect(wrong).toEqual([]);
  });
});
