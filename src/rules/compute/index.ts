import type { Rule } from '../types.ts';
import { capacityOrder } from './autoscaling/capacity-order.ts';
import { healthCheckType } from './autoscaling/health-check-type.ts';
import { singleAvailabilityZone } from './autoscaling/single-availability-zone.ts';
import { allAtOnceInProduction } from './beanstalk/all-at-once-in-production.ts';
import { applicationVersionLifecycle } from './beanstalk/application-version-lifecycle.ts';
import { customPlatformRetired } from './beanstalk/custom-platform-retired.ts';
import { longRequestsNeedWorker } from './beanstalk/long-requests-need-worker.ts';
import { policyNeedsLoadBalancer } from './beanstalk/policy-needs-load-balancer.ts';
import { rollingBatchTakesEveryInstance } from './beanstalk/rolling-batch-takes-every-instance.ts';
import { rollingReducesCapacity } from './beanstalk/rolling-reduces-capacity.ts';
import { dataDeletedWithStack } from './cloudformation/data-deleted-with-stack.ts';
import { duplicateExportName } from './cloudformation/duplicate-export-name.ts';
import { exportInUseBlocksDelete } from './cloudformation/export-in-use-blocks-delete.ts';
import { importAcrossRegions } from './cloudformation/import-across-regions.ts';
import { importNeedsExport } from './cloudformation/import-needs-export.ts';
import { inlineCodeRuntime } from './cloudformation/inline-code-runtime.ts';
import { nestedTemplateInS3 } from './cloudformation/nested-template-in-s3.ts';
import { rollbackDisabled } from './cloudformation/rollback-disabled.ts';
import { serverlessNeedsTransform } from './cloudformation/serverless-needs-transform.ts';
import { terminationProtectionBlocksDelete } from './cloudformation/termination-protection-blocks-delete.ts';
import { transformIsOptional } from './cloudformation/transform-is-optional.ts';
import { cacheLargeDependencies } from './codebuild/cache-large-dependencies.ts';
import { noSourceNeedsBuildspec } from './codebuild/no-source-needs-buildspec.ts';
import { buildTimeoutRange } from './codebuild/timeout-range.ts';
import { agentNotInstalled } from './codedeploy/agent-not-installed.ts';
import { automaticRollbackDisabled } from './codedeploy/automatic-rollback-disabled.ts';
import { hookNotOnPlatform } from './codedeploy/hook-not-on-platform.ts';
import { hooksRunInLifecycleOrder } from './codedeploy/hooks-run-in-lifecycle-order.ts';
import { inPlaceNeedsServerPlatform } from './codedeploy/in-place-needs-server-platform.ts';
import { reservedLifecycleEvent } from './codedeploy/reserved-lifecycle-event.ts';
import { targetMatchesPlatform } from './codedeploy/target-matches-platform.ts';
import { approvalAfterDeploy } from './codepipeline/approval-after-deploy.ts';
import { sourceStageFirst } from './codepipeline/source-stage-first.ts';
import { testsAfterDeploy } from './codepipeline/tests-after-deploy.ts';
import { alarmNeedsDetailedMonitoring } from './ec2/alarm-needs-detailed-monitoring.ts';
import { spreadPlacementGroupLimit } from './ec2/spread-placement-group-limit.ts';
import { userDataRunsAsRoot } from './ec2/user-data-runs-as-root.ts';
import { applicationAccessNeedsTaskRole } from './ecs/application-access-needs-task-role.ts';
import { singleTaskBehindLoadBalancer } from './ecs/single-task-behind-load-balancer.ts';
import { asyncFailuresLost } from './lambda/async-failures-lost.ts';
import { deadLetterTargetKind } from './lambda/dead-letter-target-kind.ts';
import { deploymentPackageSize } from './lambda/deployment-package-size.ts';
import { environmentVariablesSize } from './lambda/environment-variables-size.ts';
import { ephemeralStorageRange } from './lambda/ephemeral-storage-range.ts';
import { jobExceedsTimeout } from './lambda/job-exceeds-timeout.ts';
import { maximumEventAgeRange } from './lambda/maximum-event-age-range.ts';
import { maximumRetryAttemptsRange } from './lambda/maximum-retry-attempts-range.ts';
import { memorySizeRange } from './lambda/memory-size-range.ts';
import { provisionedAboveReserved } from './lambda/provisioned-above-reserved.ts';
import { provisionedConcurrencyNeedsVersion } from './lambda/provisioned-concurrency-needs-version.ts';
import { reservedConcurrencyLimit } from './lambda/reserved-concurrency-limit.ts';
import { streamMappingLimits } from './lambda/stream-mapping-limits.ts';
import { streamRetriesBlockShard } from './lambda/stream-retries-block-shard.ts';
import { timeoutRange } from './lambda/timeout-range.ts';
import { weightedAliasRouting } from './lambda/weighted-alias-routing.ts';
import { executionDuration } from './stepfunctions/execution-duration.ts';

/** Compute, deployment and infrastructure-as-code rules. */
export const rules: Rule[] = [
  capacityOrder,
  healthCheckType,
  singleAvailabilityZone,
  allAtOnceInProduction,
  applicationVersionLifecycle,
  customPlatformRetired,
  longRequestsNeedWorker,
  policyNeedsLoadBalancer,
  rollingBatchTakesEveryInstance,
  rollingReducesCapacity,
  dataDeletedWithStack,
  duplicateExportName,
  exportInUseBlocksDelete,
  importAcrossRegions,
  importNeedsExport,
  inlineCodeRuntime,
  nestedTemplateInS3,
  rollbackDisabled,
  serverlessNeedsTransform,
  terminationProtectionBlocksDelete,
  transformIsOptional,
  cacheLargeDependencies,
  noSourceNeedsBuildspec,
  buildTimeoutRange,
  agentNotInstalled,
  automaticRollbackDisabled,
  hookNotOnPlatform,
  hooksRunInLifecycleOrder,
  inPlaceNeedsServerPlatform,
  reservedLifecycleEvent,
  targetMatchesPlatform,
  approvalAfterDeploy,
  sourceStageFirst,
  testsAfterDeploy,
  alarmNeedsDetailedMonitoring,
  spreadPlacementGroupLimit,
  userDataRunsAsRoot,
  applicationAccessNeedsTaskRole,
  singleTaskBehindLoadBalancer,
  asyncFailuresLost,
  deadLetterTargetKind,
  deploymentPackageSize,
  environmentVariablesSize,
  ephemeralStorageRange,
  jobExceedsTimeout,
  maximumEventAgeRange,
  maximumRetryAttemptsRange,
  memorySizeRange,
  provisionedAboveReserved,
  provisionedConcurrencyNeedsVersion,
  reservedConcurrencyLimit,
  streamMappingLimits,
  streamRetriesBlockShard,
  timeoutRange,
  weightedAliasRouting,
  executionDuration,
];
