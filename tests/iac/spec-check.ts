import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import type { PropertyType, Resource, SpecDatabase } from '@aws-cdk/service-spec-types';
import type { CfnTemplate } from '../../src/iac/template.ts';

/** Node-only: checks templates against the CloudFormation resource specification (never in the browser bundle). */
let database: SpecDatabase | undefined;
function db(): SpecDatabase {
  database ??= loadAwsServiceSpecSync();
  return database;
}

export function specResource(type: string): Resource | undefined {
  const found = db().lookup('resource', 'cloudFormationType', 'equals', type);
  return found.length === 1 ? found[0] : undefined;
}

const INTRINSICS = new Set(['Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join', 'Fn::If', 'Fn::Select', 'Fn::Split', 'Fn::FindInMap', 'Fn::ImportValue', 'Fn::Base64', 'Fn::GetAZs', 'Fn::Cidr']);

function isIntrinsic(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSICS.has(keys[0]!);
}

/** Every way the value fails the property type, as "path: reason". */
function typeErrors(value: unknown, type: PropertyType, path: string): string[] {
  if (isIntrinsic(value)) return [];
  switch (type.type) {
    case 'string':
    case 'date-time':
      // CloudFormation reads numbers and booleans as their text.
      return ['string', 'number', 'boolean'].includes(typeof value) ? [] : [`${path}: expected a string`];
    case 'number':
    case 'integer':
      return typeof value === 'number' ? [] : [`${path}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean`];
    case 'json':
    case 'null':
      return [];
    case 'tag':
      return typeof value === 'object' && value !== null ? [] : [`${path}: expected a tag`];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected a list`];
      return value.flatMap((item, index) => typeErrors(item, type.element, `${path}[${index}]`));
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected a map`];
      return Object.entries(value).flatMap(([key, item]) => typeErrors(item, type.element, `${path}.${key}`));
    case 'union': {
      const each = type.types.map((option) => typeErrors(value, option, path));
      return each.some((errors) => errors.length === 0) ? [] : (each[0] ?? []);
    }
    case 'ref': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: expected an object`];
      const definition = db().get('typeDefinition', type.reference);
      return propertiesErrors(value as Record<string, unknown>, definition.properties, path);
    }
    default:
      return [];
  }
}

function propertiesErrors(values: Record<string, unknown>, properties: Resource['properties'], path: string): string[] {
  const errors: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const property = properties[name];
    if (!property) {
      errors.push(`${path}.${name}: no such property`);
      continue;
    }
    const types = [property.type, ...(property.previousTypes ?? [])];
    const each = types.map((type) => typeErrors(value, type, `${path}.${name}`));
    if (!each.some((list) => list.length === 0)) errors.push(...(each[0] ?? []));
  }
  for (const [name, property] of Object.entries(properties)) {
    if (property.required && values[name] === undefined) errors.push(`${path}.${name}: required property missing`);
  }
  return errors;
}

/** Every Ref and GetAtt in a value, with the attribute GetAtt asks for. */
function references(value: unknown, out: Array<{ target: string; attribute?: string }> = []): typeof out {
  if (Array.isArray(value)) for (const item of value) references(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') out.push({ target: inner });
      else if (key === 'Fn::GetAtt' && Array.isArray(inner)) out.push({ target: String(inner[0]), attribute: String(inner[1]) });
      else if (key === 'Fn::Sub') {
        const [text, variables] = Array.isArray(inner) ? inner : [inner, {}];
        for (const match of String(text).matchAll(/\$\{([^}!]+)\}/g)) {
          const [target, ...attribute] = match[1]!.split('.');
          if (variables && target! in (variables as object)) continue;
          out.push({ target: target!, ...(attribute.length > 0 ? { attribute: attribute.join('.') } : {}) });
        }
        references(variables, out);
      } else references(inner, out);
    }
  }
  return out;
}

/** Every way a CloudFormation template breaks the specification; SAM resources are skipped (SAM expands them). */
export function specErrors(template: CfnTemplate): string[] {
  const errors: string[] = [];
  const parameters = template.Parameters ?? {};
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type.startsWith('AWS::Serverless::')) continue;
    const spec = specResource(resource.Type);
    if (!spec) {
      errors.push(`${logicalId}: no resource type ${resource.Type}`);
      continue;
    }
    errors.push(...propertiesErrors(resource.Properties ?? {}, spec.properties, logicalId));
    for (const dependency of [resource.DependsOn ?? []].flat()) {
      if (!template.Resources[dependency]) errors.push(`${logicalId}: DependsOn ${dependency}, which does not exist`);
    }
  }
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    for (const reference of references(resource.Properties)) {
      if (reference.target.startsWith('AWS::')) continue;
      const target = template.Resources[reference.target];
      if (!target && !parameters[reference.target]) {
        errors.push(`${logicalId}: refers to ${reference.target}, which does not exist`);
        continue;
      }
      if (reference.attribute === undefined || !target || target.Type.startsWith('AWS::Serverless::')) continue;
      const spec = specResource(target.Type);
      if (spec && !(reference.attribute in spec.attributes)) errors.push(`${logicalId}: ${target.Type} has no attribute ${reference.attribute}`);
    }
  }
  return errors;
}
