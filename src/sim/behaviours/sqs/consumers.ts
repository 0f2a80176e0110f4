import type { DesignEdge } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { listSetting, numberSetting, objectSetting } from '../../core/config.ts';
import { LAMBDA_FUNCTION } from '../../core/kinds.ts';
import { queuePollers } from '../../core/work-edges.ts';
import type { SimWorld } from '../../core/world.ts';
import { instanceCount } from '../application/placement.ts';
import { LAMBDA_IDLE_POLLERS, LAMBDA_LONG_POLL_SECONDS, LAMBDA_SQS_MAX_POLLERS, SHORT_POLL_LOOP_MS } from './limits.ts';

/** Something that receives from a queue: Lambda's event source mapping or application workers. */
export interface QueueConsumer {
  edge: DesignEdge;
  target: Behaviour | undefined;
  batchSize: number;
  batchingWindowMs: number;
  reportsBatchItemFailures: boolean;
  /** Batches this consumer may have in flight at once. */
  maxBatches: number;
  batchesInFlight: number;
  /** Receive requests per ms while the queue is empty (for cost). */
  emptyReceivesPerMs: number;
  isLambda: boolean;
}

export function consumersOf(world: SimWorld, queueId: string, waitSeconds: number): QueueConsumer[] {
  // Only pollers receive: an alarm on the queue's metric or its encryption key is no consumer.
  return queuePollers(world.design, queueId).map((edge) => {
    const config = world.edgeConfig(edge);
    const kind = world.design.kindOf(edge.to);
    const isLambda = kind === LAMBDA_FUNCTION;
    const targetNode = world.design.node(edge.to);
    const targetConfig = targetNode ? world.config(targetNode) : {};
    const workers = instanceCount(kind, targetConfig);
    const scaling = objectSetting(config, 'ScalingConfig');
    const maxBatches = isLambda ? numberSetting(scaling, 'MaximumConcurrency', LAMBDA_SQS_MAX_POLLERS) : Math.max(1, workers);
    const pollers = isLambda ? LAMBDA_IDLE_POLLERS : Math.max(1, workers);
    // Lambda always long-polls; workers use the queue's ReceiveMessageWaitTimeSeconds (0 = short polling).
    const workerWait = numberSetting(config, 'waitTimeSeconds', waitSeconds);
    const waitMs = isLambda ? LAMBDA_LONG_POLL_SECONDS * 1000 : workerWait > 0 ? workerWait * 1000 : SHORT_POLL_LOOP_MS;
    return {
      edge,
      target: world.behaviours.get(edge.to),
      batchSize: Math.max(1, isLambda ? numberSetting(config, 'BatchSize', 10) : numberSetting(config, 'maxNumberOfMessages', 1)),
      batchingWindowMs: numberSetting(config, 'MaximumBatchingWindowInSeconds', 0) * 1000,
      reportsBatchItemFailures: listSetting(config, 'FunctionResponseTypes').includes('ReportBatchItemFailures'),
      maxBatches,
      batchesInFlight: 0,
      emptyReceivesPerMs: pollers / waitMs,
      isLambda,
    };
  });
}

/** Whether the consumer can take another batch now (its own cap and, for a function, its concurrency). */
export function consumerHasCapacity(consumer: QueueConsumer): boolean {
  if (consumer.batchesInFlight >= consumer.maxBatches) return false;
  const available = consumer.target?.availableConcurrency?.();
  return available === undefined || available > 0;
}
