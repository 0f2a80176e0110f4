import type { BehaviourFactory } from '../core/behaviour.ts';
import { Application } from './application/application.ts';
import { AutoScalingGroup } from './autoscaling/auto-scaling-group.ts';
import { BeanstalkEnvironment } from './deployment/beanstalk-environment.ts';
import { CodeDeployGroup } from './deployment/codedeploy-group.ts';
import { Pipeline } from './deployment/pipeline.ts';
import { LoadBalancer } from './elb/load-balancer.ts';
import { RdsDatabase } from './rds/database.ts';
import { Route53Record } from './route53/record.ts';
import { NatGateway } from './vpc/nat-gateway.ts';
import { RestApi } from './apigateway/rest-api.ts';
import { DaxCluster } from './cache/dax.ts';
import { ElastiCacheCluster } from './cache/elasticache.ts';
import { Client } from './client/client.ts';
import { CloudFormationStack } from './cloudformation/stack.ts';
import { CloudWatchAlarm } from './cloudwatch/alarm.ts';
import { CognitoPool } from './cognito/cognito-pool.ts';
import { DynamoDbTable } from './dynamodb/table.ts';
import { DeliveryStream } from './firehose/delivery-stream.ts';
import { KinesisStream } from './kinesis/stream.ts';
import { LambdaFunction } from './lambda/function.ts';
import { PassThrough } from './pass-through.ts';
import { S3Bucket } from './s3/bucket.ts';
import { SnsTopic } from './sns/topic.ts';
import { StateMachine } from './stepfunctions/state-machine.ts';
import { XRayTracing } from './xray/tracing.ts';
import { SqsQueue } from './sqs/queue.ts';

/**
 * Behaviour per kind: a new kind is one file and one line here. Kinds not listed carry no
 * traffic (see Ignored); PASS_THROUGH kinds forward work without behaviour of their own.
 */
export const BEHAVIOURS: Record<string, BehaviourFactory> = {
  'Actor::Client': (node, world) => new Client(node, world),
  'AWS::SQS::Queue': (node, world) => new SqsQueue(node, world),
  'AWS::SNS::Topic': (node, world) => new SnsTopic(node, world),
  'AWS::Lambda::Function': (node, world) => new LambdaFunction(node, world),
  'AWS::Kinesis::Stream': (node, world) => new KinesisStream(node, world),
  'AWS::KinesisFirehose::DeliveryStream': (node, world) => new DeliveryStream(node, world),
  'AWS::ApiGateway::RestApi': (node, world) => new RestApi(node, world),
  'AWS::S3::Bucket': (node, world) => new S3Bucket(node, world),
  'AWS::DynamoDB::Table': (node, world) => new DynamoDbTable(node, world),
  'AWS::DAX::Cluster': (node, world) => new DaxCluster(node, world),
  'AWS::ElastiCache::CacheCluster': (node, world) => new ElastiCacheCluster(node, world),
  'AWS::ElastiCache::ReplicationGroup': (node, world) => new ElastiCacheCluster(node, world),
  'AWS::EC2::Instance': (node, world) => new Application(node, world),
  'AWS::AutoScaling::AutoScalingGroup': (node, world) => new AutoScalingGroup(node, world),
  'AWS::ECS::Service': (node, world) => new Application(node, world),
  'AWS::ElasticBeanstalk::Environment': (node, world) => new BeanstalkEnvironment(node, world),
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (node, world) => new LoadBalancer(node, world),
  'AWS::ElasticLoadBalancing::LoadBalancer': (node, world) => new LoadBalancer(node, world),
  'AWS::RDS::DBInstance': (node, world) => new RdsDatabase(node, world),
  'AWS::RDS::DBCluster': (node, world) => new RdsDatabase(node, world),
  'AWS::StepFunctions::StateMachine': (node, world) => new StateMachine(node, world),
  'AWS::CloudWatch::Alarm': (node, world) => new CloudWatchAlarm(node, world),
  'AWS::CodeDeploy::DeploymentGroup': (node, world) => new CodeDeployGroup(node, world),
  'AWS::CodePipeline::Pipeline': (node, world) => new Pipeline(node, world),
  'AWS::Cognito::UserPool': (node, world) => new CognitoPool(node, world),
  'AWS::Cognito::IdentityPool': (node, world) => new CognitoPool(node, world),
  'AWS::XRay::Group': (node, world) => new XRayTracing(node, world),
  'AWS::CloudFormation::Stack': (node, world) => new CloudFormationStack(node, world),
  'AWS::Route53::RecordSet': (node, world) => new Route53Record(node, world),
  'AWS::EC2::NatGateway': (node, world) => new NatGateway(node, world),
};

/** Kinds that pass traffic on unchanged until they get a behaviour of their own. */
export const PASS_THROUGH_KINDS: readonly string[] = [
  'AWS::CloudFront::Distribution',
];

export const passThrough: BehaviourFactory = (node, world) => new PassThrough(node, world);
