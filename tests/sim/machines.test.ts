import fc from 'fast-check';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { apiRequestMachine } from '../../src/sim/behaviours/apigateway/rest-api.machine.ts';
import { applyCacheNodeEvent, type CacheNodeContext, type CacheNodeEvent } from '../../src/sim/behaviours/cache/cache-node.ts';
import { cacheNodeMachine } from '../../src/sim/behaviours/cache/cache-node.machine.ts';
import { type CapacityBank, capacityExceeded, consume, createBank } from '../../src/sim/behaviours/dynamodb/capacity.ts';
import { capacityMachine } from '../../src/sim/behaviours/dynamodb/capacity.machine.ts';
import { deliveryBufferMachine } from '../../src/sim/behaviours/firehose/delivery-stream.machine.ts';
import { type AsyncEventContext, type AsyncEventEvent, applyAsyncEvent } from '../../src/sim/behaviours/lambda/async-invocation.ts';
import { asyncInvocationMachine } from '../../src/sim/behaviours/lambda/async-invocation.machine.ts';
import { applyConcurrencyEvent, type ConcurrencyEvent } from '../../src/sim/behaviours/lambda/concurrency.ts';
import { concurrencyMachine } from '../../src/sim/behaviours/lambda/concurrency.machine.ts';
import { publishedMessageMachine } from '../../src/sim/behaviours/sns/topic.machine.ts';
import { applyMessageEvent, type MessageCounters, type QueuedMessageEvent } from '../../src/sim/behaviours/sqs/message-lifecycle.ts';
import { messageLifecycleMachine } from '../../src/sim/behaviours/sqs/message-lifecycle.machine.ts';
import { applyShardEvent, type ShardEvent, type ShardPosition, type ShardRetryPolicy } from '../../src/sim/behaviours/streams/shard.ts';
import { shardMachine } from '../../src/sim/behaviours/streams/shard.machine.ts';


describe('SQS message lifecycle: the machine and the hot path agree on every path', () => {
  const events: QueuedMessageEvent[] = [{ type: 'delayElapsed' }, { type: 'received' }, { type: 'deleted' }, { type: 'visibilityTimeoutExpired' }, { type: 'retentionPeriodExpired' }];
  for (const input of [
    { maxReceiveCount: 2, delayed: true },
    { maxReceiveCount: undefined, delayed: false },
  ]) {
    it(`maxReceiveCount ${input.maxReceiveCount}, delayed ${input.delayed}`, () => {
      // Receive counts beyond 3 add nothing new: cap them so the graph stays finite without a redrive policy.
      const paths = getSimplePaths(messageLifecycleMachine, { input, events, limit: 2000, serializeState: (state) => `${String(state.value)}:${Math.min(state.context.receiveCount, 3)}` });
      expect(paths.length).toBeGreaterThan(5);
      const reached = new Set<string>();
      for (const path of paths) {
        const plain: MessageCounters = { state: input.delayed ? 'delayed' : 'available', receiveCount: 0 };
        for (const step of path.steps.slice(1)) applyMessageEvent(plain, step.event as QueuedMessageEvent, { maxReceiveCount: input.maxReceiveCount });
        expect(plain.state).toBe(path.state.value);
        expect(plain.receiveCount).toBe(path.state.context.receiveCount);
        reached.add(String(path.state.value));
      }
      expect(reached.has('deleted')).toBe(true);
      expect(reached.has('expired')).toBe(true);
      expect(reached.has('deadLettered')).toBe(input.maxReceiveCount !== undefined);
    });
  }

  it('redrives on the receive after maxReceiveCount receives', () => {
    const actor = createActor(messageLifecycleMachine, { input: { maxReceiveCount: 2, delayed: false } }).start();
    for (let i = 0; i < 2; i++) {
      actor.send({ type: 'received' });
      actor.send({ type: 'visibilityTimeoutExpired' });
    }
    expect(actor.getSnapshot().value).toBe('available');
    actor.send({ type: 'received' });
    expect(actor.getSnapshot().value).toBe('deadLettered');
  });
});

describe('Lambda asynchronous invocation: machine and hot path agree', () => {
  const events: AsyncEventEvent[] = [{ type: 'attempt' }, { type: 'invocationSucceeded' }, { type: 'functionError' }, { type: 'throttled' }, { type: 'retryTimerElapsed' }, { type: 'maximumEventAgeReached' }];
  for (const hasFailureDestination of [true, false]) {
    it(`with${hasFailureDestination ? '' : 'out'} a failure destination`, () => {
      const input = { maximumRetryAttempts: 2, hasFailureDestination };
      const paths = getSimplePaths(asyncInvocationMachine, { input, events, limit: 5000 });
      const finals = new Set<string>();
      for (const path of paths) {
        const plain: AsyncEventContext = { state: 'queued', retries: 0, ...input };
        for (const step of path.steps.slice(1)) applyAsyncEvent(plain, step.event as AsyncEventEvent);
        expect(plain.state).toBe(path.state.value);
        if (path.state.status === 'done') finals.add(String(path.state.value));
      }
      expect(finals).toEqual(new Set(['succeeded', hasFailureDestination ? 'sentToDestination' : 'lost']));
    });
  }

  it('the shortest way to give up is three failed attempts (two retries)', () => {
    const paths = getShortestPaths(asyncInvocationMachine, {
      input: { maximumRetryAttempts: 2, hasFailureDestination: true },
      events: [{ type: 'attempt' }, { type: 'functionError' }, { type: 'retryTimerElapsed' }],
      toState: (state) => state.value === 'sentToDestination',
    });
    const failures = paths[0]!.steps.filter((step) => step.event.type === 'functionError');
    expect(failures).toHaveLength(3);
  });
});

describe('Lambda concurrency: machine and hot path agree', () => {
  it('on every path of starts and finishes', () => {
    const events: ConcurrencyEvent[] = [{ type: 'invocationStarted' }, { type: 'invocationFinished' }];
    const paths = getSimplePaths(concurrencyMachine, { input: { limit: 3 }, events });
    expect(paths.some((path) => path.state.value === 'atLimit')).toBe(true);
    for (const path of paths) {
      const plain = { running: 0, limit: 3, provisioned: 0 };
      let phase = 'belowLimit';
      for (const step of path.steps.slice(1)) phase = applyConcurrencyEvent(plain, step.event as ConcurrencyEvent);
      expect(phase).toBe(path.state.value);
      expect(plain.running).toBe(path.state.context.running);
    }
  });
});

describe('Cache node: machine and hot path agree', () => {
  for (const canFailOver of [true, false]) {
    it(`${canFailOver ? 'with' : 'without'} a replica to fail over to`, () => {
      const events: CacheNodeEvent[] = [{ type: 'nodeFailed' }, { type: 'failoverCompleted' }, { type: 'nodeReplaced' }];
      const paths = getSimplePaths(cacheNodeMachine, { input: { canFailOver }, events });
      const states = new Set(paths.map((path) => String(path.state.value)));
      expect(states).toEqual(new Set(['up', canFailOver ? 'failingOver' : 'replacing']));
      for (const path of paths) {
        const plain: CacheNodeContext = { state: 'up', canFailOver };
        for (const step of path.steps.slice(1)) applyCacheNodeEvent(plain, step.event as CacheNodeEvent);
        expect(plain.state).toBe(path.state.value);
      }
    });
  }
});

describe('Shard reader: machine and hot path agree', () => {
  const policies: ShardRetryPolicy[] = [
    { maximumRetryAttempts: -1, maximumRecordAgeSeconds: -1, bisectBatchOnFunctionError: false, batchSize: 4 },
    { maximumRetryAttempts: 1, maximumRecordAgeSeconds: -1, bisectBatchOnFunctionError: true, batchSize: 4 },
  ];
  for (const policy of policies) {
    it(`MaximumRetryAttempts ${policy.maximumRetryAttempts}, bisect ${policy.bisectBatchOnFunctionError}`, () => {
      const events: ShardEvent[] = [
        { type: 'recordsArrived' },
        { type: 'batchSucceeded', length: 4 },
        { type: 'batchFailed', length: 4, oldestRecordAgeMs: 10 },
        { type: 'batchFailed', length: 1, oldestRecordAgeMs: 10 },
        { type: 'retryTimerElapsed' },
      ];
      const paths = getSimplePaths(shardMachine, { input: policy, events, limit: 3000, serializeState: (state) => JSON.stringify([state.value, Math.min(state.context.retries, 3), state.context.batchLimit]) });
      expect(paths.some((path) => path.state.value === 'blocked')).toBe(true);
      for (const path of paths) {
        const plain: ShardPosition = { state: 'caughtUp', next: 0, retries: 0, batchLimit: policy.batchSize };
        for (const step of path.steps.slice(1)) applyShardEvent(plain, step.event as ShardEvent, policy);
        expect(plain.state).toBe(path.state.value);
        expect(plain.retries).toBe(path.state.context.retries);
        expect(plain.next).toBe(path.state.context.next);
      }
    });
  }
});

describe('DynamoDB capacity: machine and hot path agree', () => {
  it('on random request sequences', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ gap: fc.integer({ min: 0, max: 2000 }), units: fc.integer({ min: 1, max: 30 }) }), { maxLength: 60 }), (requests) => {
        const actor = createActor(capacityMachine, { input: { rate: 10 } }).start();
        const bank: CapacityBank = createBank(10);
        let at = 0;
        let throttledPlain = 0;
        for (const { gap, units } of requests) {
          at += gap;
          if (capacityExceeded(bank, units, at)) throttledPlain++;
          else consume(bank, units);
          actor.send({ type: 'request', units, at });
          expect(actor.getSnapshot().context.bank.units).toBeCloseTo(bank.units, 6);
        }
        expect(actor.getSnapshot().context.throttled).toBe(throttledPlain);
      }),
    );
  });
});

describe('the small machines reach what they should', () => {
  it('API Gateway: throttled, cached, answered, timed out', () => {
    const finalFor = (input: { tokenAvailable: boolean; cacheHit: boolean; withinTimeout: boolean }) => {
      const paths = getShortestPaths(apiRequestMachine, { input, events: [{ type: 'integrationResponded' }] });
      return new Set(paths.filter((path) => path.state.status === 'done').map((path) => String(path.state.value)));
    };
    expect(finalFor({ tokenAvailable: false, cacheHit: true, withinTimeout: true })).toEqual(new Set(['throttled']));
    expect(finalFor({ tokenAvailable: true, cacheHit: true, withinTimeout: true })).toEqual(new Set(['answeredFromCache']));
    expect(finalFor({ tokenAvailable: true, cacheHit: false, withinTimeout: true })).toEqual(new Set(['answered']));
    expect(finalFor({ tokenAvailable: true, cacheHit: false, withinTimeout: false })).toEqual(new Set(['gatewayTimeout']));
  });

  it('SNS: a message is delivered once every subscription answered; none means dropped', () => {
    const actor = createActor(publishedMessageMachine, { input: { subscriptions: 3 } }).start();
    actor.send({ type: 'subscriptionDelivered' });
    actor.send({ type: 'subscriptionFailed' });
    expect(actor.getSnapshot().value).toBe('fanningOut');
    actor.send({ type: 'subscriptionDelivered' });
    expect(actor.getSnapshot().value).toBe('delivered');
    expect(actor.getSnapshot().context.failures).toBe(1);
    expect(createActor(publishedMessageMachine, { input: { subscriptions: 0 } }).start().getSnapshot().value).toBe('dropped');
  });

  it('Firehose: delivers when the buffer fills or the interval elapses', () => {
    const actor = createActor(deliveryBufferMachine, { input: { intervalMs: 60_000, sizeBytes: 1000 } }).start();
    actor.send({ type: 'recordReceived', bytes: 400 });
    expect(actor.getSnapshot().value).toBe('buffering');
    actor.send({ type: 'recordReceived', bytes: 700 });
    expect(actor.getSnapshot().value).toBe('empty');
    actor.send({ type: 'recordReceived', bytes: 10 });
    actor.send({ type: 'bufferIntervalElapsed' });
    expect(actor.getSnapshot().context.deliveries).toBe(2);
  });
});
