import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Route53::RecordSet',
    label: 'Route 53 record',
    category: 'Networking and content delivery',
    icon: 'route53',
    summary: 'A DNS name that points at load balancers, distributions, buckets or addresses.',
    section: 'Networking',
    config: z.object({
      Name: z.string().optional().meta({ description: 'The DNS name, e.g. www.example.com. (CloudFormation requires it).' }),
      HostedZoneName: z
        .string()
        .optional()
        .meta({ description: 'The hosted zone the record lives in, e.g. example.com.; a record named like the zone is at the zone apex.' }),
      Type: z
        .enum(['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SOA', 'CAA', 'SRV', 'PTR', 'SPF', 'NAPTR', 'DS'])
        .default('A')
        .meta({ description: 'The record type (CloudFormation requires it; Cloudwright assumes A).' }),
      AliasTarget: z
        .object({
          EvaluateTargetHealth: z.boolean().default(false).meta({ description: 'Answer only while the target is healthy.' }),
        })
        .optional()
        .meta({ description: "Makes this an alias record to the AWS resource on the record's outgoing edge (DNSName and HostedZoneId come from it)." }),
      SetIdentifier: z.string().optional().meta({ description: 'Tells apart records with the same name and type under weighted (or other) routing.' }),
      Weight: z
        .number()
        .int()
        .optional()
        .meta({ description: "Weighted routing: this record's share is its weight over the sum of the weights of the records with the same name and type." }),
    }),
    accepts: [
      { from: [...APPLICATION_KINDS], verb: 'resolves its name with' },
      { from: ['AWS::Route53::RecordSet'], verb: 'is an alias to' },
    ],
  },
];
