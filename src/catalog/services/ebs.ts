import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const EBS_VOLUME_TYPES = ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'] as const;

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::EC2::Volume',
    label: 'EBS volume',
    category: 'Storage',
    icon: 'ebs',
    summary: 'Block storage for one EC2 instance, locked to an Availability Zone.',
    section: 'EBS',
    config: z.object({
      AvailabilityZone: z
        .string()
        .optional()
        .meta({ description: 'The Availability Zone the volume lives in (e.g. us-east-1a); it attaches only to instances in that zone.' }),
      VolumeType: z
        .enum(EBS_VOLUME_TYPES)
        .default('gp2')
        .meta({ description: 'gp2/gp3 general purpose SSD, io1/io2 provisioned IOPS SSD, st1 throughput HDD, sc1 cold HDD, standard magnetic.' }),
      Size: z.number().int().optional().meta({ unit: 'GiB', description: 'Required unless the volume is created from a snapshot.' }),
      Iops: z
        .number()
        .int()
        .optional()
        .meta({ unit: 'IOPS', description: 'Provisioned IOPS: required for io1/io2, optional for gp3 (3,000 baseline), not accepted for gp2/st1/sc1/standard.' }),
      Throughput: z.number().int().optional().meta({ unit: 'MiB/s', description: 'gp3 only: provisioned throughput (125 baseline).' }),
      MultiAttachEnabled: z.boolean().default(false).meta({ description: 'io1/io2 only: attach to up to 16 Nitro instances in the same Availability Zone.' }),
      Encrypted: z.boolean().default(false).meta({ description: 'Encrypt with KMS (forced on when the Region has encryption by default).' }),
      KmsKeyId: z.string().optional().meta({ description: 'The KMS key; omitted means the AWS managed key aws/ebs.' }),
      SnapshotId: z.string().optional().meta({ description: 'Create the volume from this snapshot (snapshots are regional).' }),
    }),
    accepts: [
      {
        from: ['AWS::EC2::Instance'],
        verb: 'has attached and reads and writes blocks on (AWS::EC2::VolumeAttachment)',
        config: z.object({
          Device: z.string().optional().meta({ description: 'The device name the instance sees, e.g. /dev/sdh.' }),
          bootVolume: z.boolean().default(false).meta({ description: 'The instance boots from this volume (its root device).' }),
        }),
      },
    ],
  },
];
