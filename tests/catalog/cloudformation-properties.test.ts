import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allComponents, componentFor } from '../../src/catalog/index.ts';

/**
 * Config keys in PascalCase are CloudFormation property names with CloudFormation's meaning:
 * every such key of every catalog kind (nested ones too) must exist in the CloudFormation
 * resource specification. camelCase keys are game settings and are not checked here.
 */
const db = loadAwsServiceSpecSync();

interface SpecProperty {
  type: { type: string; reference?: { $ref: string }; element?: { reference?: { $ref: string } } };
}

function resourceProperties(type: string): Record<string, SpecProperty> | undefined {
  const [resource] = db.lookup('resource', 'cloudFormationType', 'equals', type);
  return resource?.properties as Record<string, SpecProperty> | undefined;
}

/** Strips wrappers (.default, .optional, arrays) to reach an object schema, if there is one. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: unknown = schema;
  for (let depth = 0; depth < 10 && current && typeof current === 'object'; depth++) {
    if ('shape' in current) return current.shape as Record<string, z.ZodType>;
    if ('element' in current) current = current.element;
    else if ('unwrap' in current && typeof current.unwrap === 'function') current = current.unwrap();
    else return undefined;
  }
  return undefined;
}

/** Every PascalCase key under `shape` that the spec does not define, as dotted paths. */
function unknownProperties(shape: Record<string, z.ZodType>, properties: Record<string, SpecProperty>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    if (!/^[A-Z]/.test(key)) return [];
    const property = properties[key];
    if (!property) return [`${prefix}${key}`];
    const nested = objectShape(schema);
    const ref = property.type.reference?.$ref ?? property.type.element?.reference?.$ref;
    if (!nested || !ref) return [];
    const definition = db.get('typeDefinition', ref) as { properties: Record<string, SpecProperty> };
    return unknownProperties(nested, definition.properties, `${prefix}${key}.`);
  });
}

/**
 * Properties kept on a kind although CloudFormation puts them on a companion resource, each
 * documented in the property's description in the catalog.
 */
const COMPANION_PROPERTIES: Record<string, { resource: string; keys: string[] }> = {
  'AWS::Lambda::Function': { resource: 'AWS::Lambda::EventInvokeConfig', keys: ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds'] },
  'AWS::ApiGateway::RestApi': { resource: 'AWS::ApiGateway::Stage', keys: ['CacheClusterEnabled', 'CacheClusterSize', 'Variables', 'TracingEnabled'] },
};

const AWS_KINDS = allComponents()
  .map((definition) => definition.kind)
  .filter((kind) => kind.startsWith('AWS::'));

describe('catalog kinds use CloudFormation resource types and property names', () => {
  it.each(AWS_KINDS)('%s', (kind) => {
    const properties = resourceProperties(kind);
    expect(properties, `${kind} is a CloudFormation resource type`).toBeDefined();
    const unknown = unknownProperties(componentFor(kind)!.config.shape, properties!);
    expect(unknown).toEqual(COMPANION_PROPERTIES[kind]?.keys ?? []);
  });

  it.each(Object.entries(COMPANION_PROPERTIES))('the companion properties of %s exist on their resource', (_kind, companion) => {
    const properties = resourceProperties(companion.resource)!;
    for (const key of companion.keys) expect(properties[key], key).toBeDefined();
  });

  it('event source mapping edges into a function use AWS::Lambda::EventSourceMapping properties', () => {
    const mappings = componentFor('AWS::Lambda::Function')!.accepts.filter(
      (acceptance) => acceptance.from.includes('AWS::SQS::Queue') || acceptance.from.includes('AWS::Kinesis::Stream'),
    );
    expect(mappings).toHaveLength(2);
    for (const mapping of mappings) {
      expect(unknownProperties(mapping.config!.shape, resourceProperties('AWS::Lambda::EventSourceMapping')!)).toEqual([]);
    }
  });

  it('SNS subscription edges use AWS::SNS::Subscription properties', () => {
    const acceptance = componentFor('AWS::SQS::Queue')!.accepts.find((a) => a.from.includes('AWS::SNS::Topic'));
    expect(unknownProperties(acceptance!.config!.shape, resourceProperties('AWS::SNS::Subscription')!)).toEqual([]);
  });

  it('a misspelt or invented property is caught, nested ones too', () => {
    const asg = componentFor('AWS::AutoScaling::AutoScalingGroup')!.config.shape;
    expect(unknownProperties({ ...asg, MinimumSize: asg.MinSize! }, resourceProperties('AWS::AutoScaling::AutoScalingGroup')!)).toEqual(['MinimumSize']);
    const lambda = componentFor('AWS::Lambda::Function')!.config.shape;
    // TracingConfig's schema (key Mode) put where EphemeralStorage (key Size) belongs.
    const nested = { TracingConfig: lambda.TracingConfig!, EphemeralStorage: lambda.TracingConfig! };
    expect(unknownProperties(nested, resourceProperties('AWS::Lambda::Function')!)).toEqual(['EphemeralStorage.Mode']);
    const stages = z.array(z.object({ Name: z.string(), Actions: z.array(z.object({ Name: z.string(), ActionType: z.string() })) }));
    expect(unknownProperties({ Stages: stages }, resourceProperties('AWS::CodePipeline::Pipeline')!)).toEqual(['Stages.Actions.ActionType']);
  });
});
