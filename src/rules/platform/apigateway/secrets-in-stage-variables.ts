import { defineRule } from '../../define.ts';
import { secretLookingNames } from '../shared/secret-names.ts';

export const secretsInStageVariables = defineRule({
  id: 'apigateway/secrets-in-stage-variables',
  severity: 'warning',
  title: 'Secrets in stage variables',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the notes quote a stage variable reference literally.
  source: { section: 'Amazon API Gateway', quote: 'http://${stageVariables.<variable_name>}.example.com/dev/operation' },
  facts: ['apigw.stage_variables'],
  check(design) {
    return design.nodesOfKind('AWS::ApiGateway::RestApi').flatMap((api) => {
      const names = secretLookingNames(design.config(api).Variables);
      if (names.length === 0) return [];
      return [
        {
          message: `${api.id}: the stage variables ${names.join(', ')} look like secrets.`,
          why: 'Stage variables are plain text: anyone who can read the stage configuration sees them, and they are meant for non-secret settings such as a backend host name or a Lambda alias.',
          fix: 'Keep the secret in Parameter Store (SecureString) or Secrets Manager and let the backend read it; put only its name in a stage variable if needed.',
          nodes: [api.id],
          edges: [],
          property: 'Variables',
        },
      ];
    });
  },
});
