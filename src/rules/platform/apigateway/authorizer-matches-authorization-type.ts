import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** Which authorizer node kind each authorization type calls. */
const AUTHORIZER_KIND: Record<string, string> = {
  CUSTOM: 'AWS::Lambda::Function',
  COGNITO_USER_POOLS: 'AWS::Cognito::UserPool',
};

export const authorizerMatchesAuthorizationType = defineRule({
  id: 'apigateway/authorizer-matches-authorization-type',
  severity: 'error',
  title: "The API's authorization type and its authorizer disagree",
  source: { section: 'Amazon API Gateway', quote: 'Lambda authorizer is a Lambda function controlling access to the API' },
  facts: ['apigw.lambda_authorizer'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const api of design.nodesOfKind('AWS::ApiGateway::RestApi')) {
      const type = String(design.config(api).authorizationType);
      const authorizers = design.edgesFrom(api.id, { role: 'authorizer' });
      const wanted = AUTHORIZER_KIND[type];
      if (wanted && !authorizers.some((edge) => design.kindOf(edge.to) === wanted)) {
        reports.push({
          message: `${api.id}: authorizationType is ${type} but no "authorizer" edge leads to a ${wanted === 'AWS::Lambda::Function' ? 'Lambda function' : 'Cognito user pool'}.`,
          why:
            type === 'CUSTOM'
              ? 'A CUSTOM method calls a Lambda authorizer (TOKEN or REQUEST type) that reads the caller identity and returns an IAM policy; without one, API Gateway cannot create the method.'
              : "A COGNITO_USER_POOLS method validates the caller's JWT against a user pool; without the pool the authorizer cannot be created.",
          fix: `Draw an edge from ${api.id} to the ${type === 'CUSTOM' ? 'authorizer function' : 'user pool'} with role "authorizer", or change authorizationType.`,
          nodes: [api.id],
          edges: [],
          property: 'authorizationType',
        });
      }
      for (const edge of authorizers) {
        const kind = design.kindOf(edge.to);
        if (kind === wanted) continue;
        reports.push({
          message: `${api.id}: the authorizer ${edge.to} is never called because authorizationType is ${type}.`,
          why: 'API Gateway calls a Lambda authorizer only for methods with AuthorizationType CUSTOM, and a Cognito authorizer only for COGNITO_USER_POOLS; the methods are open to whatever the current type allows.',
          fix: `Set authorizationType to ${kind === 'AWS::Lambda::Function' ? 'CUSTOM' : 'COGNITO_USER_POOLS'}, or remove the edge.`,
          nodes: [api.id, edge.to],
          edges: [design.edgeKey(edge)],
          property: 'authorizationType',
        });
      }
    }
    return reports;
  },
});
