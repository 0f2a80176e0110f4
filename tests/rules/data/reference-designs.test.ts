import { describe, expect, it } from 'vitest';
import { loadDesignValue } from '../../../src/design/load.ts';
import { rules as dataRules } from '../../../src/rules/data/index.ts';
import { RULES } from '../../../src/rules/index.ts';
import { runRules } from '../../../src/rules/run.ts';

function design(nodes: unknown[], edges: unknown[]) {
  const loaded = loadDesignValue({ format: 'cloudwright.design/1', nodes, edges });
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => `${problem.path} ${problem.message}`).join('; '));
  return loaded.value;
}

const products = { id: 'products', kind: 'AWS::DynamoDB::Table', config: { ProvisionedThroughput: { ReadCapacityUnits: 400, WriteCapacityUnits: 20 } } };

/** The models the simulation and the scenarios rely on: application → cache → table. */
const daxInFront = design(
  [{ id: 'api', kind: 'AWS::Lambda::Function' }, { id: 'cache', kind: 'AWS::DAX::Cluster' }, products],
  [
    { from: 'api', to: 'cache' },
    { from: 'cache', to: 'products' },
  ],
);

const redisInFront = design(
  [
    { id: 'api', kind: 'AWS::Lambda::Function' },
    { id: 'cache', kind: 'AWS::ElastiCache::ReplicationGroup', config: { NumCacheClusters: 2, AutomaticFailoverEnabled: true, MultiAZEnabled: true } },
    products,
  ],
  [
    { from: 'api', to: 'cache', config: { strategy: 'lazy-loading', ttlSeconds: 300 } },
    { from: 'cache', to: 'products' },
  ],
);

const staticSite = design(
  [
    { id: 'visitors', kind: 'Actor::Client' },
    {
      id: 'cdn',
      kind: 'AWS::CloudFront::Distribution',
      config: {
        DistributionConfig: {
          Aliases: ['www.example.com'],
          DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
          ViewerCertificate: { AcmCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', SslSupportMethod: 'sni-only' },
        },
      },
    },
    { id: 'site', kind: 'AWS::S3::Bucket', config: { BucketName: 'www-example-site' } },
  ],
  [
    { from: 'visitors', to: 'cdn' },
    { from: 'cdn', to: 'site', role: 'origin', config: { OriginAccessControlId: 'E2QWRUHAPOMQZL' } },
  ],
);

describe('reference designs of the storage slice', () => {
  it.each([
    ['DAX in front of a table', daxInFront],
    ['a Multi-AZ Redis cache with a TTL in front of a table', redisInFront],
    ['a private bucket served over HTTPS by CloudFront', staticSite],
  ])('%s: no storage rule has anything to say', (_name, reference) => {
    expect(runRules(reference, dataRules).map((finding) => finding.message)).toEqual([]);
  });

  it.each([
    ['DAX in front of a table', daxInFront],
    ['a Multi-AZ Redis cache with a TTL in front of a table', redisInFront],
  ])('%s: every edge is a connection AWS offers', (_name, reference) => {
    const refused = runRules(reference, RULES).filter((finding) => finding.rule === 'design/connection-not-offered');
    expect(refused).toEqual([]);
  });

  it('a client calling the cache directly is refused: caches live in a VPC', () => {
    const direct = design(
      [{ id: 'web', kind: 'Actor::Client' }, { id: 'cache', kind: 'AWS::ElastiCache::CacheCluster', config: { Engine: 'redis' } }],
      [{ from: 'web', to: 'cache' }],
    );
    const refused = runRules(direct, RULES).filter((finding) => finding.rule === 'design/connection-not-offered');
    expect(refused.map((finding) => finding.edges)).toEqual([['web->cache']]);
  });

  it('every data rule cites a notes section and quote, and explains outdated notes with a current fact', () => {
    for (const rule of dataRules) {
      expect(rule.source.section.length, rule.id).toBeGreaterThan(1);
      expect(rule.source.quote.length, rule.id).toBeGreaterThan(10);
      expect(rule.id, rule.id).toMatch(/^(s3|cloudfront|ebs|rds|aurora|dynamodb|dax|elasticache|redshift)\/[a-z0-9-]+$/);
    }
    expect(new Set(dataRules.map((rule) => rule.id)).size).toBe(dataRules.length);
  });
});
