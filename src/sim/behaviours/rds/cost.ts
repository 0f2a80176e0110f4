import { numberSetting, objectSetting, stringSetting } from '../../core/config.ts';
import {
  AURORA_DEFAULT_INSTANCE_HOUR,
  AURORA_INSTANCE_HOUR,
  AURORA_SERVERLESS_V2_ACU_HOUR,
  HOURS_PER_MONTH,
  RDS_DEFAULT_INSTANCE_HOUR,
  RDS_INSTANCE_HOUR,
} from '../../core/prices.ts';

/**
 * A month of database instance hours (storage and I/O are left out). An RDS instance bills its
 * DBInstanceClass, twice with Multi-AZ (the standby runs too); an Aurora cluster bills its writer
 * and each Aurora Replica, or with Serverless v2 at least MinCapacity ACUs per instance.
 */
export function databaseMonthlyCostUsd(cluster: boolean, config: Record<string, unknown>): number {
  const instanceClass = stringSetting(config, 'DBInstanceClass', stringSetting(config, 'DBClusterInstanceClass', ''));
  if (!cluster) {
    const hourly = RDS_INSTANCE_HOUR[instanceClass] ?? RDS_DEFAULT_INSTANCE_HOUR;
    const copies = config.MultiAZ === true ? 2 : 1;
    return hourly * copies * HOURS_PER_MONTH;
  }
  const instances = 1 + Math.max(0, numberSetting(config, 'readerInstances', 0));
  const serverless = objectSetting(config, 'ServerlessV2ScalingConfiguration');
  const hourly = typeof serverless.MinCapacity === 'number' ? serverless.MinCapacity * AURORA_SERVERLESS_V2_ACU_HOUR : (AURORA_INSTANCE_HOUR[instanceClass] ?? AURORA_DEFAULT_INSTANCE_HOUR);
  return hourly * instances * HOURS_PER_MONTH;
}
