import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { IN_PLACE_LIFECYCLE, runInPlaceDeployment } from '../processes/codedeploy-in-place.ts';
import { computePlatformOf } from './lifecycle-hooks.ts';

export const automaticRollbackDisabled = defineRule({
  id: 'codedeploy/automatic-rollback-disabled',
  severity: 'warning',
  title: 'A deployment group without automatic rollback',
  source: {
    section: 'CodeDeploy',
    quote: 'A new deployment of the last known working version is deployed with a new deployment ID.',
  },
  facts: ['codedeploy.rollback'],
  currentFact:
    'Rollback redeploys the last known good revision as a NEW deployment with a new deployment ID, automatically (on failure or a CloudWatch alarm, when enabled) or by hand; that it first deploys to the failed instances is not documented.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeDeploy::DeploymentGroup')) {
      const config = design.config(node);
      const rollback = config.AutoRollbackConfiguration as { Enabled?: boolean; Events?: string[] } | undefined;
      if (rollback?.Enabled && rollback.Events?.includes('DEPLOYMENT_FAILURE')) continue;
      const failing = typeof config.failingHook === 'string' ? config.failingHook : 'ValidateService';
      const platform = computePlatformOf(config.computePlatform);
      const inPlace = platform === 'Server' && (IN_PLACE_LIFECYCLE as readonly string[]).includes(failing);
      const without = inPlace ? runInPlaceDeployment({ automaticRollback: false }, failing) : undefined;
      const withRollback = inPlace ? runInPlaceDeployment({ automaticRollback: true }, failing) : undefined;
      const story =
        without && withRollback
          ? `if ${failing} fails, the deployment ends ${without.outcome} after ${without.firstDeploymentEvents.join(' → ')}, leaving the instances on the broken revision; with automatic rollback CodeDeploy would start deployment #${withRollback.deployments} of the last good revision and end ${withRollback.outcome}.`
          : 'a failed deployment stays failed until someone redeploys the last good revision by hand.';
      reports.push({
        message: `${node.id}: automatic rollback on DEPLOYMENT_FAILURE is off: ${story}`,
        why: 'With AutoRollbackConfiguration enabled for DEPLOYMENT_FAILURE (and optionally DEPLOYMENT_STOP_ON_ALARM), CodeDeploy redeploys the last known good revision as a new deployment with a new deployment id as soon as a deployment fails.',
        fix: 'Set AutoRollbackConfiguration to { Enabled: true, Events: [DEPLOYMENT_FAILURE] } (add DEPLOYMENT_STOP_ON_ALARM with a CloudWatch alarm).',
        nodes: [node.id],
        edges: [],
        property: 'AutoRollbackConfiguration',
      });
    }
    return reports;
  },
});
