import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index.ts';
import { BUILTIN_PACK_DIR, readPack } from '../scenario/node/read-pack.ts';
import type { Citation } from '../sim/core/citation.ts';
import { citations as restApi } from '../sim/behaviours/apigateway/rest-api.machine.ts';
import { citations as instanceLifecycle } from '../sim/behaviours/autoscaling/instance-lifecycle.machine.ts';
import { citations as cacheNode } from '../sim/behaviours/cache/cache-node.machine.ts';
import { citations as cloudFormationStack } from '../sim/behaviours/cloudformation/stack.machine.ts';
import { citations as cloudWatchAlarm } from '../sim/behaviours/cloudwatch/alarm.machine.ts';
import { citations as cognitoIdentity } from '../sim/behaviours/cognito/identity.machine.ts';
import { citations as deploymentPolicy } from '../sim/behaviours/deployment/deployment-policy.machine.ts';
import { citations as releasePipeline } from '../sim/behaviours/deployment/pipeline.machine.ts';
import { citations as dynamoDbCapacity } from '../sim/behaviours/dynamodb/capacity.machine.ts';
import { citations as loadBalancer } from '../sim/behaviours/elb/load-balancer.machine.ts';
import { citations as firehoseDelivery } from '../sim/behaviours/firehose/delivery-stream.machine.ts';
import { citations as lambdaAsync } from '../sim/behaviours/lambda/async-invocation.machine.ts';
import { citations as lambdaConcurrency } from '../sim/behaviours/lambda/concurrency.machine.ts';
import { citations as lambdaFunction } from '../sim/behaviours/lambda/function.ts';
import { citations as databaseAvailability } from '../sim/behaviours/rds/database-availability.machine.ts';
import { citations as s3Bucket } from '../sim/behaviours/s3/bucket.ts';
import { citations as snsTopic } from '../sim/behaviours/sns/topic.machine.ts';
import { citations as sqsLifecycle } from '../sim/behaviours/sqs/message-lifecycle.machine.ts';
import { citations as stateMachineExecution } from '../sim/behaviours/stepfunctions/execution.machine.ts';
import { citations as shard } from '../sim/behaviours/streams/shard.machine.ts';
import { citations as xrayTracing } from '../sim/behaviours/xray/tracing.machine.ts';
import { type FactCitations, type FactRow, factsCoverageMarkdown, parseFactsTsv, parseNotEncoded } from './facts-coverage.ts';

/** Node only: gathers what docs/facts-coverage.md is generated from. */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The repository's copy of ../shared/notes/facts.tsv, so the docs build without ../shared. */
export const FACTS_COPY = join(REPO_ROOT, 'docs', 'facts.tsv');
export const NOT_ENCODED_FILE = join(REPO_ROOT, 'docs', 'facts-not-encoded.yaml');

/**
 * Every simulated behaviour's citations, by its module under src/sim/behaviours. A new module
 * exporting `citations` goes here too (tests/docs/facts-coverage.test.ts finds any left out).
 */
export const BEHAVIOUR_CITATIONS: Readonly<Record<string, readonly Citation[]>> = {
  'apigateway/rest-api.machine': restApi,
  'autoscaling/instance-lifecycle.machine': instanceLifecycle,
  'cache/cache-node.machine': cacheNode,
  'cloudformation/stack.machine': cloudFormationStack,
  'cloudwatch/alarm.machine': cloudWatchAlarm,
  'cognito/identity.machine': cognitoIdentity,
  'deployment/deployment-policy.machine': deploymentPolicy,
  'deployment/pipeline.machine': releasePipeline,
  'dynamodb/capacity.machine': dynamoDbCapacity,
  'elb/load-balancer.machine': loadBalancer,
  'firehose/delivery-stream.machine': firehoseDelivery,
  'lambda/async-invocation.machine': lambdaAsync,
  'lambda/concurrency.machine': lambdaConcurrency,
  'lambda/function': lambdaFunction,
  'rds/database-availability.machine': databaseAvailability,
  's3/bucket': s3Bucket,
  'sns/topic.machine': snsTopic,
  'sqs/message-lifecycle.machine': sqsLifecycle,
  'stepfunctions/execution.machine': stateMachineExecution,
  'streams/shard.machine': shard,
  'xray/tracing.machine': xrayTracing,
};

export function readFactRows(file: string = FACTS_COPY): FactRow[] {
  return parseFactsTsv(readFileSync(file, 'utf8'), file);
}

export function readNotEncoded(file: string = NOT_ENCODED_FILE): Record<string, string> {
  return parseNotEncoded(readFileSync(file, 'utf8'), file);
}

/** What cites facts: every rule, every scenario of the built-in campaign, every behaviour. */
export function collectFactCitations(packDir: string = BUILTIN_PACK_DIR): FactCitations {
  const loaded = readPack(packDir);
  if (!loaded.ok) {
    const problems = loaded.problems.map((problem) => `${problem.file ?? ''} ${problem.path}: ${problem.message}`).join('; ');
    throw new Error(`the built-in campaign (${packDir}) cannot be loaded: ${problems}`);
  }
  return {
    rules: RULES.map((rule) => ({ id: rule.id, facts: rule.facts })),
    scenarios: loaded.value.scenarios.map((scenario) => ({ id: scenario.id, facts: scenario.objectives.flatMap((objective) => objective.facts) })),
    behaviours: Object.entries(BEHAVIOUR_CITATIONS).map(([id, citations]) => ({ id, facts: citations.flatMap((citation) => citation.facts) })),
  };
}

/** docs/facts-coverage.md from the files in the checkout. */
export function factsCoverageDocument(): string {
  return factsCoverageMarkdown({ facts: readFactRows(), citations: collectFactCitations(), notEncoded: readNotEncoded() });
}
