import type { DesignEdge } from '../../design/schema.ts';
import type { DesignContext } from '../../rules/context.ts';
import { CLIENT, FIREHOSE, LAMBDA_FUNCTION, S3_BUCKET, SQS_QUEUE } from './kinds.ts';

/**
 * Which edges out of a node carry its work, by what the edge means (the catalog's acceptance verb).
 * A node also has edges that carry no work: an alarm watching its metric, the certificate a listener
 * terminates TLS with, the key that encrypts it, the bucket its access logs go to. Those must never
 * be mistaken for a target, a poller or a reader, so each family's list of working kinds lives here.
 * tests/sim/work-edges.test.ts checks these lists against the catalog's acceptances.
 */

const EC2_INSTANCE = 'AWS::EC2::Instance';
const AUTO_SCALING_GROUP = 'AWS::AutoScaling::AutoScalingGroup';
const ECS_SERVICE = 'AWS::ECS::Service';
const BEANSTALK_ENVIRONMENT = 'AWS::ElasticBeanstalk::Environment';

/**
 * What a load balancer's target groups register (verbs "sends requests to", "invokes"): instances,
 * Auto Scaling groups, ECS tasks, Lambda functions, Beanstalk environments, and an ALB behind an NLB
 * (an alb-type target group). IP targets are these same nodes registered by address (targetType).
 */
export const LOAD_BALANCER_TARGET_KINDS: readonly string[] = [
  EC2_INSTANCE,
  AUTO_SCALING_GROUP,
  ECS_SERVICE,
  LAMBDA_FUNCTION,
  BEANSTALK_ENVIRONMENT,
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
];

/** Who polls a queue (verb "is polled by"): event source mappings, workers, the Beanstalk worker daemon, an outside consumer. */
export const QUEUE_POLLER_KINDS: readonly string[] = [LAMBDA_FUNCTION, EC2_INSTANCE, AUTO_SCALING_GROUP, ECS_SERVICE, BEANSTALK_ENVIRONMENT, CLIENT];

/** Who reads a Kinesis stream's shards (verbs "reads records from", "is read by"). */
export const STREAM_READER_KINDS: readonly string[] = [LAMBDA_FUNCTION, EC2_INSTANCE, AUTO_SCALING_GROUP, ECS_SERVICE, CLIENT, FIREHOSE, 'AWS::KinesisAnalyticsV2::Application'];

/** Who reads a DynamoDB table's stream: a Lambda event source mapping. */
export const TABLE_STREAM_READER_KINDS: readonly string[] = [LAMBDA_FUNCTION];

/** What subscribes to an SNS topic: queues, functions, Firehose, endpoints outside AWS (HTTP, email, SMS). */
export const TOPIC_SUBSCRIBER_KINDS: readonly string[] = [SQS_QUEUE, LAMBDA_FUNCTION, FIREHOSE, CLIENT];

/** Where a Firehose stream delivers its buffers: a bucket, Redshift (COPY), an HTTP endpoint. */
export const DELIVERY_DESTINATION_KINDS: readonly string[] = [S3_BUCKET, 'AWS::Redshift::Cluster', CLIENT];

/** What a Task state calls (service integrations): functions, tables, buckets, topics, queues, email, other workflows. */
export const TASK_RESOURCE_KINDS: readonly string[] = [
  LAMBDA_FUNCTION,
  'AWS::DynamoDB::Table',
  S3_BUCKET,
  'AWS::SNS::Topic',
  SQS_QUEUE,
  'AWS::SES::EmailIdentity',
  'AWS::StepFunctions::StateMachine',
];

/** Outgoing edges without a role (or with `target`) that reach one of `kinds`. */
function workEdges(design: DesignContext, fromId: string, kinds: readonly string[], roles: ReadonlyArray<DesignEdge['role']>): DesignEdge[] {
  return design.edgesFrom(fromId, { kind: kinds }).filter((edge) => roles.includes(edge.role));
}

export function loadBalancerTargets(design: DesignContext, balancerId: string): DesignEdge[] {
  return workEdges(design, balancerId, LOAD_BALANCER_TARGET_KINDS, [undefined, 'target']);
}

export function queuePollers(design: DesignContext, queueId: string): DesignEdge[] {
  return workEdges(design, queueId, QUEUE_POLLER_KINDS, [undefined]);
}

export function streamReaders(design: DesignContext, streamId: string): DesignEdge[] {
  return workEdges(design, streamId, STREAM_READER_KINDS, [undefined]);
}

export function tableStreamReaders(design: DesignContext, tableId: string): DesignEdge[] {
  return workEdges(design, tableId, TABLE_STREAM_READER_KINDS, [undefined]);
}

export function topicSubscriptions(design: DesignContext, topicId: string): DesignEdge[] {
  return workEdges(design, topicId, TOPIC_SUBSCRIBER_KINDS, [undefined]);
}

export function taskResources(design: DesignContext, stateMachineId: string): DesignEdge[] {
  return workEdges(design, stateMachineId, TASK_RESOURCE_KINDS, [undefined]);
}

export function deliveryDestinations(design: DesignContext, deliveryStreamId: string): DesignEdge[] {
  return workEdges(design, deliveryStreamId, DELIVERY_DESTINATION_KINDS, [undefined]);
}
