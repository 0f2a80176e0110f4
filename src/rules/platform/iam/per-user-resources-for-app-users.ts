import { defineRule } from '../../define.ts';
import { allowedActions } from '../shared/permissions.ts';

/** Services whose objects or items belong to individual app users. */
const USER_DATA_PREFIXES = ['s3:', 'dynamodb:'];

export const perUserResourcesForAppUsers = defineRule({
  id: 'iam/per-user-resources-for-app-users',
  severity: 'warning',
  title: "App users' role reaches every user's data",
  source: {
    section: 'IAM',
    quote:
      'IAM variables: policy variables can be used to create a single policy that applies to multiple users, for example to allow each user in the group full programmatic access to a user-specific object (their own "home directory") in S3.',
  },
  facts: ['cognito.identity_pools'],
  check(design) {
    return design
      .nodesOfKind('AWS::Cognito::IdentityPool')
      .flatMap((pool) => design.edgesFrom(pool.id, { kind: 'AWS::IAM::Role' }))
      .filter((edge) => design.edgeConfig(edge).identities === 'authenticated')
      .flatMap((edge) => {
        const role = design.node(edge.to);
        if (!role || design.config(role).perUserResources === true) return [];
        const dataActions = allowedActions(design, role).filter(
          (action) => action === '*' || USER_DATA_PREFIXES.some((prefix) => action.toLowerCase().startsWith(prefix)),
        );
        if (dataActions.length === 0) return [];
        return [
          {
            message: `${role.id} lets every user signed in through ${edge.from} use ${dataActions.join(', ')} on all users' data.`,
            why: "All users of an identity pool share the role, so without a condition each one can read and overwrite everyone else's objects or items. The policy variable cognito-identity.amazonaws.com:sub in the S3 key prefix, or in a dynamodb:LeadingKeys condition, limits each user to their own.",
            fix: `Scope ${role.id}'s policies with the cognito-identity.amazonaws.com:sub policy variable (perUserResources: true).`,
            nodes: [edge.from, role.id],
            edges: [design.edgeKey(edge)],
            property: 'perUserResources',
          },
        ];
      });
  },
});
