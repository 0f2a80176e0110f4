import { describe, expect, it } from 'vitest';
import { acceptanceFor, CATALOG, componentFor } from '../../../src/catalog/index.ts';
import { rules } from '../../../src/rules/platform/index.ts';

const PREFIXES = /^(apigateway|elb|route53|vpc|acm|iam|sts|cognito|kms|ssm|cloudwatch|logs|xray)\/[a-z0-9]+(-[a-z0-9]+)*$/;
const SECTIONS = ['Networking', 'Security', 'IAM', 'Cognito', 'STS', 'Encryption', 'Systems manager', 'Monitoring', 'Cloudwatch', 'X-Ray', 'Amazon API Gateway', 'Lambda'];
const PLATFORM_KINDS = [
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::Route53::RecordSet',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::CertificateManager::Certificate',
  'AWS::IAM::Role',
  'AWS::Cognito::UserPool',
  'AWS::Cognito::IdentityPool',
  'AWS::KMS::Key',
  'AWS::SSM::Parameter',
  'AWS::CloudWatch::Alarm',
  'AWS::Logs::LogGroup',
  'AWS::XRay::Group',
  'AWS::ApiGateway::RestApi',
];

describe('platform rules metadata', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has a slice id, a notes section and well-formed fact ids', (_id, rule) => {
    expect(rule.id).toMatch(PREFIXES);
    expect(SECTIONS).toContain(rule.source.section);
    expect(rule.source.quote.length).toBeGreaterThan(15);
    for (const fact of rule.facts) expect(fact).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
  });

  it('rule ids are unique', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  it('range limits name a real config key of a catalog kind', () => {
    for (const rule of rules.filter((candidate) => candidate.limit)) {
      const definition = componentFor(rule.limit!.kind);
      expect(definition, rule.id).toBeDefined();
      expect(Object.keys(definition!.config.shape), rule.id).toContain(rule.limit!.property);
    }
  });

  it('rules that explain a refused connection name a pair the catalog does not offer', () => {
    for (const rule of rules.filter((candidate) => candidate.connection)) {
      const { from, to } = rule.connection!;
      expect(componentFor(from), rule.id).toBeDefined();
      expect(componentFor(to), rule.id).toBeDefined();
      expect(acceptanceFor(from, to, undefined), rule.id).toBeUndefined();
    }
  });
});

describe('platform catalog entries', () => {
  it.each(PLATFORM_KINDS)('%s fills every default from an empty config', (kind) => {
    const definition = componentFor(kind)!;
    expect(definition.config.safeParse({}).success).toBe(true);
  });

  it.each(PLATFORM_KINDS)('%s accepts edges only from kinds the catalog knows', (kind) => {
    for (const acceptance of componentFor(kind)!.accepts) {
      for (const from of acceptance.from) expect(CATALOG.has(from), `${kind} accepts unknown ${from}`).toBe(true);
      if (acceptance.config) expect(acceptance.config.safeParse({}).success).toBe(true);
    }
  });
});
