import type { DesignNode } from '../../../design/schema.ts';
import type { DesignContext } from '../../context.ts';
import { count, record } from '../config-values.ts';
import { globalIndexes } from './table-facts.ts';

export interface CapacitySetting {
  /** "the table" or "index NAME". */
  owner: string;
  unit: 'ReadCapacityUnits' | 'WriteCapacityUnits';
  value: number;
}

/** Every capacity unit setting of a table: its own and each GSI's. */
export function capacitySettings(design: DesignContext, table: DesignNode): CapacitySetting[] {
  const config = design.config(table);
  const owners: Array<[string, unknown]> = [
    ['the table', config.ProvisionedThroughput],
    ...globalIndexes(config).map((index): [string, unknown] => [`index ${index.name}`, index.provisioned]),
  ];
  return owners.flatMap(([owner, throughput]) => {
    if (throughput === undefined) return [];
    return (['ReadCapacityUnits', 'WriteCapacityUnits'] as const).flatMap((unit) => {
      const value = count(record(throughput)[unit]);
      return value === undefined ? [] : [{ owner, unit, value }];
    });
  });
}
