import { defineRule } from '../../define.ts';

/** The KeyUsage each KMS operation needs (GenerateDataKey is judged by kms/data-encryption-needs-symmetric-key). */
const USAGE_FOR: Record<string, string> = { Encrypt: 'ENCRYPT_DECRYPT', Decrypt: 'ENCRYPT_DECRYPT', Sign: 'SIGN_VERIFY' };

export const operationFitsKeyUsage = defineRule({
  id: 'kms/operation-fits-key-usage',
  severity: 'error',
  title: "A KMS call the key's usage does not allow",
  source: { section: 'Encryption', quote: '**KMS** (key management service) is used to create and store encryption keys.' },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::KMS::Key')
      .flatMap((key) => design.edgesTo(key.id))
      .filter((edge) => {
        const needed = USAGE_FOR[String(design.edgeConfig(edge).operation)];
        const key = design.node(edge.to);
        return needed !== undefined && key !== undefined && design.config(key).KeyUsage !== needed;
      })
      .map((edge) => {
        const operation = String(design.edgeConfig(edge).operation);
        const usage = String(design.config(design.node(edge.to)!).KeyUsage);
        return {
          message: `${edge.from} calls ${operation} with ${edge.to}, a key whose KeyUsage is ${usage}.`,
          why: `A KMS key does one kind of work, fixed when it is created: ${operation} needs KeyUsage ${USAGE_FOR[operation]}, and KMS answers anything else with InvalidKeyUsageException.`,
          fix: `Use a key created with KeyUsage ${USAGE_FOR[operation]} for this call (keys cannot change their usage).`,
          nodes: [edge.from, edge.to],
          edges: [design.edgeKey(edge)],
          property: 'operation',
        };
      });
  },
});
