import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CloudFront::Distribution',
    label: 'CloudFront distribution',
    category: 'Networking and content delivery',
    icon: 'cloudfront',
    summary: 'A content delivery network that caches at edge locations.',
    section: 'S3',
    config: z.object({
      DistributionConfig: z
        .object({
          Enabled: z.boolean().default(true).meta({ description: 'Whether the distribution accepts requests.' }),
          Aliases: z.array(z.string()).default([]).meta({ description: 'Alternate domain names (CNAMEs), e.g. www.example.com.' }),
          DefaultRootObject: z.string().optional().meta({ description: 'The object returned for a request to the root URL, e.g. index.html.' }),
          PriceClass: z
            .enum(['PriceClass_100', 'PriceClass_200', 'PriceClass_All'])
            .default('PriceClass_All')
            .meta({ description: 'Which edge locations serve the content (fewer is cheaper).' }),
          HttpVersion: z.enum(['http1.1', 'http2', 'http3', 'http2and3']).default('http2'),
          DefaultCacheBehavior: z
            .object({
              ViewerProtocolPolicy: z
                .enum(['allow-all', 'https-only', 'redirect-to-https'])
                .default('allow-all')
                .meta({ description: 'HTTP and HTTPS, HTTPS only, or redirect HTTP to HTTPS (required in CloudFormation; the console starts at allow-all).' }),
              Compress: z.boolean().default(false).meta({ description: 'Compress files with gzip or Brotli at the edge.' }),
              CachePolicyId: z.string().optional().meta({ description: 'A managed or custom cache policy (TTLs and cache key).' }),
              DefaultTTL: z.number().int().default(86_400).meta({ unit: 's', description: 'Legacy cache setting: TTL when the origin sends no Cache-Control.' }),
              MinTTL: z.number().int().default(0).meta({ unit: 's' }),
              MaxTTL: z.number().int().default(31_536_000).meta({ unit: 's' }),
            })
            .prefault({}),
          ViewerCertificate: z
            .object({
              AcmCertificateArn: z.string().optional().meta({ description: 'An ACM certificate (in us-east-1) covering the aliases.' }),
              IamCertificateId: z.string().optional().meta({ description: 'A certificate stored in IAM (legacy; prefer ACM).' }),
              CloudFrontDefaultCertificate: z.boolean().optional().meta({ description: 'The *.cloudfront.net certificate (no aliases).' }),
              SslSupportMethod: z.enum(['sni-only', 'vip', 'static-ip']).optional(),
              MinimumProtocolVersion: z.string().optional().meta({ description: 'e.g. TLSv1.2_2021.' }),
            })
            .default({ CloudFrontDefaultCertificate: true })
            .meta({ description: 'The certificate viewers see over HTTPS.' }),
        })
        .prefault({}),
    }),
    accepts: [
      { from: ['Actor::Client'], verb: 'requests content from' },
      { from: ['AWS::Route53::RecordSet'], verb: 'resolves to (alias record)' },
    ],
  },
];
