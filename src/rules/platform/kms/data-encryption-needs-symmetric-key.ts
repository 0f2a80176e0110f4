import { APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';

export const dataEncryptionNeedsSymmetricKey = defineRule({
  id: 'kms/data-encryption-needs-symmetric-key',
  severity: 'error',
  title: 'Envelope or at-rest encryption with a key that cannot make data keys',
  source: { section: 'Encryption', quote: 'CMK (customer master key) is used for data keys' },
  facts: ['kms.cmk.term', 'kms.envelope.flow', 'cw.logs.encryption'],
  currentFact: "AWS now says 'KMS key' instead of 'customer master key (CMK)'; the concept is unchanged.",
  check(design) {
    return design
      .nodesOfKind('AWS::KMS::Key')
      .filter((key) => {
        const config = design.config(key);
        return config.KeySpec !== 'SYMMETRIC_DEFAULT' || config.KeyUsage !== 'ENCRYPT_DECRYPT';
      })
      .flatMap((key) =>
        design.edgesTo(key.id).filter((edge) => {
          const fromApplication = (APPLICATION_KINDS as readonly string[]).includes(design.kindOf(edge.from) ?? '');
          return !fromApplication || design.edgeConfig(edge).operation === 'GenerateDataKey';
        }),
      )
      .map((edge) => {
        const config = design.config(design.node(edge.to)!);
        const service = !(APPLICATION_KINDS as readonly string[]).includes(design.kindOf(edge.from) ?? '');
        return {
          message: `${edge.from} ${service ? 'encrypts its data at rest' : 'asks for data keys'} with ${edge.to}, a ${String(config.KeySpec)} key for ${String(config.KeyUsage)}.`,
          why: 'Data keys come from GenerateDataKey, which only symmetric encryption keys (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT) support; AWS services that encrypt at rest use data keys the same way, so they accept only symmetric encryption keys.',
          fix: `Use a SYMMETRIC_DEFAULT key with KeyUsage ENCRYPT_DECRYPT for ${edge.from}; keep asymmetric and HMAC keys for signing, MACs or small public-key encryption.`,
          nodes: [edge.from, edge.to],
          edges: [design.edgeKey(edge)],
        };
      });
  },
});
