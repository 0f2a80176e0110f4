import type { Design } from '../../src/design/schema.ts';
import { SimulationSettings, type SimulationSettings as Settings } from '../../src/sim/types.ts';

type NodeSpec = Design['nodes'][number];
type EdgeSpec = Design['edges'][number];

export function design(nodes: NodeSpec[], edges: EdgeSpec[]): Design {
  return { format: 'cloudwright.design/1', nodes, edges };
}

/** Settings with the schema's defaults filled in, as the scenario engine passes them. */
export function settings(input: unknown): Settings {
  return SimulationSettings.parse(input);
}

/** client → queue → function, with a dead-letter queue: the messaging path of fifo-orders. */
export function ordersDesign(options: { fifo: boolean; groupAttribute?: string; maxReceiveCount?: number; visibilityTimeout?: number; batchSize?: number; dlq?: boolean; timeout?: number; reportBatchItemFailures?: boolean }): Design {
  const fifo = options.fifo;
  const nodes: NodeSpec[] = [
    { id: 'shop', kind: 'Actor::Client' },
    { id: 'orders', kind: 'AWS::SQS::Queue', config: { FifoQueue: fifo, ContentBasedDeduplication: fifo, VisibilityTimeout: options.visibilityTimeout ?? 30 } },
    { id: 'fulfil', kind: 'AWS::Lambda::Function', config: { Timeout: options.timeout ?? 20 } },
  ];
  const edges: EdgeSpec[] = [
    { from: 'shop', to: 'orders', config: fifo ? { messageGroupId: options.groupAttribute ?? 'customerId' } : {} },
    { from: 'orders', to: 'fulfil', config: { BatchSize: options.batchSize ?? 10, ...(options.reportBatchItemFailures ? { FunctionResponseTypes: ['ReportBatchItemFailures'] } : {}) } },
  ];
  if (options.dlq !== false) {
    nodes.push({ id: 'orders-dlq', kind: 'AWS::SQS::Queue', config: { FifoQueue: fifo } });
    edges.push({ from: 'orders', to: 'orders-dlq', role: 'dead-letter', config: { maxReceiveCount: options.maxReceiveCount ?? 3 } });
  }
  return design(nodes, edges);
}

/** 600 orders from 20 customers over 60 s, fulfilment 200–800 ms, one poison order. */
export function ordersTraffic(overrides: Record<string, unknown> = {}): Settings {
  return settings({
    seed: 7,
    traffic: [
      {
        id: 'orders',
        count: 600,
        ratePerSecond: 10,
        durationSeconds: 60,
        attributes: { customerId: { keys: 20, prefix: 'c' }, orderId: { sequence: true, prefix: 'o' } },
        processingMs: { min: 200, max: 800 },
      },
    ],
    faults: [{ type: 'poison-message', attribute: 'orderId', value: 'o42' }],
    ...overrides,
  });
}

/** A products table provisioned with 400 read units, behind an application and optionally a cache. */
export function productsDesign(cache: { kind: 'AWS::ElastiCache::CacheCluster' | 'AWS::ElastiCache::ReplicationGroup' | 'AWS::DAX::Cluster'; config?: Record<string, unknown>; edge?: Record<string, unknown> } | undefined, app: 'AWS::EC2::Instance' | 'AWS::Lambda::Function' = 'AWS::EC2::Instance'): Design {
  const nodes: NodeSpec[] = [
    { id: 'shoppers', kind: 'Actor::Client' },
    { id: 'web', kind: app, ...(app === 'AWS::Lambda::Function' ? { config: { durationMs: 1 } } : {}) },
    { id: 'products', kind: 'AWS::DynamoDB::Table', config: { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 400, WriteCapacityUnits: 50 } } },
  ];
  const edges: EdgeSpec[] = [{ from: 'shoppers', to: 'web' }];
  if (cache) {
    nodes.push({ id: 'cache', kind: cache.kind, config: cache.config ?? {} });
    edges.push({ from: 'web', to: 'cache', config: cache.edge ?? {} }, { from: 'cache', to: 'products' });
  } else edges.push({ from: 'web', to: 'products' });
  return design(nodes, edges);
}

/** 2,000 reads/s and 20 writes/s over 5,000 products of 2 KB with Zipf keys. */
export function productsTraffic(seconds: number, overrides: Record<string, unknown> = {}): Settings {
  const products = { product: { keys: 5000, prefix: 'p', popularity: { zipf: 1 } } };
  return settings({
    seed: 3,
    traffic: [
      { id: 'reads', operation: 'read', ratePerSecond: 2000, durationSeconds: seconds, attributes: products, keyAttribute: 'product', payloadBytes: 2048 },
      { id: 'writes', operation: 'write', ratePerSecond: 20, durationSeconds: seconds, attributes: products, keyAttribute: 'product', payloadBytes: 2048 },
    ],
    ...overrides,
  });
}
