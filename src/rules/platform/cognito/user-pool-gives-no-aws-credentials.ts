import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** AWS services a client can only call with AWS credentials (SigV4), not with a user pool token. */
const CREDENTIAL_SERVICES = [
  'AWS::S3::Bucket',
  'AWS::DynamoDB::Table',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::Lambda::Function',
];

export const userPoolGivesNoAwsCredentials = defineRule({
  id: 'cognito/user-pool-gives-no-aws-credentials',
  severity: 'error',
  title: 'A user pool used where temporary AWS credentials are needed',
  source: {
    section: 'Cognito',
    quote: 'Cognito **user pools**: sign-up and sign-in webpages for your app, access and manage user data. ... Cognito **identity pools**: gives users access to AWS resources, like S3 or DynamoDB.',
  },
  facts: ['cognito.user_pools', 'cognito.identity_pools'],
  connection: { from: 'AWS::Cognito::UserPool', to: 'AWS::IAM::Role' },
  check(design) {
    const reports: RuleReport[] = [];
    const why =
      'A user pool signs users in and issues JSON Web Tokens (ID, access, refresh); AWS service APIs accept only SigV4 requests signed with AWS credentials. An identity pool exchanges the user pool token for temporary credentials of an IAM role.';
    for (const pool of design.nodesOfKind('AWS::Cognito::UserPool')) {
      for (const edge of design.edgesFrom(pool.id, { kind: 'AWS::IAM::Role' })) {
        reports.push({
          message: `${pool.id} hands its users the role ${edge.to} directly, but a user pool cannot issue AWS credentials.`,
          why,
          fix: `Put a Cognito identity pool between them: ${pool.id} → identity pool → ${edge.to}.`,
          nodes: [pool.id, edge.to],
          edges: [design.edgeKey(edge)],
        });
      }
      for (const signIn of design.edgesTo(pool.id, { kind: 'Actor::Client' })) {
        const client = signIn.from;
        if (design.edgesFrom(client, { kind: ['AWS::Cognito::IdentityPool', 'AWS::IAM::Role'] }).length > 0) continue;
        const direct = design.edgesFrom(client, { kind: CREDENTIAL_SERVICES });
        if (direct.length === 0) continue;
        reports.push({
          message: `${client} signs in with ${pool.id} and then calls ${direct.map((edge) => edge.to).join(', ')} directly, but it has no AWS credentials.`,
          why,
          fix: `Add a Cognito identity pool that trusts ${pool.id} and connect ${client} to it; its role grants the calls. Or call through API Gateway with a Cognito authorizer.`,
          nodes: [client, pool.id, ...direct.map((edge) => edge.to)],
          edges: direct.map((edge) => design.edgeKey(edge)),
        });
      }
    }
    return reports;
  },
});
