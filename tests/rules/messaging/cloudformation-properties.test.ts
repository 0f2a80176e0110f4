import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { componentFor } from '../../../src/catalog/index.ts';

/**
 * PascalCase config keys must be real CloudFormation properties of the kind (nested ones too),
 * and PascalCase edge keys real properties of the resource that makes the connection.
 */
const db = loadAwsServiceSpecSync();

interface SpecProperty {
  type: { type: string; reference?: { $ref: string } };
}

function resourceProperties(type: string): Record<string, SpecProperty> {
  const [resource] = db.lookup('resource', 'cloudFormationType', 'equals', type);
  if (!resource) throw new Error(`${type} is not in the CloudFormation spec`);
  return resource.properties as Record<string, SpecProperty>;
}

/** Strips .default() and .optional() wrappers to reach the object schema, if there is one. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current: unknown = schema;
  while (current && typeof current === 'object' && 'unwrap' in current && typeof current.unwrap === 'function') current = current.unwrap();
  return current && typeof current === 'object' && 'shape' in current ? (current.shape as Record<string, z.ZodType>) : undefined;
}

/** Every PascalCase key under `shape` that the spec does not define, as dotted paths. */
function unknownProperties(shape: Record<string, z.ZodType>, properties: Record<string, SpecProperty>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    if (!/^[A-Z]/.test(key)) return [];
    const property = properties[key];
    if (!property) return [`${prefix}${key}`];
    const nested = objectShape(schema);
    const ref = property.type.reference?.$ref;
    if (!nested || !ref) return [];
    const definition = db.get('typeDefinition', ref) as { properties: Record<string, SpecProperty> };
    return unknownProperties(nested, definition.properties, `${prefix}${key}.`);
  });
}

const KINDS = [
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::SES::EmailIdentity',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::KinesisAnalyticsV2::Application',
];

describe('messaging kinds use CloudFormation property names', () => {
  it.each(KINDS)('%s', (kind) => {
    const definition = componentFor(kind);
    expect(definition, `${kind} is in the catalog`).toBeDefined();
    expect(unknownProperties(definition!.config.shape, resourceProperties(kind))).toEqual([]);
  });

  it('SNS subscription edges use AWS::SNS::Subscription properties', () => {
    const acceptance = componentFor('AWS::SQS::Queue')!.accepts.find((a) => a.from.includes('AWS::SNS::Topic'));
    expect(acceptance?.config).toBeDefined();
    expect(unknownProperties(acceptance!.config!.shape, resourceProperties('AWS::SNS::Subscription'))).toEqual([]);
  });

  it('a property name that CloudFormation lacks is caught, nested ones too', () => {
    const shape = {
      VisibilityTimeOut: z.number(),
      StreamModeDetails: z.object({ Mode: z.string() }).default({ Mode: 'x' }),
      partitionKey: z.string(),
    };
    expect(unknownProperties(shape, { ...resourceProperties('AWS::Kinesis::Stream') })).toEqual(['VisibilityTimeOut', 'StreamModeDetails.Mode']);
  });
});
