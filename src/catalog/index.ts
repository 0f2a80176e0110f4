import type { Acceptance, ComponentDefinition } from './types.ts';
import { components as acm } from './services/acm.ts';
import { components as actors } from './services/actors.ts';
import { components as apigateway } from './services/apigateway.ts';
import { components as beanstalk } from './services/beanstalk.ts';
import { components as cloudformation } from './services/cloudformation.ts';
import { components as cloudfront } from './services/cloudfront.ts';
import { components as cloudwatch } from './services/cloudwatch.ts';
import { components as cognito } from './services/cognito.ts';
import { components as dax } from './services/dax.ts';
import { components as devtools } from './services/devtools.ts';
import { components as dynamodb } from './services/dynamodb.ts';
import { components as ebs } from './services/ebs.ts';
import { components as ec2 } from './services/ec2.ts';
import { components as ecs } from './services/ecs.ts';
import { components as elasticache } from './services/elasticache.ts';
import { components as elb } from './services/elb.ts';
import { components as firehose } from './services/firehose.ts';
import { components as iam } from './services/iam.ts';
import { components as kinesis } from './services/kinesis.ts';
import { components as kms } from './services/kms.ts';
import { components as lambda } from './services/lambda.ts';
import { components as rds } from './services/rds.ts';
import { components as redshift } from './services/redshift.ts';
import { components as route53 } from './services/route53.ts';
import { components as s3 } from './services/s3.ts';
import { components as ses } from './services/ses.ts';
import { components as sns } from './services/sns.ts';
import { components as sqs } from './services/sqs.ts';
import { components as ssm } from './services/ssm.ts';
import { components as stepfunctions } from './services/stepfunctions.ts';
import { components as vpc } from './services/vpc.ts';
import { components as xray } from './services/xray.ts';

const ALL: ComponentDefinition[] = [
  ...acm,
  ...actors,
  ...apigateway,
  ...beanstalk,
  ...cloudformation,
  ...cloudfront,
  ...cloudwatch,
  ...cognito,
  ...dax,
  ...devtools,
  ...dynamodb,
  ...ebs,
  ...ec2,
  ...ecs,
  ...elasticache,
  ...elb,
  ...firehose,
  ...iam,
  ...kinesis,
  ...kms,
  ...lambda,
  ...rds,
  ...redshift,
  ...route53,
  ...s3,
  ...ses,
  ...sns,
  ...sqs,
  ...ssm,
  ...stepfunctions,
  ...vpc,
  ...xray,
];

/** Every component kind Cloudwright models, by CloudFormation type (or Actor::*). */
export const CATALOG: ReadonlyMap<string, ComponentDefinition> = new Map(ALL.map((definition) => [definition.kind, definition]));

export function componentFor(kind: string): ComponentDefinition | undefined {
  return CATALOG.get(kind);
}

export function allComponents(): ComponentDefinition[] {
  return [...CATALOG.values()];
}

/** The acceptance that allows an edge from one kind to another with this role, if AWS offers it. */
export function acceptanceFor(fromKind: string, toKind: string, role: string | undefined): Acceptance | undefined {
  const target = CATALOG.get(toKind);
  if (!target) return undefined;
  return target.accepts.find((acceptance) => acceptance.role === role && acceptance.from.includes(fromKind));
}

/** Every acceptance from one kind to another, whatever the role (for suggesting a role). */
export function acceptancesBetween(fromKind: string, toKind: string): Acceptance[] {
  const target = CATALOG.get(toKind);
  if (!target) return [];
  return target.accepts.filter((acceptance) => acceptance.from.includes(fromKind));
}

export type { Acceptance, Category, ComponentDefinition, NotesSource } from './types.ts';
export { CATEGORIES } from './types.ts';
