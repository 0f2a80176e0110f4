import { AWS_APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import type { DesignContext } from '../../context.ts';
import type { RuleReport } from '../../types.ts';

/** A caller signs with temporary credentials when AWS runs it under a role, or it gets them from STS or an identity pool. */
function usesTemporaryCredentials(design: DesignContext, callerId: string): boolean {
  const kind = design.kindOf(callerId) ?? '';
  if ((AWS_APPLICATION_KINDS as readonly string[]).includes(kind)) return true;
  return design.edgesFrom(callerId, { kind: ['AWS::Cognito::IdentityPool', 'AWS::IAM::Role'] }).length > 0;
}

export const apiGatewayAcceptsTemporaryCredentials = defineRule({
  id: 'sts/api-gateway-accepts-temporary-credentials',
  severity: 'info',
  title: 'IAM-authorized APIs accept temporary STS credentials',
  source: { section: 'STS', quote: 'Security token service: used to request *temporary* (expire after 1h), limited-privilege credentials ... Not supported by API gateway for authentication.' },
  facts: ['sts.apigw_auth'],
  currentFact:
    'The notes are wrong here: API Gateway IAM authorization (SigV4) accepts requests signed with temporary STS credentials (with their session token), e.g. from a Cognito identity pool or an assumed role.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const api of design.nodesOfKind('AWS::ApiGateway::RestApi')) {
      if (design.config(api).authorizationType !== 'AWS_IAM') continue;
      const callers = design.edgesTo(api.id).filter((edge) => usesTemporaryCredentials(design, edge.from));
      if (callers.length === 0) continue;
      reports.push({
        message: `${api.id} uses IAM authorization and is called with temporary credentials by ${callers.map((edge) => edge.from).join(', ')}: that works.`,
        why: "SigV4 signing works with temporary credentials: the caller adds the session token (X-Amz-Security-Token) and API Gateway checks the assumed role's execute-api:Invoke permission.",
        fix: 'Nothing to change; give the role the caller assumes execute-api:Invoke on this API.',
        nodes: [api.id, ...callers.map((edge) => edge.from)],
        edges: callers.map((edge) => design.edgeKey(edge)),
      });
    }
    return reports;
  },
});
