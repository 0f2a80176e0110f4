/**
 * Copies the official AWS Architecture Icons (npm aws-icons) that the catalog names into
 * assets/icons/ and writes assets/icons/manifest.json (icon key → file). Run once after the
 * catalog gains an icon key: `npx tsx src/tools/copy-icons.ts`. Swapping the icon set means
 * editing SOURCES below and running it again.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allComponents } from '../catalog/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKAGE_ICONS = join(ROOT, 'node_modules', 'aws-icons', 'icons');
const OUT = join(ROOT, 'assets', 'icons');

/** Icon key (the catalog's `icon` field) → SVG in aws-icons, relative to its icons/ folder. */
const SOURCES: Record<string, string> = {
  acm: 'architecture-service/AWSCertificateManager.svg',
  'api-gateway': 'architecture-service/AmazonAPIGateway.svg',
  aurora: 'architecture-service/AmazonAurora.svg',
  'auto-scaling': 'architecture-service/AmazonEC2AutoScaling.svg',
  client: 'resource/Users.svg',
  cloudformation: 'architecture-service/AWSCloudFormation.svg',
  cloudfront: 'architecture-service/AmazonCloudFront.svg',
  'cloudwatch-alarm': 'resource/AmazonCloudWatchAlarm.svg',
  'cloudwatch-logs': 'resource/AmazonCloudWatchLogs.svg',
  codebuild: 'architecture-service/AWSCodeBuild.svg',
  codecommit: 'architecture-service/AWSCodeCommit.svg',
  codedeploy: 'architecture-service/AWSCodeDeploy.svg',
  codepipeline: 'architecture-service/AWSCodePipeline.svg',
  cognito: 'architecture-service/AmazonCognito.svg',
  'cognito-identity': 'resource/AWSIdentityAccessManagementTemporarySecurityCredential.svg',
  dax: 'resource/AmazonDynamoDBAmazonDynamoDBAccelerator.svg',
  dynamodb: 'architecture-service/AmazonDynamoDB.svg',
  ebs: 'architecture-service/AmazonElasticBlockStore.svg',
  ec2: 'architecture-service/AmazonEC2.svg',
  ecs: 'architecture-service/AmazonElasticContainerService.svg',
  'elastic-beanstalk': 'architecture-service/AWSElasticBeanstalk.svg',
  elasticache: 'architecture-service/AmazonElastiCache.svg',
  'elasticache-redis': 'resource/AmazonElastiCacheElastiCacheforRedis.svg',
  'elb-application': 'resource/ElasticLoadBalancingApplicationLoadBalancer.svg',
  'elb-classic': 'resource/ElasticLoadBalancingClassicLoadBalancer.svg',
  firehose: 'architecture-service/AmazonDataFirehose.svg',
  flink: 'architecture-service/AmazonManagedServiceforApacheFlink.svg',
  'iam-role': 'resource/AWSIdentityAccessManagementRole.svg',
  'internet-gateway': 'resource/AmazonVPCInternetGateway.svg',
  kinesis: 'architecture-service/AmazonKinesisDataStreams.svg',
  kms: 'architecture-service/AWSKeyManagementService.svg',
  lambda: 'architecture-service/AWSLambda.svg',
  'nat-gateway': 'resource/AmazonVPCNATGateway.svg',
  rds: 'architecture-service/AmazonRDS.svg',
  redshift: 'architecture-service/AmazonRedshift.svg',
  route53: 'architecture-service/AmazonRoute53.svg',
  s3: 'architecture-service/AmazonSimpleStorageService.svg',
  ses: 'architecture-service/AmazonSimpleEmailService.svg',
  sns: 'architecture-service/AmazonSimpleNotificationService.svg',
  sqs: 'architecture-service/AmazonSimpleQueueService.svg',
  ssm: 'resource/AWSSystemsManagerParameterStore.svg',
  'step-functions': 'architecture-service/AWSStepFunctions.svg',
  xray: 'architecture-service/AWSXRay.svg',
};

const keys = [...new Set(allComponents().map((component) => component.icon))].sort();
const missing = keys.filter((key) => !SOURCES[key] || !existsSync(join(PACKAGE_ICONS, SOURCES[key])));
if (missing.length > 0) {
  console.error(`copy-icons: no aws-icons SVG for icon key(s): ${missing.join(', ')} — add them to SOURCES in src/tools/copy-icons.ts`);
  process.exit(1);
}

mkdirSync(OUT, { recursive: true });
const manifest: Record<string, { file: string; source: string }> = {};
for (const key of keys) {
  const source = SOURCES[key]!;
  copyFileSync(join(PACKAGE_ICONS, source), join(OUT, `${key}.svg`));
  manifest[key] = { file: `${key}.svg`, source: `aws-icons/icons/${source}` };
}
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`copy-icons: ${keys.length} icons copied to assets/icons/`);
