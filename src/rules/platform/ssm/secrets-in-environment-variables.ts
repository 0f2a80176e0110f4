import { defineRule } from '../../define.ts';
import { secretLookingNames } from '../shared/secret-names.ts';

export const secretsInEnvironmentVariables = defineRule({
  id: 'ssm/secrets-in-environment-variables',
  severity: 'info',
  title: 'Secrets in plain environment variables',
  source: {
    section: 'Systems manager',
    quote: 'SSM Parameter Store is storage for config data management and secrets management, to manage configs outside of EC2, or EBS. They can be loaded dynamically into the app at runtime',
  },
  facts: [],
  check(design) {
    return design.nodesOfKind('AWS::Lambda::Function').flatMap((fn) => {
      const environment = design.config(fn).Environment as { Variables?: Record<string, unknown> } | undefined;
      const names = secretLookingNames(environment?.Variables);
      if (names.length === 0) return [];
      return [
        {
          message: `${fn.id}: the environment variables ${names.join(', ')} look like secrets kept in plain configuration.`,
          why: 'Environment variables are visible to anyone who can read the function configuration, and copied into every version; Parameter Store SecureString (or Secrets Manager) keeps the secret encrypted with KMS, access-controlled by IAM, and changeable without redeploying.',
          fix: `Store the values as SecureString parameters, connect ${fn.id} to them, and load them at start-up (outside the handler).`,
          nodes: [fn.id],
          edges: [],
          property: 'Environment',
        },
      ];
    });
  },
});
