/** Kinds grouped by how traffic treats them; routing reads these, behaviours are registered per kind. */

export const CLIENT = 'Actor::Client';
export const SQS_QUEUE = 'AWS::SQS::Queue';
export const SNS_TOPIC = 'AWS::SNS::Topic';
export const LAMBDA_FUNCTION = 'AWS::Lambda::Function';
export const KINESIS_STREAM = 'AWS::Kinesis::Stream';
export const FIREHOSE = 'AWS::KinesisFirehose::DeliveryStream';
export const DYNAMODB_TABLE = 'AWS::DynamoDB::Table';
export const DAX_CLUSTER = 'AWS::DAX::Cluster';
export const CACHE_CLUSTER = 'AWS::ElastiCache::CacheCluster';
export const REPLICATION_GROUP = 'AWS::ElastiCache::ReplicationGroup';
export const REST_API = 'AWS::ApiGateway::RestApi';
export const S3_BUCKET = 'AWS::S3::Bucket';

/** Where reads and writes of items end: a table answers them. */
export const TABLE_KINDS: readonly string[] = [DYNAMODB_TABLE, 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'];
/** In-memory caches in front of a table. */
export const CACHE_KINDS: readonly string[] = [DAX_CLUSTER, CACHE_CLUSTER, REPLICATION_GROUP];
/** Application code that processes messages and makes reads and writes. */
export const APPLICATION_KINDS: readonly string[] = [
  LAMBDA_FUNCTION,
  'AWS::EC2::Instance',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::ECS::Service',
  'AWS::ElasticBeanstalk::Environment',
];
/** Front doors that pass a client's request on to what is behind them. */
export const FRONT_DOOR_KINDS: readonly string[] = [REST_API, 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'];
