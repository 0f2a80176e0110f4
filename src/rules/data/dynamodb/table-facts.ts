import { list, record, text } from '../config-values.ts';

export interface IndexFacts {
  name: string;
  partitionKey?: string;
  provisioned: Record<string, unknown> | undefined;
}

function indexes(value: unknown): IndexFacts[] {
  return list(value).map((index) => ({
    name: text(index.IndexName) ?? '',
    partitionKey: partitionKeyOf(index.KeySchema),
    provisioned: index.ProvisionedThroughput === undefined ? undefined : record(index.ProvisionedThroughput),
  }));
}

/** The HASH attribute of a key schema. */
export function partitionKeyOf(keySchema: unknown): string | undefined {
  return text(list(keySchema).find((key) => key.KeyType === 'HASH')?.AttributeName);
}

export function globalIndexes(config: Record<string, unknown>): IndexFacts[] {
  return indexes(config.GlobalSecondaryIndexes);
}

export function localIndexes(config: Record<string, unknown>): IndexFacts[] {
  return indexes(config.LocalSecondaryIndexes);
}

export function isProvisioned(config: Record<string, unknown>): boolean {
  return text(config.BillingMode) !== 'PAY_PER_REQUEST';
}
