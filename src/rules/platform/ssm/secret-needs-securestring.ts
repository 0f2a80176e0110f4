import { defineRule } from '../../define.ts';

export const secretNeedsSecureString = defineRule({
  id: 'ssm/secret-needs-securestring',
  severity: 'warning',
  title: 'A secret stored as a plain String parameter',
  source: {
    section: 'Systems manager',
    quote: 'SSM Parameter Store is storage for config data management and secrets management',
  },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::SSM::Parameter')
      .filter((parameter) => design.config(parameter).holdsSecret === true && design.config(parameter).Type !== 'SecureString')
      .map((parameter) => ({
        message: `${parameter.id} holds a secret as a ${String(design.config(parameter).Type)} parameter, stored and shown in plain text.`,
        why: 'A SecureString parameter is encrypted with a KMS key, and reading its value needs both ssm:GetParameter and kms:Decrypt; a String is readable by anyone allowed to read the parameter and appears in plain text in the console and API.',
        fix: `Make ${parameter.id} a SecureString (encrypted with the AWS managed key aws/ssm or your own KMS key), or keep it in Secrets Manager for automatic rotation.`,
        nodes: [parameter.id],
        edges: [],
        property: 'Type',
      }));
  },
});
