/** How long CloudFormation takes to create one resource of a type (deleting takes about half). */
const CREATE_MS: Record<string, { min: number; max: number }> = {
  'AWS::RDS::DBInstance': { min: 300_000, max: 900_000 },
  'AWS::RDS::DBCluster': { min: 300_000, max: 600_000 },
  'AWS::ElastiCache::ReplicationGroup': { min: 300_000, max: 600_000 },
  'AWS::CloudFront::Distribution': { min: 180_000, max: 600_000 },
  'AWS::DynamoDB::Table': { min: 10_000, max: 30_000 },
  'AWS::Lambda::Function': { min: 5_000, max: 15_000 },
  'AWS::IAM::Role': { min: 10_000, max: 20_000 },
  'AWS::S3::Bucket': { min: 3_000, max: 10_000 },
  'AWS::SQS::Queue': { min: 3_000, max: 10_000 },
};
const DEFAULT_MS = { min: 10_000, max: 60_000 };

export function createTime(type: string): { min: number; max: number } {
  return CREATE_MS[type] ?? DEFAULT_MS;
}

export function deleteTime(type: string): { min: number; max: number } {
  const create = createTime(type);
  return { min: create.min / 2, max: create.max / 2 };
}
