import { rangeRule } from '../../define.ts';

export const rotationPeriodRange = rangeRule({
  id: 'kms/rotation-period-range',
  severity: 'error',
  title: 'Key rotation period is 90 to 2,560 days',
  source: { section: 'Encryption', quote: '**KMS** (key management service) is used to create and store encryption keys.' },
  facts: [],
  kind: 'AWS::KMS::Key',
  property: 'RotationPeriodInDays',
  min: 90,
  max: 2_560,
  unit: 'days',
  why: 'KMS rotates key material automatically every RotationPeriodInDays, which must be from 90 to 2,560 days (default 365).',
  fix: 'Set RotationPeriodInDays between 90 and 2,560.',
});
