import type { DesignContext } from '../../context.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const IAM_ROLE = 'AWS::IAM::Role';

/** The role's `permissions` game setting, when the design lists them. */
function permissions(design: DesignContext, roleId: string): string[] | undefined {
  const role = design.node(roleId);
  const listed = role ? design.config(role).permissions : undefined;
  return Array.isArray(listed) ? listed.map(String) : undefined;
}

/** Kinds whose APIs the containers call with IAM credentials (ElastiCache or RDS logins are not IAM). */
const IAM_AUTHORIZED_KINDS = [
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::DynamoDB::Table',
  'AWS::DAX::Cluster',
  'AWS::S3::Bucket',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::Lambda::Function',
  'AWS::StepFunctions::StateMachine',
  'AWS::SSM::Parameter',
  'AWS::KMS::Key',
  'AWS::SES::EmailIdentity',
];

/** The service prefix of an AWS kind's API actions, e.g. AWS::SQS::Queue → sqs. */
function servicePrefix(kind: string): string {
  return (kind.split('::')[1] ?? '').toLowerCase();
}

export const applicationAccessNeedsTaskRole = defineRule({
  id: 'ecs/application-access-needs-task-role',
  severity: 'error',
  title: 'A container calling AWS without a task role',
  source: { section: 'ECS', quote: 'To allow the container to access SQS, the policy must be attached to the ECS Task\'s execution role' },
  facts: ['ecs.task_role.sqs'],
  currentFact:
    'The notes are wrong: the application\'s permissions (e.g. SQS) belong in the task role (taskRoleArn). The task execution role is used by the ECS agent to pull images from ECR, send logs and fetch secrets; the containers cannot use it.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ECS::Service')) {
      const calls = design.edgesFrom(node.id, { role: 'none', kind: IAM_AUTHORIZED_KINDS });
      const taskRoles = design.edgesFrom(node.id, { role: 'task-role', kind: IAM_ROLE });
      const executionRoles = design.edgesFrom(node.id, { role: 'execution-role', kind: IAM_ROLE });
      // Only designs that model the service's IAM roles are judged on them.
      if (calls.length === 0 || executionRoles.length === 0) continue;
      const why =
        'Code in a task gets credentials for the task role only. The task execution role is for the ECS agent (pulling images from ECR, sending awslogs, reading secrets); its permissions never reach the containers.';
      if (taskRoles.length === 0) {
        reports.push({
          message: `${node.id}: its containers call ${calls.map((edge) => edge.to).join(', ')} but the service has no task role, only the execution role ${executionRoles.map((edge) => edge.to).join(', ')}; the calls are denied.`,
          why,
          fix: `Add an IAM role with role "task-role" (edge ${node.id} → role) and give it the permissions the application needs.`,
          nodes: [node.id, ...calls.map((edge) => edge.to), ...executionRoles.map((edge) => edge.to)],
          edges: [...calls, ...executionRoles].map((edge) => design.edgeKey(edge)),
        });
        continue;
      }
      // Where the design lists permissions: the execution role holds what the task role lacks.
      for (const call of calls) {
        const prefix = `${servicePrefix(design.kindOf(call.to) ?? '')}:`;
        const taskAllows = taskRoles.some((edge) => permissions(design, edge.to)?.some((action) => action.startsWith(prefix) || action === '*') ?? true);
        const misplaced = executionRoles.filter((edge) => permissions(design, edge.to)?.some((action) => action.startsWith(prefix)));
        if (taskAllows || misplaced.length === 0) continue;
        reports.push({
          message: `${node.id}: the ${prefix}* permissions for ${call.to} are on the execution role ${misplaced.map((edge) => edge.to).join(', ')}, not on the task role ${taskRoles.map((edge) => edge.to).join(', ')}; the containers' calls are denied.`,
          why,
          fix: `Move the ${prefix}* permissions to the task role.`,
          nodes: [node.id, call.to, ...taskRoles.map((edge) => edge.to), ...misplaced.map((edge) => edge.to)],
          edges: [call, ...taskRoles, ...misplaced].map((edge) => design.edgeKey(edge)),
        });
      }
    }
    return reports;
  },
});
