import { defineRule } from '../../define.ts';

/** KMS Encrypt takes at most this much plaintext. */
const ENCRYPT_MAX_BYTES = 4_096;

export const encryptLimit4kb = defineRule({
  id: 'kms/encrypt-limit-4kb',
  severity: 'error',
  title: 'KMS Encrypt on more than 4 KB of data',
  source: { section: 'Encryption', quote: 'KMS encryption keys are regional and can encrypt up to 4KB of data. For bigger keys, use envelope encryption.' },
  facts: ['kms.encrypt.4kb'],
  check(design) {
    return design
      .nodesOfKind('AWS::KMS::Key')
      .flatMap((key) => design.edgesTo(key.id))
      .filter((edge) => {
        const config = design.edgeConfig(edge);
        return config.operation === 'Encrypt' && typeof config.payloadBytes === 'number' && config.payloadBytes > ENCRYPT_MAX_BYTES;
      })
      .map((edge) => ({
        message: `${edge.from} calls Encrypt on ${edge.to} with ${String(design.edgeConfig(edge).payloadBytes)} bytes; Encrypt accepts at most 4,096 bytes.`,
        why: 'KMS Encrypt is meant for small secrets such as keys and passwords, and rejects plaintext over 4 KB. Larger data is envelope-encrypted: GenerateDataKey returns a data key in plaintext and encrypted under the KMS key; the code encrypts the data locally, stores the encrypted data key beside it, and discards the plaintext key.',
        fix: `Set operation: GenerateDataKey on the edge and encrypt the data locally with the data key (the AWS Encryption SDK does this).`,
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
        property: 'operation',
      }));
  },
});
