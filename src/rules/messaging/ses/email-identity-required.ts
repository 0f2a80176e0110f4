import { defineRule } from '../../define.ts';
import { EMAIL_IDENTITY, isSet } from '../kinds.ts';

export const emailIdentityRequired = defineRule({
  id: 'ses/email-identity-required',
  severity: 'error',
  title: 'An SES identity without the address or domain it sends from',
  source: { section: 'SES', quote: 'Scalable and highly available email service. Pay as you go model, it send and receive emails.' },
  facts: [],
  check(design) {
    return design.nodesOfKind(EMAIL_IDENTITY).flatMap((identity) => {
      if (isSet(design.config(identity).EmailIdentity)) return [];
      return [
        {
          message: `${identity.id} has no EmailIdentity: SES does not know which domain or address it sends from.`,
          why: 'EmailIdentity is a required CloudFormation property: SES only sends from an identity (a domain or an email address) that you have verified.',
          fix: `Set EmailIdentity on ${identity.id} to your domain (e.g. example.com) or a sender address (e.g. orders@example.com).`,
          nodes: [identity.id],
          edges: [],
          property: 'EmailIdentity',
        },
      ];
    });
  },
});
