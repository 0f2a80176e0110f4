import { defineRule } from '../../define.ts';
import { canRotateAutomatically } from '../shared/kms-keys.ts';

export const rotationSymmetricOnly = defineRule({
  id: 'kms/rotation-symmetric-only',
  severity: 'error',
  title: 'Automatic rotation on a key that cannot rotate',
  source: { section: 'Encryption', quote: '**KMS** (key management service) is used to create and store encryption keys.' },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::KMS::Key')
      .filter((key) => {
        const config = design.config(key);
        return config.EnableKeyRotation === true && !canRotateAutomatically(config);
      })
      .map((key) => ({
        message: `${key.id}: EnableKeyRotation is on for a ${String(design.config(key).KeySpec)} key; KMS rotates only symmetric encryption keys.`,
        why: 'Automatic rotation makes new key material and keeps the old to decrypt old data, which works for symmetric encryption keys only; asymmetric and HMAC keys (whose public keys others hold) cannot rotate automatically, and the request fails.',
        fix: 'Turn EnableKeyRotation off and rotate manually (create a new key and move the alias), or use a SYMMETRIC_DEFAULT key.',
        nodes: [key.id],
        edges: [],
        property: 'EnableKeyRotation',
      }));
  },
});
