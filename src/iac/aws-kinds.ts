/** Facts about AWS resource types that the export and the import both need. */

/** How a template names a resource's ARN: `!Ref` for kinds whose Ref is the ARN, else `!GetAtt X.Arn`. */
const ARN_BY_REF = new Set(['AWS::SNS::Topic', 'AWS::StepFunctions::StateMachine', 'AWS::ElasticLoadBalancingV2::LoadBalancer']);

const ARN_ATTRIBUTE: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'Arn',
  'AWS::Lambda::Function': 'Arn',
  'AWS::DynamoDB::Table': 'Arn',
  'AWS::Kinesis::Stream': 'Arn',
  'AWS::S3::Bucket': 'Arn',
  'AWS::KinesisFirehose::DeliveryStream': 'Arn',
  'AWS::IAM::Role': 'Arn',
  'AWS::KMS::Key': 'Arn',
  'AWS::Logs::LogGroup': 'Arn',
  'AWS::CloudWatch::Alarm': 'Arn',
  'AWS::Cognito::UserPool': 'Arn',
  'AWS::CodeBuild::Project': 'Arn',
  'AWS::CodeCommit::Repository': 'Arn',
  'AWS::DAX::Cluster': 'Arn',
  'AWS::SSM::Parameter': 'Arn',
  'AWS::RDS::DBCluster': 'DBClusterArn',
  'AWS::RDS::DBInstance': 'DBInstanceArn',
};

export function arnOf(kind: string, logicalId: string): unknown {
  if (ARN_BY_REF.has(kind)) return { Ref: logicalId };
  const attribute = ARN_ATTRIBUTE[kind];
  return attribute ? { 'Fn::GetAtt': [logicalId, attribute] } : { Ref: logicalId };
}

/** The service principal that assumes an execution role for a kind of compute. */
export const SERVICE_PRINCIPAL: Readonly<Record<string, string>> = {
  'AWS::Lambda::Function': 'lambda.amazonaws.com',
  'AWS::StepFunctions::StateMachine': 'states.amazonaws.com',
  'AWS::EC2::Instance': 'ec2.amazonaws.com',
  'AWS::AutoScaling::AutoScalingGroup': 'ec2.amazonaws.com',
  'AWS::ElasticBeanstalk::Environment': 'ec2.amazonaws.com',
  'AWS::ECS::Service': 'ecs-tasks.amazonaws.com',
  'AWS::CodeBuild::Project': 'codebuild.amazonaws.com',
  'AWS::CodePipeline::Pipeline': 'codepipeline.amazonaws.com',
  'AWS::CodeDeploy::DeploymentGroup': 'codedeploy.amazonaws.com',
  'AWS::DAX::Cluster': 'dax.amazonaws.com',
  'AWS::ApiGateway::RestApi': 'apigateway.amazonaws.com',
  'AWS::KinesisFirehose::DeliveryStream': 'firehose.amazonaws.com',
  'AWS::KinesisAnalyticsV2::Application': 'kinesisanalytics.amazonaws.com',
};

/** The managed policy every Lambda execution role needs to write its logs. */
export const LAMBDA_BASIC_EXECUTION = `arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`;

/** Settings the catalog keeps on a REST API that CloudFormation puts on its AWS::ApiGateway::Stage. */
export const STAGE_PROPERTIES = ['CacheClusterEnabled', 'CacheClusterSize', 'TracingEnabled', 'Variables'] as const;

/** Settings the catalog keeps on a function that CloudFormation puts on its AWS::Lambda::EventInvokeConfig. */
export const INVOKE_CONFIG_PROPERTIES = ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds'] as const;
