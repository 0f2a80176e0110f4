import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CertificateManager::Certificate',
    label: 'ACM certificate',
    category: 'Security and identity',
    icon: 'acm',
    summary: 'A TLS certificate for load balancers, CloudFront and API Gateway.',
    section: 'Networking',
    config: z.object({
      DomainName: z.string().optional().meta({ description: 'The fully qualified domain name the certificate protects (CloudFormation requires it).' }),
      SubjectAlternativeNames: z.array(z.string()).default([]).meta({ description: 'More names the certificate covers.' }),
      ValidationMethod: z.enum(['DNS', 'EMAIL']).optional().meta({ description: 'How you prove you control the domain; DNS renews automatically.' }),
      KeyAlgorithm: z.enum(['RSA_2048', 'EC_prime256v1', 'EC_secp384r1']).default('RSA_2048').meta({ description: 'The public key algorithm.' }),
      region: z
        .string()
        .optional()
        .meta({ description: 'Game setting: the Region the certificate is requested in (CloudFront needs us-east-1); omitted: the Region of its users.' }),
    }),
    accepts: [
      {
        from: [
          'AWS::ElasticLoadBalancingV2::LoadBalancer',
          'AWS::ElasticLoadBalancing::LoadBalancer',
          'AWS::CloudFront::Distribution',
          'AWS::ApiGateway::RestApi',
        ],
        verb: 'terminates TLS with',
      },
    ],
  },
];
