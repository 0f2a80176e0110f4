import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ApiGateway::RestApi',
    label: 'API Gateway REST API',
    category: 'Application integration',
    icon: 'api-gateway',
    summary: 'A managed HTTP API front door with stages, caching and throttling.',
    section: 'Amazon API Gateway',
    config: z.object({
      EndpointConfiguration: z
        .object({
          Types: z
            .array(z.enum(['EDGE', 'REGIONAL', 'PRIVATE']))
            .default(['EDGE'])
            .meta({ description: 'EDGE (through CloudFront points of presence), REGIONAL, or PRIVATE (only from a VPC).' }),
        })
        .default({ Types: ['EDGE'] })
        .meta({ description: 'The endpoint type of the API.' }),
      CacheClusterEnabled: z
        .boolean()
        .default(false)
        .meta({ description: 'Stage setting (AWS::ApiGateway::Stage): provision a cache for the stage.' }),
      CacheClusterSize: z
        .enum(['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237'])
        .default('0.5')
        .meta({ unit: 'GB', description: 'Stage setting: the size of the stage cache; billed per hour by size.' }),
      cacheTtlInSeconds: z
        .number()
        .int()
        .default(300)
        .meta({ unit: 's', description: 'Stage MethodSettings CacheTtlInSeconds: how long a cached response is served (0 to 3,600 s; 0 turns caching off).' }),
      requireAuthorizationForCacheControl: z
        .boolean()
        .default(true)
        .meta({
          description:
            'Stage cache setting (per-key cache invalidation): only callers allowed execute-api:InvalidateCache may bypass a cached entry with Cache-Control: max-age=0.',
        }),
      Variables: z
        .record(z.string(), z.string())
        .default({})
        .meta({ description: 'Stage variables (AWS::ApiGateway::Stage Variables): name-value pairs used in integration URIs and mapping templates.' }),
      throttlingRateLimit: z
        .number()
        .default(10_000)
        .meta({ unit: 'requests/s', description: 'Stage MethodSettings ThrottlingRateLimit: steady-state requests per second.' }),
      throttlingBurstLimit: z
        .number()
        .int()
        .default(5_000)
        .meta({ unit: 'requests', description: 'Stage MethodSettings ThrottlingBurstLimit: the token bucket size for bursts.' }),
      authorizationType: z
        .enum(['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'])
        .default('NONE')
        .meta({ description: "The methods' AuthorizationType: none, IAM (SigV4-signed requests), a Lambda authorizer (CUSTOM) or a Cognito user pool." }),
      integrationTimeoutInMillis: z
        .number()
        .int()
        .default(29_000)
        .meta({ unit: 'ms', description: "The integrations' TimeoutInMillis: how long API Gateway waits for the backend (50 to 29,000 ms by default)." }),
      TracingEnabled: z.boolean().default(false).meta({ description: 'Stage setting: X-Ray active tracing for the stage.' }),
    }),
    accepts: [
      { from: [...APPLICATION_KINDS], verb: 'calls' },
      { from: ['AWS::Route53::RecordSet'], verb: 'resolves (custom domain name) to' },
      { from: ['AWS::CloudFront::Distribution'], role: 'origin', verb: 'fetches cache misses from (origin)' },
    ],
  },
];
