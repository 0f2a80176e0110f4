import { defineRule } from '../../define.ts';

export const streamsAreLegacy = defineRule({
  id: 'cognito/streams-are-legacy',
  severity: 'warning',
  title: 'Cognito Streams is a legacy Cognito Sync feature',
  source: {
    section: 'Cognito',
    quote: 'You can configure a kinesis stream to receive events as data is updated and synchronized. Cognito can push each dataset change to a Kinesis stream in real-time',
  },
  facts: ['cognito.streams', 'cognito.sync'],
  currentFact: 'Cognito Sync and its Cognito Streams are legacy; AWS directs new applications to AWS AppSync for synchronised user data.',
  connection: { from: 'AWS::Cognito::IdentityPool', to: 'AWS::Kinesis::Stream' },
  check(design) {
    return design.nodesOfKind('AWS::Cognito::IdentityPool').flatMap((pool) =>
      design.edgesFrom(pool.id, { kind: 'AWS::Kinesis::Stream' }).map((edge) => ({
        message: `${pool.id} pushes dataset changes to ${edge.to} through Cognito Streams, a legacy feature.`,
        why: 'Cognito Streams belongs to Cognito Sync, which AWS keeps only for existing users: new applications sync user data with AWS AppSync and stream changes from their own data store (for example DynamoDB Streams).',
        fix: `Store the user data in AppSync (backed by DynamoDB) and stream changes from there; remove the edge from ${pool.id}.`,
        nodes: [pool.id, edge.to],
        edges: [design.edgeKey(edge)],
      })),
    );
  },
});
