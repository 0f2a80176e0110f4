/** The parts of a CloudFormation template Cloudwright reads and writes (long-form intrinsics). */
export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
  Metadata?: Record<string, unknown>;
  Condition?: string;
  [attribute: string]: unknown;
}

export interface CfnParameter {
  Type: 'String' | 'Number';
  Description: string;
  Default?: string | number;
}

export interface CfnTemplate {
  AWSTemplateFormatVersion?: string;
  Transform?: string | string[];
  Description?: string;
  Metadata?: Record<string, unknown>;
  Parameters?: Record<string, CfnParameter>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, unknown>;
}

export const TEMPLATE_FORMAT_VERSION = '2010-09-09';
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export function ref(logicalId: string): { Ref: string } {
  return { Ref: logicalId };
}

export function getAtt(logicalId: string, attribute: string): { 'Fn::GetAtt': [string, string] } {
  return { 'Fn::GetAtt': [logicalId, attribute] };
}

export function sub(text: string): { 'Fn::Sub': string } {
  return { 'Fn::Sub': text };
}

/** The logical id a value points at when it is `!Ref X` or `!GetAtt X.Attr` (or a Sub of exactly one of them). */
export function referencedId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  const subText = value['Fn::Sub'];
  if (typeof subText === 'string') {
    const match = /^\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/.exec(subText);
    return match?.[1];
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value under a key of a record, set to a new one first if there is none. */
export function entryOf<T>(record: Record<string, unknown>, key: string, create: () => T): T {
  if (record[key] === undefined) record[key] = create();
  return record[key] as T;
}

/** The value under a key of a map, set to a new one first if there is none. */
export function mapEntryOf<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
