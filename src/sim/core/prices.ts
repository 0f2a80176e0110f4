/**
 * us-east-1 on-demand list prices in USD (AWS pricing pages, 2025), without free tiers.
 * Monthly cost = the run's rates extrapolated to a 730-hour month.
 */
export const HOURS_PER_MONTH = 730;
export const MS_PER_MONTH = HOURS_PER_MONTH * 3_600_000;

/** Lambda: per request and per GB-second of duration (x86). */
export const LAMBDA_PER_MILLION_REQUESTS = 0.2;
export const LAMBDA_PER_GB_SECOND = 0.0000166667;

/** SQS: per million requests; every 64 KB chunk of a payload is one request. */
export const SQS_STANDARD_PER_MILLION_REQUESTS = 0.4;
export const SQS_FIFO_PER_MILLION_REQUESTS = 0.5;
export const SQS_REQUEST_CHUNK_BYTES = 65_536;

/** SNS: publishes per million (64 KB chunks); deliveries to SQS and Lambda are free. */
export const SNS_PER_MILLION_PUBLISHES = 0.5;
export const SNS_HTTP_PER_MILLION_DELIVERIES = 0.6;
export const SNS_EMAIL_PER_MILLION_DELIVERIES = 20;
export const SNS_SMS_PER_MESSAGE_US = 0.00645;

/** DynamoDB provisioned capacity per unit-hour, and on-demand per million request units. */
export const DYNAMODB_PER_RCU_HOUR = 0.00013;
export const DYNAMODB_PER_WCU_HOUR = 0.00065;
export const DYNAMODB_PER_MILLION_READ_REQUEST_UNITS = 0.125;
export const DYNAMODB_PER_MILLION_WRITE_REQUEST_UNITS = 0.625;

/** DAX node-hours by node type. */
export const DAX_NODE_HOUR: Record<string, number> = {
  'dax.t3.small': 0.04,
  'dax.t3.medium': 0.08,
  'dax.r5.large': 0.269,
  'dax.r5.xlarge': 0.538,
  'dax.r5.2xlarge': 1.076,
};
export const DAX_DEFAULT_NODE_HOUR = 0.269;

/** ElastiCache node-hours by node type. */
export const ELASTICACHE_NODE_HOUR: Record<string, number> = {
  'cache.t3.micro': 0.017,
  'cache.t3.small': 0.034,
  'cache.t3.medium': 0.068,
  'cache.t4g.micro': 0.016,
  'cache.t4g.small': 0.032,
  'cache.t4g.medium': 0.065,
  'cache.m5.large': 0.156,
  'cache.m6g.large': 0.149,
  'cache.r5.large': 0.216,
  'cache.r6g.large': 0.206,
  'cache.r7g.large': 0.219,
};
export const ELASTICACHE_DEFAULT_NODE_HOUR = 0.068;

/** Kinesis Data Streams provisioned: shard-hours and PUT payload units (25 KB each). */
export const KINESIS_SHARD_HOUR = 0.015;
export const KINESIS_PER_MILLION_PUT_PAYLOAD_UNITS = 0.014;
export const KINESIS_PUT_PAYLOAD_UNIT_BYTES = 25 * 1024;
/** Enhanced fan-out: per consumer-shard-hour and per GB retrieved. */
export const KINESIS_EFO_CONSUMER_SHARD_HOUR = 0.015;

/** Data Firehose: per GB ingested (5 KB increments). */
export const FIREHOSE_PER_GB = 0.029;

/** API Gateway REST API requests, and the stage cache by size (GB) per hour. */
export const APIGATEWAY_REST_PER_MILLION_REQUESTS = 3.5;
export const APIGATEWAY_CACHE_HOUR: Record<string, number> = {
  '0.5': 0.02,
  '1.6': 0.038,
  '6.1': 0.2,
  '13.5': 0.25,
  '28.4': 0.5,
  '58.2': 1.0,
  '118': 1.9,
  '237': 3.8,
};

/** S3 requests per thousand. */
export const S3_PUT_PER_THOUSAND = 0.005;
export const S3_GET_PER_THOUSAND = 0.0004;

/** Scales a count seen in `runMs` of virtual time to a month. */
export function perMonth(count: number, runMs: number): number {
  return runMs > 0 ? (count * MS_PER_MONTH) / runMs : 0;
}

// EC2 On-Demand Linux, us-east-1, per instance-hour. Unknown types use the default below.
export const EC2_INSTANCE_HOUR: Record<string, number> = {
  'm1.small': 0.044,
  't2.micro': 0.0116,
  't2.small': 0.023,
  't3.micro': 0.0104,
  't3.small': 0.0208,
  't3.medium': 0.0416,
  't3.large': 0.0832,
  'm5.large': 0.096,
  'm5.xlarge': 0.192,
  'c5.large': 0.085,
  'r5.large': 0.126,
};
export const EC2_DEFAULT_INSTANCE_HOUR = 0.0416;
// Fargate, us-east-1 (Linux/x86): per vCPU-hour and per GB-hour; a task here is 0.5 vCPU and 1 GB.
export const FARGATE_VCPU_HOUR = 0.04048;
export const FARGATE_GB_HOUR = 0.004445;
export const FARGATE_TASK_HOUR = 0.5 * FARGATE_VCPU_HOUR + 1 * FARGATE_GB_HOUR;

// Elastic Load Balancing, us-east-1: load balancer hours plus capacity units per hour. One LCU is
// the highest of its dimensions; the simulation meters two: new connections (ALB 25/s, NLB 800/s,
// each request counted as a new connection) and processed bytes (1 GB per hour).
export const ALB_HOUR = 0.0225;
export const ALB_LCU_HOUR = 0.008;
export const ALB_NEW_CONNECTIONS_PER_LCU = 25;
export const NLB_HOUR = 0.0225;
export const NLB_LCU_HOUR = 0.006;
export const NLB_NEW_FLOWS_PER_LCU = 800;
export const GWLB_HOUR = 0.0125;
export const GWLB_LCU_HOUR = 0.004;
export const LCU_GB_PER_HOUR = 1;
// Classic Load Balancer: per hour and per GB processed.
export const CLASSIC_LB_HOUR = 0.025;
export const CLASSIC_LB_PER_GB = 0.008;

// Route 53: per hosted zone per month (the first 25 zones) and per million standard queries.
// Alias queries to AWS resources (load balancers, CloudFront, S3 websites, API Gateway) are free.
export const ROUTE53_HOSTED_ZONE_MONTH = 0.5;
export const ROUTE53_PER_MILLION_QUERIES = 0.4;

// NAT gateway: per hour and per GB processed.
export const NAT_GATEWAY_HOUR = 0.045;
export const NAT_GATEWAY_PER_GB = 0.045;

// Step Functions Standard workflows: per 1,000 state transitions (Express bills per request and duration).
export const STEP_FUNCTIONS_PER_THOUSAND_TRANSITIONS = 0.025;

// RDS Single-AZ On-Demand instance hours (MySQL/PostgreSQL); Multi-AZ runs a standby: twice the hours.
export const RDS_INSTANCE_HOUR: Record<string, number> = {
  'db.t3.micro': 0.017,
  'db.t3.small': 0.034,
  'db.t3.medium': 0.068,
  'db.t4g.micro': 0.016,
  'db.t4g.small': 0.032,
  'db.t4g.medium': 0.065,
  'db.m5.large': 0.171,
  'db.m6g.large': 0.152,
  'db.r5.large': 0.25,
  'db.r6g.large': 0.225,
};
export const RDS_DEFAULT_INSTANCE_HOUR = 0.068;
// Aurora (MySQL-compatible, Standard storage) instance hours; the writer and each Aurora Replica.
export const AURORA_INSTANCE_HOUR: Record<string, number> = {
  'db.t3.medium': 0.082,
  'db.t4g.medium': 0.073,
  'db.r5.large': 0.29,
  'db.r6g.large': 0.26,
  'db.r7g.large': 0.276,
};
export const AURORA_DEFAULT_INSTANCE_HOUR = 0.26;
// Aurora Serverless v2: per ACU-hour (an idle instance still bills its MinCapacity).
export const AURORA_SERVERLESS_V2_ACU_HOUR = 0.12;

export const BYTES_PER_GB = 1024 ** 3;
