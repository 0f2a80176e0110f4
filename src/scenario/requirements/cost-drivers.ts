import type { NotesSource } from '../../catalog/types.ts';
import { NOTES } from './notes.ts';

/** How AWS bills a kind, and what makes its bill smaller: for explaining a design's biggest costs. */
interface Billing {
  billed: string;
  cheaper: string;
  source?: NotesSource;
}

const BILLING: Record<string, Billing> = {
  'AWS::Lambda::Function': {
    billed: 'per request and per GB-second of run time (memory × duration)',
    cheaper: 'fewer invocations (bigger batches), a shorter run time, or less memory',
    source: NOTES.lambdaPricing,
  },
  'AWS::DynamoDB::Table': {
    billed: 'in provisioned mode per read and write capacity unit per hour, used or not; on demand per request',
    cheaper: 'provision only the units the traffic needs (eventually consistent reads need half), or use on-demand for spiky traffic',
  },
  'AWS::SQS::Queue': {
    billed: 'per request, and every receive counts, even one that returns nothing',
    cheaper: 'long polling (ReceiveMessageWaitTimeSeconds up to 20 s) and batches of up to 10 messages per receive',
  },
  'AWS::Kinesis::Stream': { billed: 'per shard-hour and per PUT payload unit', cheaper: 'only the shards the peak write rate needs' },
  'AWS::ElastiCache::CacheCluster': { billed: 'per node-hour by node type', cheaper: 'a smaller node type or fewer nodes' },
  'AWS::ElastiCache::ReplicationGroup': { billed: 'per node-hour by node type', cheaper: 'a smaller node type or fewer replicas' },
  'AWS::DAX::Cluster': { billed: 'per node-hour by node type', cheaper: 'a smaller node type or fewer nodes' },
  'AWS::RDS::DBInstance': { billed: 'per instance-hour, twice for a Multi-AZ standby, plus storage', cheaper: 'a smaller instance class' },
  'AWS::AutoScaling::AutoScalingGroup': { billed: 'per instance-hour of every instance running', cheaper: 'fewer or smaller instances' },
};

/** "triage (AWS::Lambda::Function) is billed per request ...": the why and fix lines for the costliest nodes. */
export function costDrivers(top: ReadonlyArray<readonly [string, number]>, kindOf: (node: string) => string | undefined): { why: string; fix: string; source?: NotesSource } {
  const lines = top.map(([node]) => ({ node, billing: BILLING[kindOf(node) ?? ''] }));
  const known = lines.filter((line) => line.billing !== undefined);
  const why = known.map((line) => `${line.node} is billed ${line.billing!.billed}.`).join(' ');
  const fix = known.length > 0
    ? `Make the biggest costs smaller: ${known.map((line) => `${line.node}: ${line.billing!.cheaper}`).join('; ')}.`
    : `Size down or remove the most expensive components (${top.map(([node]) => node).join(', ')}).`;
  const source = known[0]?.billing?.source;
  return { why, fix, ...(source ? { source } : {}) };
}
