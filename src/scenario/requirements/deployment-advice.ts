import type { NotesSource } from '../../catalog/types.ts';
import { OPERATIONS_NOTES } from './operations-notes.ts';

/** What a deployment requirement can find wrong with one deployment. */
export type DeploymentProblem = 'too-slow' | 'outcome' | 'rollback' | 'extra-instances' | 'failed-requests';

/** The deployment target's own words: Beanstalk policies, CodeDeploy configurations, CloudFormation stack options. */
interface TargetAdvice {
  why: string;
  source?: NotesSource;
  fix: (problem: DeploymentProblem, node: string, wanted: string | undefined) => string;
}

const BEANSTALK: TargetAdvice = {
  why: 'Each deployment policy trades speed against capacity, cost and how it rolls back: all at once and rolling reuse the instances (fast, cheap, manual rollback); immutable and traffic splitting launch new ones (slower, costlier, automatic rollback).',
  source: OPERATIONS_NOTES.immutable,
  fix: (problem, node, wanted) => {
    switch (problem) {
      case 'too-slow':
        return `Deploy ${node} to the existing instances (Rolling) or in bigger batches; launching new instances takes minutes.`;
      case 'outcome':
        return wanted === 'rolled-back'
          ? `Use a policy for ${node} that rolls back on its own: Immutable or TrafficSplitting terminate the new instances; a blue/green swap of environment URLs is swapped back.`
          : `Follow ${node}'s deployment steps in the replay to the one that failed.`;
      case 'rollback':
        return `Pick the deployment policy for ${node} whose rollback the brief asks for (${wanted}).`;
      case 'extra-instances':
        return `Deploy ${node} to the existing instances (Rolling) or with one additional batch instead of a full new fleet.`;
      case 'failed-requests':
        return `Keep instances of ${node} serving while others update, and let only healthy new instances take traffic (Immutable).`;
    }
  },
};

const CODEDEPLOY: TargetAdvice = {
  source: OPERATIONS_NOTES.codeDeployRollback,
  why: 'A CodeDeploy deployment configuration sets how many instances update at once (one at a time, half, all); on failure, automatic rollback redeploys the last good revision as a new deployment, and without it the failed revision stays.',
  fix: (problem, node, wanted) => {
    switch (problem) {
      case 'too-slow':
        return `Use a faster DeploymentConfigName on ${node} (CodeDeployDefault.HalfAtATime updates half the instances at once).`;
      case 'outcome':
      case 'rollback':
        return wanted === 'rolled-back' || wanted === 'redeploy-last-good-revision'
          ? `Turn on automatic rollback on ${node} (AutoRollbackConfiguration: Enabled true, Events DEPLOYMENT_FAILURE) so CodeDeploy redeploys the last good revision.`
          : `Set ${node}'s AutoRollbackConfiguration to what the brief asks for (${wanted}).`;
      case 'extra-instances':
        return `Deploy ${node} in place to the existing instances instead of a blue/green replacement fleet.`;
      case 'failed-requests':
        return `Update fewer of ${node}'s instances at once (CodeDeployDefault.OneAtATime) so the rest keep serving, and roll back automatically on failure.`;
    }
  },
};

const STACK: TargetAdvice = {
  source: OPERATIONS_NOTES.stackRollback,
  why: 'When a resource of a stack operation fails, CloudFormation rolls the whole operation back by default (OnFailure ROLLBACK deletes what it created); DO_NOTHING leaves the half-made stack as it is.',
  fix: (problem, node, wanted) => {
    switch (problem) {
      case 'outcome':
      case 'rollback':
        return wanted === 'rolled-back' || wanted === 'delete-created-resources'
          ? `Keep ${node}'s onFailure at ROLLBACK (the default) so a failed operation removes what it created.`
          : `Set ${node}'s onFailure to what the brief asks for (${wanted}).`;
      default:
        return `Follow ${node}'s stack events in the replay: the slowest resource sets the time, and each resource created is one more to pay for.`;
    }
  },
};

export function deploymentAdvice(kind: string | undefined): TargetAdvice {
  if (kind === 'AWS::CodeDeploy::DeploymentGroup') return CODEDEPLOY;
  if (kind === 'AWS::CloudFormation::Stack') return STACK;
  return BEANSTALK;
}
