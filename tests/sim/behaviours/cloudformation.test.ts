import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/simulate.ts';
import { design, settings } from '../designs.ts';

const resources = [
  { logicalId: 'OrdersTable', type: 'AWS::DynamoDB::Table' },
  { logicalId: 'OrdersQueue', type: 'AWS::SQS::Queue' },
  { logicalId: 'Fulfil', type: 'AWS::Lambda::Function' },
];

const stackRun = (config: Record<string, unknown>, importer = false) =>
  simulate(
    design(
      [
        { id: 'users', kind: 'Actor::Client' },
        { id: 'network', kind: 'AWS::CloudFormation::Stack', config: { templateResources: resources, exports: ['VpcId'], ...config } },
        ...(importer ? [{ id: 'app-stack', kind: 'AWS::CloudFormation::Stack', config: { operation: 'create' } }] : []),
      ],
      importer ? [{ from: 'app-stack', to: 'network', config: { importNames: ['VpcId'] } }] : [],
    ),
    settings({ drainSeconds: 600, traffic: [{ id: 'idle', ratePerSecond: 1, durationSeconds: 1 }] }),
  ).reports!.network!;

describe('CloudFormation stacks', () => {
  it('creates the resources in template order', () => {
    const report = stackRun({});
    const create = report.deployments![0]!;
    expect(create.outcome).toBe('deployed');
    expect(create.steps).toEqual(['CREATE_COMPLETE OrdersTable (AWS::DynamoDB::Table)', 'CREATE_COMPLETE OrdersQueue (AWS::SQS::Queue)', 'CREATE_COMPLETE Fulfil (AWS::Lambda::Function)', 'CREATE_COMPLETE']);
    expect(report.values!.created).toBe(3);
  });

  it('rolls back on failure: what was created is deleted; DO_NOTHING keeps it', () => {
    const rolled = stackRun({ failingResource: 'Fulfil' });
    const create = rolled.deployments![0]!;
    expect(create.outcome).toBe('rolled-back');
    expect(create.rollback).toBe('delete-created-resources');
    expect(create.steps).toContain('DELETE_COMPLETE OrdersQueue (rollback)');
    expect(create.steps.at(-1)).toBe('ROLLBACK_COMPLETE');
    expect(rolled.values!.deleted).toBe(2);
    const kept = stackRun({ failingResource: 'Fulfil', onFailure: 'DO_NOTHING' });
    expect(kept.deployments![0]!.outcome).toBe('failed');
    expect(kept.values!.kept).toBe(2);
  });

  it('a delete is refused while another stack imports an export; Retain keeps a resource', () => {
    const refused = stackRun({ operation: 'delete' }, true);
    expect(refused.deployments![0]!.outcome).toBe('failed');
    expect(refused.deployments![0]!.steps[0]).toMatch(/DELETE refused: another stack \(app-stack\) imports an export/);
    expect(refused.values!.refusedByExports).toBe(1);
    const retained = stackRun({ operation: 'delete', templateResources: [...resources.slice(1), { logicalId: 'OrdersTable', type: 'AWS::DynamoDB::Table', DeletionPolicy: 'Retain' }] });
    expect(retained.deployments![0]!.outcome).toBe('deployed');
    expect(retained.deployments![0]!.steps).toContain('DELETE_SKIPPED OrdersTable (DeletionPolicy Retain)');
    expect(retained.values!.deleted).toBe(2);
  });
});
