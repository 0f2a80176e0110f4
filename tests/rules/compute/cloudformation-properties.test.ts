import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { componentFor } from '../../../src/catalog/index.ts';

/**
 * PascalCase config keys of the compute, deployment and infrastructure-as-code kinds must be real
 * CloudFormation properties (nested ones too); edge keys real properties of the resource that
 * makes the connection. Lambda's asynchronous retry settings are documented exceptions: they
 * belong to AWS::Lambda::EventInvokeConfig and are kept on the function.
 */
const db = loadAwsServiceSpecSync();

interface SpecProperty {
  type: { type: string; reference?: { $ref: string } };
  itemType?: { type: string; reference?: { $ref: string } };
}

function resourceProperties(type: string): Record<string, SpecProperty> {
  const [resource] = db.lookup('resource', 'cloudFormationType', 'equals', type);
  if (!resource) throw new Error(`${type} is not in the CloudFormation spec`);
  return resource.properties as Record<string, SpecProperty>;
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

function referenceOf(property: SpecProperty): string | undefined {
  const type = property.type as { reference?: { $ref: string }; element?: { reference?: { $ref: string } } };
  return type.reference?.$ref ?? type.element?.reference?.$ref;
}

function unknownProperties(shape: Record<string, z.ZodType>, properties: Record<string, SpecProperty>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    if (!/^[A-Z]/.test(key)) return [];
    const property = properties[key];
    if (!property) return [`${prefix}${key}`];
    const nested = objectShape(schema);
    const ref = referenceOf(property);
    if (!nested || !ref) return [];
    const definition = db.get('typeDefinition', ref) as { properties: Record<string, SpecProperty> };
    return unknownProperties(nested, definition.properties, `${prefix}${key}.`);
  });
}

const KINDS = [
  'AWS::Lambda::Function',
  'AWS::EC2::Instance',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::ECS::Service',
  'AWS::StepFunctions::StateMachine',
  'AWS::ElasticBeanstalk::Environment',
  'AWS::ElasticBeanstalk::Application',
  'AWS::CodeCommit::Repository',
  'AWS::CodeBuild::Project',
  'AWS::CodeDeploy::DeploymentGroup',
  'AWS::CodePipeline::Pipeline',
  'AWS::CloudFormation::Stack',
];

const EVENT_INVOKE_CONFIG = ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds'];

describe('compute kinds use CloudFormation property names', () => {
  it.each(KINDS)('%s', (kind) => {
    const definition = componentFor(kind);
    expect(definition, `${kind} is in the catalog`).toBeDefined();
    const unknown = unknownProperties(definition!.config.shape, resourceProperties(kind));
    const expected = kind === 'AWS::Lambda::Function' ? EVENT_INVOKE_CONFIG : [];
    expect(unknown).toEqual(expected);
  });

  it('the asynchronous retry settings are AWS::Lambda::EventInvokeConfig properties', () => {
    const properties = resourceProperties('AWS::Lambda::EventInvokeConfig');
    for (const key of EVENT_INVOKE_CONFIG) expect(properties[key], key).toBeDefined();
  });

  it('event source mapping edges into a function use AWS::Lambda::EventSourceMapping properties', () => {
    const mappings = componentFor('AWS::Lambda::Function')!.accepts.filter(
      (acceptance) => acceptance.from.includes('AWS::SQS::Queue') || acceptance.from.includes('AWS::Kinesis::Stream'),
    );
    expect(mappings).toHaveLength(2);
    for (const mapping of mappings) {
      expect(unknownProperties(mapping.config!.shape, resourceProperties('AWS::Lambda::EventSourceMapping'))).toEqual([]);
    }
  });

  it('a misspelt or invented property is caught, nested ones too', () => {
    const definition = componentFor('AWS::AutoScaling::AutoScalingGroup')!;
    const shape = { ...definition.config.shape, MinimumSize: definition.config.shape.MinSize! };
    expect(unknownProperties(shape, resourceProperties('AWS::AutoScaling::AutoScalingGroup'))).toEqual(['MinimumSize']);
    const lambda = componentFor('AWS::Lambda::Function')!.config.shape;
    // TracingConfig's schema (key Mode) put where EphemeralStorage (key Size) belongs.
    const nested = { TracingConfig: lambda.TracingConfig!, EphemeralStorage: lambda.TracingConfig! };
    expect(unknownProperties(nested, resourceProperties('AWS::Lambda::Function'))).toEqual(['EphemeralStorage.Mode']);
    const stages = z.array(z.object({ Name: z.string(), Actions: z.array(z.object({ Name: z.string(), ActionType: z.string() })) }));
    expect(unknownProperties({ Stages: stages }, resourceProperties('AWS::CodePipeline::Pipeline'))).toEqual(['Stages.Actions.ActionType']);
  });
});
