import { describe, expect, it } from 'vitest';
import { loadDesignValue } from '../../../src/design/load.ts';
import { DESIGN_FORMAT } from '../../../src/design/schema.ts';
import { RULES } from '../../../src/rules/index.ts';
import { runRules } from '../../../src/rules/run.ts';

/** The process rules put numbers from their machine run into the message; they follow the config. */
function messages(ruleId: string, design: { nodes: unknown[]; edges?: unknown[] }): string[] {
  const loaded = loadDesignValue({ format: DESIGN_FORMAT, edges: [], ...design });
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => `${problem.path} ${problem.message}`).join('; '));
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return runRules(loaded.value, [rule]).map((finding) => finding.message);
}

describe('messages of the process rules come from the machine run', () => {
  const asyncTrigger = (config: Record<string, unknown>) => ({
    nodes: [
      { id: topic, kind: 'AWS::SNS::Topic' },
      { id: 'fn', kind: 'AWS::Lambda::Function', config },
    ],
    edges: [{ from: topic, to: 'fn' }],
  });
  const topic = 'alerts';

  it('asynchronous retries follow MaximumRetryAttempts and MaximumEventAgeInSeconds', () => {
    expect(messages('lambda/async-failures-lost', asyncTrigger({}))[0]).toContain('tried 3 times over 3 minutes');
    expect(messages('lambda/async-failures-lost', asyncTrigger({ MaximumRetryAttempts: 1 }))[0]).toContain('tried 2 times over 1 minute');
    expect(messages('lambda/async-failures-lost', asyncTrigger({ MaximumRetryAttempts: 0 }))[0]).toContain('tried once');
    expect(messages('lambda/async-failures-lost', asyncTrigger({ MaximumEventAgeInSeconds: 120 }))[0]).toContain('tried 2 times over 1 minute');
  });

  it('rolling capacity follows the instance count and batch size', () => {
    const environment = (config: Record<string, unknown>) => ({
      nodes: [{ id: 'shop', kind: 'AWS::ElasticBeanstalk::Environment', config: { production: true, deploymentPolicy: 'Rolling', ...config } }],
    });
    expect(messages('beanstalk/rolling-reduces-capacity', environment({ minSize: 4, batchSize: 50 }))[0]).toContain('capacity drops to 2 of 4 instances during each of the 2 batches');
    expect(messages('beanstalk/rolling-reduces-capacity', environment({ minSize: 10, batchSize: 30 }))[0]).toContain('capacity drops to 7 of 10 instances during each of the 4 batches');
    expect(messages('beanstalk/rolling-batch-takes-every-instance', environment({ minSize: 3, batchSizeType: 'Fixed', batchSize: 5 }))[0]).toContain(
      'a batch of 3 of 3 instance(s)',
    );
  });

  it('CodeDeploy rollback stories follow the failing hook', () => {
    const group = (failingHook: string) => ({ nodes: [{ id: 'deploy', kind: 'AWS::CodeDeploy::DeploymentGroup', config: { failingHook } }] });
    expect(messages('codedeploy/automatic-rollback-disabled', group('BeforeInstall'))[0]).toContain(
      'ends failed after ApplicationStop → DownloadBundle → BeforeInstall,',
    );
    expect(messages('codedeploy/automatic-rollback-disabled', group('ValidateService'))[0]).toContain('start deployment #2 of the last good revision');
  });

  it('CloudFormation leftovers follow the failing resource', () => {
    const stack = (failingResource: string) => ({
      nodes: [
        {
          id: 'network',
          kind: 'AWS::CloudFormation::Stack',
          config: {
            onFailure: 'DO_NOTHING',
            failingResource,
            templateResources: [
              { logicalId: 'Vpc', type: 'AWS::EC2::VPC' },
              { logicalId: 'Subnet', type: 'AWS::EC2::Subnet' },
              { logicalId: 'Nat', type: 'AWS::EC2::NatGateway' },
            ],
          },
        },
      ],
    });
    expect(messages('cloudformation/rollback-disabled', stack('Subnet'))[0]).toContain('CREATE_FAILED and Vpc stays behind');
    expect(messages('cloudformation/rollback-disabled', stack('Vpc'))[0]).toContain('nothing had been created yet');
  });
});
