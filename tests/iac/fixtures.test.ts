import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/design/schema.ts';
import { validate } from '../../src/engine/validate.ts';
import { exportTemplate, exportTemplateObject } from '../../src/iac/export-template.ts';
import { importTemplate } from '../../src/iac/import-template.ts';
import { canonical } from './design-arbitrary.ts';
import { specErrors } from './spec-check.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function imported(name: string): { design: Design; warnings: string[] } {
  const result = importTemplate(read(name));
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  return { design: result.design, warnings: result.warnings.map((warning) => warning.message) };
}

const kinds = (design: Design) => Object.fromEntries(design.nodes.map((node) => [node.id, node.kind]));
const edges = (design: Design) => design.edges.map((edge) => `${edge.from} -> ${edge.to}${edge.role ? ` (${edge.role})` : ''}`).sort();
const node = (design: Design, id: string) => design.nodes.find((candidate) => candidate.id === id);
const edge = (design: Design, from: string, to: string) => design.edges.find((candidate) => candidate.from === from && candidate.to === to);

interface Case {
  file: string;
  kinds: Record<string, string>;
  edges: string[];
  /** Rule ids the rules must report (exactly), from the rules as they are today. */
  findings: string[];
  check?: (design: Design, warnings: string[]) => void;
}

const CASES: Case[] = [
  {
    file: 'sqs-lambda.sam.yaml',
    kinds: { 'orders-queue': 'AWS::SQS::Queue', 'orders-dead-letter-queue': 'AWS::SQS::Queue', 'process-order-function': 'AWS::Lambda::Function' },
    edges: ['orders-queue -> orders-dead-letter-queue (dead-letter)', 'orders-queue -> process-order-function'],
    findings: [],
    check(design) {
      // Globals are merged into the function; the SQS event becomes the edge with its batch settings.
      expect(node(design, 'process-order-function')?.config).toMatchObject({ Runtime: 'nodejs20.x', Timeout: 30, MemorySize: 256, Handler: 'app.handler' });
      expect(edge(design, 'orders-queue', 'process-order-function')?.config).toEqual({ BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'] });
      expect(edge(design, 'orders-queue', 'orders-dead-letter-queue')?.config).toEqual({ maxReceiveCount: 5 });
    },
  },
  {
    file: 'sns-fanout.yaml',
    kinds: { 'order-events-topic': 'AWS::SNS::Topic', 'billing-queue': 'AWS::SQS::Queue', 'shipping-queue': 'AWS::SQS::Queue' },
    edges: ['order-events-topic -> billing-queue', 'order-events-topic -> shipping-queue'],
    findings: [],
    check(design, warnings) {
      expect(edge(design, 'order-events-topic', 'billing-queue')?.config).toEqual({ RawMessageDelivery: true });
      expect(edge(design, 'order-events-topic', 'shipping-queue')?.config).toEqual({ FilterPolicy: { eventType: ['order_placed'] } });
      // The queue policy is absorbed; the email subscription has no node and says so.
      expect(warnings.some((warning) => warning.includes('protocol email'))).toBe(true);
    },
  },
  {
    file: 'api-lambda-dynamodb.sam.yaml',
    kinds: { 'items-api': 'AWS::ApiGateway::RestApi', 'items-table': 'AWS::DynamoDB::Table', 'items-function': 'AWS::Lambda::Function' },
    edges: ['items-api -> items-function', 'items-function -> items-table'],
    findings: [],
    check(design, warnings) {
      expect(node(design, 'items-api')?.config).toEqual({ EndpointConfiguration: { Types: ['REGIONAL'] }, TracingEnabled: true });
      expect(node(design, 'items-table')?.config).toMatchObject({
        KeySchema: [{ AttributeName: 'itemId', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      });
      // CRUD policy: reads and writes, the default operation.
      expect(edge(design, 'items-function', 'items-table')?.config).toBeUndefined();
      expect(warnings.some((warning) => warning.includes('Environment'))).toBe(true);
    },
  },
  {
    file: 'api-sqs.yaml',
    kinds: { 'ingest-queue': 'AWS::SQS::Queue', 'ingest-api': 'AWS::ApiGateway::RestApi' },
    edges: ['ingest-api -> ingest-queue'],
    findings: [],
    check(design) {
      // The API's role is absorbed into the integration; the stage's and methods' settings land on the API.
      expect(node(design, 'ingest-api')?.config).toMatchObject({ Name: 'ingest', TracingEnabled: true, authorizationType: 'AWS_IAM' });
    },
  },
  {
    file: 's3-lambda.yaml',
    kinds: { 'uploads-bucket': 'AWS::S3::Bucket', 'thumbnails-bucket': 'AWS::S3::Bucket', 'thumbnail-function': 'AWS::Lambda::Function' },
    edges: ['thumbnail-function -> thumbnails-bucket', 'uploads-bucket -> thumbnail-function'],
    findings: ['lambda/async-failures-lost'],
    check(design) {
      expect(edge(design, 'uploads-bucket', 'thumbnail-function')?.config).toEqual({ events: ['s3:ObjectCreated:*'] });
      expect(node(design, 'thumbnail-function')?.config?.Role).toBeUndefined();
    },
  },
  {
    file: 'kinesis-lambda.yaml',
    kinds: { 'click-stream': 'AWS::Kinesis::Stream', 'click-processor': 'AWS::Lambda::Function' },
    edges: ['click-stream -> click-processor'],
    findings: ['kinesis/lambda-discards-without-destination'],
    check(design) {
      expect(edge(design, 'click-stream', 'click-processor')?.config).toEqual({
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 500,
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 3,
      });
    },
  },
  {
    file: 'dynamodb-streams.sam.yaml',
    kinds: { 'audit-table': 'AWS::DynamoDB::Table', 'audit-function': 'AWS::Lambda::Function' },
    edges: ['audit-table -> audit-function'],
    findings: ['lambda/stream-retries-block-shard'],
    check(design) {
      expect(node(design, 'audit-table')?.config?.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
      expect(edge(design, 'audit-table', 'audit-function')?.config).toEqual({ StartingPosition: 'LATEST', BatchSize: 100 });
    },
  },
  {
    file: 'step-functions.sam.yaml',
    kinds: { 'check-stock-function': 'AWS::Lambda::Function', 'stock-results-topic': 'AWS::SNS::Topic', 'order-workflow': 'AWS::StepFunctions::StateMachine' },
    edges: ['order-workflow -> check-stock-function', 'order-workflow -> stock-results-topic'],
    findings: ['design/unknown-property', 'design/unknown-property', 'sns/topic-without-subscribers'],
    check(design) {
      expect(node(design, 'order-workflow')?.config?.StateMachineType).toBe('STANDARD');
    },
  },
  {
    file: 'sqs-lambda.json',
    kinds: {
      'jobs-queue': 'AWS::SQS::Queue',
      worker: 'AWS::Lambda::Function',
      'worker-logs': 'AWS::Logs::LogGroup',
      dashboard: 'AWS::CloudWatch::Dashboard',
    },
    edges: ['jobs-queue -> worker'],
    findings: ['design/unknown-kind', 'sqs/consumed-queue-without-dlq', 'sqs/visibility-timeout-below-function-timeout'],
    check(design) {
      // An unknown type stays a node with its properties; the role is absorbed into the mapping.
      expect(node(design, 'dashboard')?.config).toEqual({ DashboardBody: '{"widgets":[]}' });
      expect(design.nodes.some((candidate) => candidate.kind === 'AWS::IAM::Role')).toBe(false);
    },
  },
];

describe('templates shaped like published patterns', () => {
  for (const testCase of CASES) {
    describe(testCase.file, () => {
      it('imports into the expected nodes and edges', () => {
        const { design, warnings } = imported(testCase.file);
        expect(kinds(design)).toEqual(testCase.kinds);
        expect(edges(design)).toEqual([...testCase.edges].sort());
        testCase.check?.(design, warnings);
      });

      it('lints: the rules run and report the expected findings', async () => {
        const verdict = await validate({ source: imported(testCase.file).design });
        expect(verdict.valid).toBe(true);
        // Only this project's concern: which rules fire, not their wording.
        const fired = verdict.findings.map((finding) => finding.rule).sort();
        for (const rule of testCase.findings) expect(fired).toContain(rule);
        const errors = verdict.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
        expect(errors.every((rule) => testCase.findings.includes(rule))).toBe(true);
      });

      it('exports again: every resource and connection is kept, and the template matches the specification', () => {
        const { design } = imported(testCase.file);
        for (const format of ['cloudformation', 'sam'] as const) {
          const again = importTemplate(exportTemplate(design, { format }));
          if (!again.ok) throw new Error(again.problems.map((problem) => problem.message).join('\n'));
          expect(canonical(again.design)).toEqual(canonical(design));
        }
        const template = exportTemplateObject(design);
        expect(specErrors(template)).toEqual([]);
        expect(Object.values(template.Resources).map((resource) => resource.Type)).toEqual(expect.arrayContaining(Object.values(testCase.kinds)));
      });
    });
  }
});
