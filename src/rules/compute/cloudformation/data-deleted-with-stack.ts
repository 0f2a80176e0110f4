import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { STACK, templateResourcesOf } from './stack-run.ts';

/** Resource types whose deletion destroys data. */
const DATA_TYPES = [
  'AWS::DynamoDB::Table',
  'AWS::S3::Bucket',
  'AWS::Kinesis::Stream',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::SQS::Queue',
  'AWS::EC2::Volume',
];
const KEEPS_DATA = ['Retain', 'RetainExceptOnCreate', 'Snapshot'];

export const dataDeletedWithStack = defineRule({
  id: 'cloudformation/data-deleted-with-stack',
  severity: 'warning',
  title: 'Deleting a stack deletes the data it manages',
  source: {
    section: 'CloudFormation',
    quote: 'Not to be used for DynamoDB tables, Kinesis streams, AutoScaling settings or S3 buckets.',
  },
  facts: ['cfn.not_for_data_resources'],
  currentFact:
    'The notes are wrong: CloudFormation fully supports DynamoDB tables, Kinesis streams, Auto Scaling groups and S3 buckets. Protect data with DeletionPolicy (and UpdateReplacePolicy) Retain or Snapshot instead of keeping it out of templates.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      const config = design.config(node);
      if (config.operation !== 'delete') continue;
      const lost = templateResourcesOf(config.templateResources).filter(
        (resource) => DATA_TYPES.includes(resource.type) && !KEEPS_DATA.includes(resource.DeletionPolicy ?? 'Delete'),
      );
      if (lost.length === 0) continue;
      reports.push({
        message: `${node.id}: deleting the stack deletes ${lost.map((resource) => `${resource.logicalId} (${resource.type})`).join(', ')} and the data in ${lost.length === 1 ? 'it' : 'them'}.`,
        why: 'CloudFormation deletes every resource of a stack with DeletionPolicy Delete (the default for most types) when the stack is deleted; DeletionPolicy Retain keeps the resource, Snapshot keeps a final backup where the type supports it.',
        fix: 'Set DeletionPolicy: Retain (or Snapshot for RDS and EBS) on resources holding data you must keep, then delete the stack.',
        nodes: [node.id],
        edges: [],
        property: 'templateResources',
      });
    }
    return reports;
  },
});
