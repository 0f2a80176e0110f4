import type { NotesSource } from '../../catalog/types.ts';
import { citations as scaling } from '../../sim/behaviours/autoscaling/instance-lifecycle.machine.ts';
import { citations as stacks } from '../../sim/behaviours/cloudformation/stack.machine.ts';
import { citations as alarms } from '../../sim/behaviours/cloudwatch/alarm.machine.ts';
import { citations as identity } from '../../sim/behaviours/cognito/identity.machine.ts';
import { citations as policies } from '../../sim/behaviours/deployment/deployment-policy.machine.ts';
import { citations as pipelines } from '../../sim/behaviours/deployment/pipeline.machine.ts';
import { citations as balancers } from '../../sim/behaviours/elb/load-balancer.machine.ts';
import { citations as databases } from '../../sim/behaviours/rds/database-availability.machine.ts';
import { citations as workflows } from '../../sim/behaviours/stepfunctions/execution.machine.ts';
import { citations as tracing } from '../../sim/behaviours/xray/tracing.machine.ts';

/** The notes sentence a kind's behaviour rests on first, for explanations of what it reports. */
const BY_KIND: Record<string, NotesSource> = {
  'AWS::AutoScaling::AutoScalingGroup': scaling[0]!,
  'AWS::CloudFormation::Stack': stacks[0]!,
  'AWS::CloudWatch::Alarm': alarms[0]!,
  'AWS::Cognito::UserPool': identity[0]!,
  'AWS::Cognito::IdentityPool': identity[0]!,
  'AWS::ElasticBeanstalk::Environment': policies[0]!,
  'AWS::CodePipeline::Pipeline': pipelines[0]!,
  'AWS::CodeDeploy::DeploymentGroup': pipelines[3]!,
  'AWS::ElasticLoadBalancingV2::LoadBalancer': balancers[0]!,
  'AWS::ElasticLoadBalancing::LoadBalancer': balancers[0]!,
  'AWS::RDS::DBInstance': databases[0]!,
  'AWS::RDS::DBCluster': databases[5]!,
  'AWS::StepFunctions::StateMachine': workflows[0]!,
  'AWS::XRay::Group': tracing[0]!,
};

export function sourceForKind(kind: string | undefined): NotesSource | undefined {
  if (kind === undefined) return undefined;
  const citation = BY_KIND[kind];
  return citation ? { section: citation.section, quote: citation.quote } : undefined;
}
