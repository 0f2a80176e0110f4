import { defineRule } from '../../define.ts';
import { canRotateAutomatically } from '../shared/kms-keys.ts';

export const enableKeyRotation = defineRule({
  id: 'kms/enable-key-rotation',
  severity: 'info',
  title: 'A symmetric key without automatic rotation',
  source: { section: 'Encryption', quote: '**KMS** (key management service) is used to create and store encryption keys.' },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::KMS::Key')
      .filter((key) => {
        const config = design.config(key);
        return config.EnableKeyRotation !== true && canRotateAutomatically(config);
      })
      .map((key) => ({
        message: `${key.id}: automatic key rotation is off.`,
        why: 'With rotation on, KMS makes new key material every RotationPeriodInDays (default 365) and keeps the old material to decrypt old data; the key id, ARN and policies stay the same, so nothing in the code changes.',
        fix: `Set EnableKeyRotation: true on ${key.id}.`,
        nodes: [key.id],
        edges: [],
        property: 'EnableKeyRotation',
      }));
  },
});
