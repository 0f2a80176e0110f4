import type { Rule } from '../types.ts';
import { cloudfrontCertificateInUsEast1 } from './acm/cloudfront-certificate-in-us-east-1.ts';
import { authorizerMatchesAuthorizationType } from './apigateway/authorizer-matches-authorization-type.ts';
import { cacheInvalidationNeedsAuthorization } from './apigateway/cache-invalidation-needs-authorization.ts';
import { cacheTtlRange } from './apigateway/cache-ttl-range.ts';
import { cacheTtlWithoutCache } from './apigateway/cache-ttl-without-cache.ts';
import { integrationTimeoutNeedsQuotaIncrease } from './apigateway/integration-timeout-needs-quota-increase.ts';
import { integrationTimeoutRange } from './apigateway/integration-timeout-range.ts';
import { integrationTimeoutShorterThanLambda } from './apigateway/integration-timeout-shorter-than-lambda.ts';
import { secretsInStageVariables } from './apigateway/secrets-in-stage-variables.ts';
import { throttlingAboveAccountQuota } from './apigateway/throttling-above-account-quota.ts';
import { alarmNeedsMetricSource } from './cloudwatch/alarm-needs-metric-source.ts';
import { datapointsWithinEvaluationPeriods } from './cloudwatch/datapoints-within-evaluation-periods.ts';
import { ec2MemoryNeedsAgent } from './cloudwatch/ec2-memory-needs-agent.ts';
import { evaluationWindowLimit } from './cloudwatch/evaluation-window-limit.ts';
import { highResolutionOnlyCustomMetrics } from './cloudwatch/high-resolution-only-custom-metrics.ts';
import { periodValid } from './cloudwatch/period-valid.ts';
import { subMinutePeriodNeedsHighResolution } from './cloudwatch/sub-minute-period-needs-high-resolution.ts';
import { identityPoolNeedsIdentityProvider } from './cognito/identity-pool-needs-identity-provider.ts';
import { identityPoolNeedsRole } from './cognito/identity-pool-needs-role.ts';
import { streamsAreLegacy } from './cognito/streams-are-legacy.ts';
import { unauthenticatedRoleTooBroad } from './cognito/unauthenticated-role-too-broad.ts';
import { userPoolGivesNoAwsCredentials } from './cognito/user-pool-gives-no-aws-credentials.ts';
import { classicIsPreviousGeneration } from './elb/classic-is-previous-generation.ts';
import { clientIpSource } from './elb/client-ip-source.ts';
import { idleTimeoutRange } from './elb/idle-timeout-range.ts';
import { internalNotReachableFromInternet } from './elb/internal-not-reachable-from-internet.ts';
import { listenerProtocolFitsType } from './elb/listener-protocol-fits-type.ts';
import { loadBalancerNeedsTargets } from './elb/load-balancer-needs-targets.ts';
import { pathRoutingNeedsAlb } from './elb/path-routing-needs-alb.ts';
import { stickySessionsLimitElasticity } from './elb/sticky-sessions-limit-elasticity.ts';
import { tlsListenerNeedsCertificate } from './elb/tls-listener-needs-certificate.ts';
import { explicitDenyOverridesAllow } from './iam/explicit-deny-overrides-allow.ts';
import { maxSessionDurationRange } from './iam/max-session-duration-range.ts';
import { perUserResourcesForAppUsers } from './iam/per-user-resources-for-app-users.ts';
import { roleWithoutPermissions } from './iam/role-without-permissions.ts';
import { trustPolicyAllowsAssumer } from './iam/trust-policy-allows-assumer.ts';
import { dataEncryptionNeedsSymmetricKey } from './kms/data-encryption-needs-symmetric-key.ts';
import { enableKeyRotation } from './kms/enable-key-rotation.ts';
import { encryptLimit4kb } from './kms/encrypt-limit-4kb.ts';
import { operationFitsKeyUsage } from './kms/operation-fits-key-usage.ts';
import { rotationPeriodRange } from './kms/rotation-period-range.ts';
import { rotationSymmetricOnly } from './kms/rotation-symmetric-only.ts';
import { retentionAllowedValues } from './logs/retention-allowed-values.ts';
import { retentionNeverExpires } from './logs/retention-never-expires.ts';
import { aliasForAwsResources } from './route53/alias-for-aws-resources.ts';
import { cnameNotAtZoneApex } from './route53/cname-not-at-zone-apex.ts';
import { weightRange } from './route53/weight-range.ts';
import { weightedRecordsNeedSetIdentifier } from './route53/weighted-records-need-set-identifier.ts';
import { secretNeedsSecureString } from './ssm/secret-needs-securestring.ts';
import { secretsInEnvironmentVariables } from './ssm/secrets-in-environment-variables.ts';
import { secureStringReadNeedsDecryption } from './ssm/securestring-read-needs-decryption.ts';
import { valueSizeWithinTier } from './ssm/value-size-within-tier.ts';
import { apiGatewayAcceptsTemporaryCredentials } from './sts/api-gateway-accepts-temporary-credentials.ts';
import { sessionDurationWithinRoleLimit } from './sts/session-duration-within-role-limit.ts';
import { natGatewayIsOutboundOnly } from './vpc/nat-gateway-is-outbound-only.ts';
import { natGatewayNeedsInternetGateway } from './vpc/nat-gateway-needs-internet-gateway.ts';
import { publicTierNeedsInternetGateway } from './vpc/public-tier-needs-internet-gateway.ts';
import { apiGatewayTracingEnabled } from './xray/api-gateway-tracing-enabled.ts';
import { daemonRequiredOutsideLambda } from './xray/daemon-required-outside-lambda.ts';
import { fixedRateIsAFraction } from './xray/fixed-rate-is-a-fraction.ts';
import { lambdaTracingActive } from './xray/lambda-tracing-active.ts';
import { loadBalancerSendsNoSegments } from './xray/load-balancer-sends-no-segments.ts';
import { sdkMaintenanceMode } from './xray/sdk-maintenance-mode.ts';
import { writePermissions } from './xray/write-permissions.ts';

/** Networking, security and identity, monitoring and tracing, and APIs. */
export const rules: Rule[] = [
  cloudfrontCertificateInUsEast1,
  authorizerMatchesAuthorizationType,
  cacheInvalidationNeedsAuthorization,
  cacheTtlRange,
  cacheTtlWithoutCache,
  integrationTimeoutNeedsQuotaIncrease,
  integrationTimeoutRange,
  integrationTimeoutShorterThanLambda,
  secretsInStageVariables,
  throttlingAboveAccountQuota,
  alarmNeedsMetricSource,
  datapointsWithinEvaluationPeriods,
  ec2MemoryNeedsAgent,
  evaluationWindowLimit,
  highResolutionOnlyCustomMetrics,
  periodValid,
  subMinutePeriodNeedsHighResolution,
  identityPoolNeedsIdentityProvider,
  identityPoolNeedsRole,
  streamsAreLegacy,
  unauthenticatedRoleTooBroad,
  userPoolGivesNoAwsCredentials,
  classicIsPreviousGeneration,
  clientIpSource,
  idleTimeoutRange,
  internalNotReachableFromInternet,
  listenerProtocolFitsType,
  loadBalancerNeedsTargets,
  pathRoutingNeedsAlb,
  stickySessionsLimitElasticity,
  tlsListenerNeedsCertificate,
  explicitDenyOverridesAllow,
  maxSessionDurationRange,
  perUserResourcesForAppUsers,
  roleWithoutPermissions,
  trustPolicyAllowsAssumer,
  dataEncryptionNeedsSymmetricKey,
  enableKeyRotation,
  encryptLimit4kb,
  operationFitsKeyUsage,
  rotationPeriodRange,
  rotationSymmetricOnly,
  retentionAllowedValues,
  retentionNeverExpires,
  aliasForAwsResources,
  cnameNotAtZoneApex,
  weightRange,
  weightedRecordsNeedSetIdentifier,
  secretNeedsSecureString,
  secretsInEnvironmentVariables,
  secureStringReadNeedsDecryption,
  valueSizeWithinTier,
  apiGatewayAcceptsTemporaryCredentials,
  sessionDurationWithinRoleLimit,
  natGatewayIsOutboundOnly,
  natGatewayNeedsInternetGateway,
  publicTierNeedsInternetGateway,
  apiGatewayTracingEnabled,
  daemonRequiredOutsideLambda,
  fixedRateIsAFraction,
  lambdaTracingActive,
  loadBalancerSendsNoSegments,
  sdkMaintenanceMode,
  writePermissions,
];
