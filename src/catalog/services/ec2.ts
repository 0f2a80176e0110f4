import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import { streamConsumerConfig } from './kinesis.ts';
import { queuePollerConfig } from './sqs.ts';
import type { ComponentDefinition } from '../types.ts';

/** Who sends requests to servers: application code, clients, load balancers, DNS records. */
const SERVER_CALLERS = [
  ...APPLICATION_KINDS,
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::Route53::RecordSet',
];

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::EC2::Instance',
    label: 'EC2 instance',
    category: 'Compute',
    icon: 'ec2',
    summary: 'A virtual server you manage.',
    section: 'EC2',
    config: z.object({
      InstanceType: z
        .string()
        .default('m1.small')
        .meta({ description: "Instance type, e.g. t3.micro. CloudFormation's default when left out is the previous-generation m1.small." }),
      ImageId: z.string().optional().meta({ description: 'The AMI the instance boots from.' }),
      AvailabilityZone: z.string().optional().meta({ description: 'The Availability Zone the instance runs in, e.g. eu-west-1a.' }),
      Monitoring: z
        .boolean()
        .default(false)
        .meta({ description: 'Detailed monitoring: EC2 metrics every 1 minute instead of every 5 minutes (extra cost).' }),
      UserData: z.string().optional().meta({ description: 'Script run as root on the first boot only (by default).' }),
      PlacementGroupName: z.string().optional().meta({ description: 'The placement group the instance launches into.' }),
      placementStrategy: z
        .enum(['cluster', 'spread', 'partition'])
        .optional()
        .meta({ description: "Strategy of the instance's AWS::EC2::PlacementGroup: cluster packs for low latency; spread and partition isolate failures." }),
      codeDeployAgent: z
        .boolean()
        .default(false)
        .meta({ description: 'Game setting: the CodeDeploy agent is installed, so CodeDeploy can deploy to this instance.' }),
    }),
    accepts: [
      { from: SERVER_CALLERS, verb: 'sends requests to' },
      { from: ['AWS::SQS::Queue'], verb: 'is polled by', config: queuePollerConfig },
      { from: ['AWS::Kinesis::Stream'], verb: 'reads records from', config: streamConsumerConfig },
      { from: ['AWS::CodeDeploy::DeploymentGroup'], verb: 'deploys revisions to' },
      { from: ['AWS::CloudWatch::Alarm'], verb: 'stops, reboots or recovers (alarm action)' },
    ],
  },
  {
    kind: 'AWS::AutoScaling::AutoScalingGroup',
    label: 'Auto Scaling group',
    category: 'Compute',
    icon: 'auto-scaling',
    summary: 'Keeps a fleet of EC2 instances at the right size and replaces unhealthy ones.',
    section: 'EC2',
    config: z.object({
      AvailabilityZones: z
        .array(z.string())
        .optional()
        .meta({ description: 'Availability Zones to launch instances in (or give subnets in VPCZoneIdentifier).' }),
      VPCZoneIdentifier: z.array(z.string()).optional().meta({ description: 'Subnet ids to launch instances in; each subnet lies in one Availability Zone.' }),
      MinSize: z.number().int().default(1).meta({ description: 'Fewest instances the group keeps (required in CloudFormation).' }),
      MaxSize: z.number().int().default(1).meta({ description: 'Most instances the group may run (required in CloudFormation).' }),
      DesiredCapacity: z
        .number()
        .int()
        .optional()
        .meta({ description: 'Instances the group should run now; AWS uses MinSize when it is left out.' }),
      HealthCheckType: z
        .enum(['EC2', 'ELB', 'EBS', 'VPC_LATTICE'])
        .default('EC2')
        .meta({ description: 'EC2 replaces instances only on EC2 status checks; ELB also on failed load balancer health checks.' }),
      HealthCheckGracePeriod: z.number().int().default(0).meta({ unit: 's', description: 'Time after launch before health checks count.' }),
      detailedMonitoring: z
        .boolean()
        .default(false)
        .meta({ description: "LaunchTemplateData.Monitoring.Enabled of the group's launch template: 1-minute instead of 5-minute metrics." }),
      codeDeployAgent: z
        .boolean()
        .default(false)
        .meta({ description: "Game setting: the launch template's AMI or user data installs the CodeDeploy agent." }),
    }),
    accepts: [
      { from: SERVER_CALLERS, verb: 'sends requests to' },
      { from: ['AWS::SQS::Queue'], verb: 'is polled by', config: queuePollerConfig },
      { from: ['AWS::Kinesis::Stream'], verb: 'reads records from', config: streamConsumerConfig },
      { from: ['AWS::CodeDeploy::DeploymentGroup'], verb: 'deploys revisions to' },
      { from: ['AWS::CloudWatch::Alarm'], verb: 'scales (alarm action on a scaling policy)' },
    ],
  },
];
