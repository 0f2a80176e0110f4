/**
 * Today's EBS limits per volume type (EC2 User Guide, "Amazon EBS volume types"; gp3 raised in
 * September 2025 to 64 TiB, 80,000 IOPS and 2,000 MiB/s).
 */
export interface VolumeLimits {
  minSize: number;
  maxSize: number;
  /** Provisioned IOPS range; undefined when the type takes no Iops. */
  iops?: { min: number; max: number; perGiB: number; required: boolean };
}

export const VOLUME_LIMITS: Readonly<Record<string, VolumeLimits>> = {
  gp2: { minSize: 1, maxSize: 16_384 },
  gp3: { minSize: 1, maxSize: 65_536, iops: { min: 3_000, max: 80_000, perGiB: 500, required: false } },
  io1: { minSize: 4, maxSize: 16_384, iops: { min: 100, max: 64_000, perGiB: 50, required: true } },
  io2: { minSize: 4, maxSize: 65_536, iops: { min: 100, max: 256_000, perGiB: 1_000, required: true } },
  st1: { minSize: 125, maxSize: 16_384 },
  sc1: { minSize: 125, maxSize: 16_384 },
  standard: { minSize: 1, maxSize: 1_024 },
};

/** gp2 earns 3 IOPS per GiB, at least 100 and at most 16,000. */
export function gp2BaselineIops(sizeGiB: number): number {
  return Math.min(16_000, Math.max(100, 3 * sizeGiB));
}
