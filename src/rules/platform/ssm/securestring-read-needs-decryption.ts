import { defineRule } from '../../define.ts';

export const secureStringReadNeedsDecryption = defineRule({
  id: 'ssm/securestring-read-needs-decryption',
  severity: 'warning',
  title: 'A SecureString read without decryption',
  source: {
    section: 'Systems manager',
    quote: 'They can be loaded dynamically into the app at runtime',
  },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::SSM::Parameter')
      .filter((parameter) => design.config(parameter).Type === 'SecureString')
      .flatMap((parameter) => design.edgesTo(parameter.id))
      .filter((edge) => design.edgeConfig(edge).withDecryption !== true)
      .map((edge) => ({
        message: `${edge.from} reads the SecureString ${edge.to} without decryption, so it gets the encrypted value.`,
        why: 'GetParameter returns a SecureString value still encrypted unless the call sets WithDecryption; with it, Parameter Store decrypts with the KMS key (the caller needs kms:Decrypt on that key).',
        fix: `Set withDecryption: true on the edge from ${edge.from}, and allow its role kms:Decrypt on the parameter's key.`,
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
        property: 'withDecryption',
      }));
  },
});
