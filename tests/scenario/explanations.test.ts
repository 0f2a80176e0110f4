import { describe, expect, it } from 'vitest';
import { readNotes } from '../../src/scenario/node/read-pack.ts';
import { NOTES } from '../../src/scenario/requirements/notes.ts';
import { OPERATIONS_NOTES } from '../../src/scenario/requirements/operations-notes.ts';
import type { DeploymentReport, MessageRecord, NodeLoad, SimulationResult, TraceEntry } from '../../src/sim/types.ts';
import { design, judgeOne, message, queueDesign, run, scenario } from './helpers.ts';

/**
 * Each requirement explains a failure in the terms of the design that failed: two designs that
 * fail the same requirement for different reasons get different advice.
 */

const poisonLevel = scenario({ simulation: { seed: 7, traffic: [{ id: 'orders', ratePerSecond: 1, durationSeconds: 1 }], faults: [{ type: 'poison-message', attribute: 'orderId', value: '13' }] } });
const deadLettered = { id: 'kept', label: 'The failing order is kept', type: 'faulty-dead-lettered', messageName: 'orderId' };
const nothingLost = { id: 'all', label: 'Nothing lost', type: 'nothing-lost', messageName: 'orderId' };

const poison = (fields: Partial<MessageRecord> = {}) => message('m13', { attributes: { orderId: '13' }, outcome: 'lost', ...fields });
const step = (node: string, event: string, messageId = 'm13', detail?: string): TraceEntry => ({ t: 100, node, message: messageId, event, ...(detail ? { detail } : {}) });
const load = (throttled: number): NodeLoad => ({ received: throttled, processed: 0, throttled, errors: 0, peak: 0 });

const streamDesign = () =>
  design(
    [
      { id: 'meters', kind: 'Actor::Client' },
      { id: 'readings', kind: 'AWS::Kinesis::Stream' },
      { id: 'billing', kind: 'AWS::Lambda::Function' },
    ],
    [
      { from: 'meters', to: 'readings' },
      { from: 'readings', to: 'billing' },
    ],
  );
const uploadDesign = () =>
  design(
    [
      { id: 'uploader', kind: 'Actor::Client' },
      { id: 'footage', kind: 'AWS::S3::Bucket' },
      { id: 'catalogue', kind: 'AWS::Lambda::Function' },
    ],
    [
      { from: 'uploader', to: 'footage' },
      { from: 'footage', to: 'catalogue' },
    ],
  );
const directDesign = () => design([{ id: 'shop', kind: 'Actor::Client' }, { id: 'fulfil', kind: 'AWS::Lambda::Function' }], [{ from: 'shop', to: 'fulfil' }]);

describe('faulty-dead-lettered advice follows how the failing function is fed', () => {
  it('a queue gets a dead-letter queue; a stream event source gets retry limits and an on-failure destination', () => {
    const queued = judgeOne(deadLettered, queueDesign(), run([poison({ outcome: 'pending', endedAt: 'orders' })], {}, [step('orders', 'received'), step('fulfil', 'processingFailed')]), poisonLevel);
    const streamed = judgeOne(deadLettered, streamDesign(), run([poison({ outcome: 'pending', endedAt: 'readings' })], {}, [step('readings', 'recordPut'), step('billing', 'processingFailed')]), poisonLevel);
    expect(queued.passed).toBe(false);
    expect(streamed.passed).toBe(false);
    expect(queued.fix).toMatch(/orders a dead-letter queue.*role dead-letter.*maxReceiveCount/);
    expect(queued.fix).not.toMatch(/MaximumRetryAttempts/);
    expect(streamed.fix).toMatch(/readings->billing.*MaximumRetryAttempts.*BisectBatchOnFunctionError: true.*OnFailure/);
    expect(streamed.fix).not.toMatch(/maxReceiveCount/);
    expect(queued.source).toEqual(NOTES.deadLetterQueue);
    expect(streamed.source).toEqual(NOTES.streamRetries);
  });

  it('an asynchronous invocation gets a destination on the function; a synchronous call gets a queue or an asynchronous invoke', () => {
    const asynchronous = judgeOne(deadLettered, uploadDesign(), run([poison({ endedAt: 'catalogue' })], {}, [step('footage', 'eventNotificationSent'), step('catalogue', 'eventLost')]), poisonLevel);
    const synchronous = judgeOne(deadLettered, directDesign(), run([poison({ outcome: 'failed', endedAt: 'fulfil' })], {}, [step('fulfil', 'processingFailed')]), poisonLevel);
    expect(asynchronous.fix).toMatch(/^Give catalogue an on-failure destination .*role on-failure.*dead-letter queue/);
    expect(asynchronous.why).toMatch(/retried up to twice/);
    expect(asynchronous.source).toEqual(NOTES.asyncRetries);
    expect(synchronous.fix).toMatch(/shop calls fulfil synchronously.*invocationType: Event/);
    expect(synchronous.why).toMatch(/synchronous caller gets the error back/);
  });
});

describe('nothing-lost names the cause of the first unfinished message', () => {
  const good = (id: string, fields: Partial<MessageRecord> = {}) => message(id, { attributes: { orderId: id }, outcome: 'pending', ...fields });

  it('a poison record holding up a shard is a stream problem; in a FIFO queue it is a dead-letter queue problem', () => {
    const shard = judgeOne(nothingLost, streamDesign(), run([poison({ outcome: 'pending' }), good('m14')], {}, [step('readings', 'recordPut'), step('billing', 'processingFailed')]), poisonLevel);
    const fifo = judgeOne(nothingLost, queueDesign(), run([poison({ outcome: 'pending' }), good('m14')], {}, [step('orders', 'received'), step('fulfil', 'processingFailed')]), poisonLevel);
    expect(shard.fix).toMatch(/BisectBatchOnFunctionError/);
    expect(shard.why).toMatch(/holds back every record behind it/);
    expect(fifo.fix).toMatch(/dead-letter queue.*FIFO/);
    expect(fifo.fix).not.toMatch(/BisectBatchOnFunctionError/);
  });

  it('a job outlasting the visibility timeout and a message too large for the queue get their own fixes', () => {
    const late = judgeOne(nothingLost, queueDesign({}), run([good('m1')], {}, [step('orders', 'received', 'm1'), step('orders', 'visibilityTimeoutExpired', 'm1', 'visible again after 30 s')]));
    const large = judgeOne(
      nothingLost,
      queueDesign({}),
      run([good('m1', { outcome: 'failed', endedAt: 'orders', reason: 'message of 552627 bytes is over MaximumMessageSize 262144' })], {}, [step('orders', 'sendRejected', 'm1')]),
    );
    expect(late.fix).toMatch(/Raise orders's VisibilityTimeout/);
    expect(late.source).toEqual(NOTES.visibilityTimeout);
    expect(large.fix).toMatch(/S3.*Extended Client Library/);
    // the notes' 256 KB is outdated: the explanation gives today's limit
    expect(large.why).toMatch(/1 MiB/);
    expect(large.source).toEqual(NOTES.messageSize);
  });
});

describe('exactly-once tells a visibility timeout from at-least-once delivery', () => {
  const requirement = { id: 'once', label: 'Each order once', type: 'exactly-once', messageName: 'orderId' };
  const twice = message('m1', { attributes: { orderId: '1' }, processed: [{ at: 100, by: 'fulfil' }, { at: 40_000, by: 'fulfil' }] });

  it('blames the visibility timeout when the trace shows the message reappear, even on a standard queue', () => {
    const reappeared = judgeOne(requirement, queueDesign({}), run([twice], {}, [step('orders', 'visibilityTimeoutExpired', 'm1', 'visible again after 30 s')]));
    const redelivered = judgeOne(requirement, queueDesign({}), run([twice], {}, [step('orders', 'duplicateDelivered', 'm1')]));
    expect(reappeared.fix).toMatch(/VisibilityTimeout/);
    expect(reappeared.fix).not.toMatch(/FifoQueue/);
    expect(redelivered.fix).toMatch(/FifoQueue: true/);
    expect(redelivered.source).toEqual(NOTES.standardQueue);
  });
});

describe('capacity failures name what was refused', () => {
  const throttles = { id: 'no-throttles', label: 'Nothing throttled', type: 'throttles', atMost: 0 };
  const tableDesign = () => design([{ id: 'app', kind: 'AWS::Lambda::Function' }, { id: 'members', kind: 'AWS::DynamoDB::Table' }], [{ from: 'app', to: 'members' }]);
  const refused = (what: 'read' | 'write') =>
    run([], { throttles: 5, load: { members: load(5) } }, [step('members', 'provisionedThroughputExceeded', 'x', `${what} of 1 units over 50 provisioned and the burst capacity left`)]);

  it('a table refusing writes needs write capacity or a buffer; one refusing reads needs a cache', () => {
    const writes = judgeOne(throttles, tableDesign(), refused('write'));
    const reads = judgeOne(throttles, tableDesign(), refused('read'));
    expect(writes.fix).toMatch(/WriteCapacityUnits.*PAY_PER_REQUEST.*SQS queue/);
    expect(writes.fix).not.toMatch(/cache/i);
    expect(writes.source).toEqual(NOTES.writeCapacity);
    expect(reads.fix).toMatch(/ReadCapacityUnits.*cache in front of it/);
    expect(reads.source).toEqual(NOTES.readCapacity);
  });

  it('a table behind a cache is told what made the cache miss: strongly consistent reads through DAX, or a cache that lost its node', () => {
    const behind = (cacheKind: string, read: Record<string, unknown>) =>
      design(
        [
          { id: 'app', kind: 'AWS::Lambda::Function' },
          { id: 'product-cache', kind: cacheKind },
          { id: 'members', kind: 'AWS::DynamoDB::Table' },
        ],
        [
          { from: 'app', to: 'product-cache', config: read },
          { from: 'product-cache', to: 'members' },
        ],
      );
    const strong = judgeOne(throttles, behind('AWS::DAX::Cluster', { consistentRead: true }), refused('read'));
    const lostNode = run([], { throttles: 5, load: { members: load(5) } }, [{ t: 50, node: 'product-cache', event: 'cacheLost' }, step('members', 'provisionedThroughputExceeded', 'x', 'read of 1 units')]);
    const lost = judgeOne(throttles, behind('AWS::ElastiCache::CacheCluster', { strategy: 'lazy-loading' }), lostNode);
    expect(strong.fix).toMatch(/consistentRead: false on app->product-cache/);
    expect(strong.source).toEqual(NOTES.daxConsistency);
    expect(lost.fix).toMatch(/replica in another Availability Zone/);
    expect(lost.fix).not.toMatch(/consistentRead/);
  });

  const functionThrottled = () => run([], { throttles: 9, load: { welcome: load(9) } });
  const fed = (from: { id: string; kind: string; config?: Record<string, unknown> }, reserved?: number) =>
    design(
      [from, { id: 'welcome', kind: 'AWS::Lambda::Function', ...(reserved !== undefined ? { config: { ReservedConcurrentExecutions: reserved } } : {}) }],
      [{ from: from.id, to: 'welcome' }],
    );

  it('a reserved cap fed by a queue gets MaximumConcurrency; behind an API, the stage cache; with no reservation, the Region pool', () => {
    const polled = judgeOne(throttles, fed({ id: 'signups', kind: 'AWS::SQS::Queue' }, 5), functionThrottled());
    const called = judgeOne(throttles, fed({ id: 'api', kind: 'AWS::ApiGateway::RestApi' }, 5), functionThrottled());
    const shared = judgeOne(throttles, fed({ id: 'signups', kind: 'AWS::SQS::Queue' }), functionThrottled());
    expect(polled.fix).toMatch(/ScalingConfig\.MaximumConcurrency on signups->welcome to at most 5/);
    expect(called.fix).toMatch(/If the cap is deliberate, keep it.*api's stage cache/);
    expect(called.fix).not.toMatch(/MaximumConcurrency/);
    expect(shared.why).toMatch(/1,000 concurrent executions by default, not per second/);
    expect(shared.fix).toMatch(/Reserve concurrency for welcome.*quota/);
    expect(polled.source).toEqual(NOTES.reservedConcurrency);
    expect(shared.source).toEqual(NOTES.lambdaConcurrency);
  });
});

describe('monthly-cost explains the components that cost the most', () => {
  const budget = { id: 'bill', label: 'Cheap', type: 'monthly-cost', atMostUsd: 5 };
  const subject = () => design([{ id: 'triage', kind: 'AWS::Lambda::Function' }, { id: 'orders', kind: 'AWS::DynamoDB::Table' }]);

  it('quotes Lambda pricing only when a function is the biggest cost', () => {
    const lambda = judgeOne(budget, subject(), run([], { monthlyCostUsd: 40, costByNode: { triage: 30, orders: 10 } }));
    const table = judgeOne(budget, subject(), run([], { monthlyCostUsd: 40, costByNode: { triage: 1, orders: 39 } }));
    expect(lambda.source).toEqual(NOTES.lambdaPricing);
    expect(lambda.fix).toMatch(/^Make the biggest costs smaller: triage: fewer invocations/);
    expect(table.source).toBeUndefined();
    expect(table.why).not.toMatch(/Lambda is priced/);
    expect(table.fix).toMatch(/^Make the biggest costs smaller: orders: provision only the units/);
  });
});

describe('deployment advice speaks the target\'s language', () => {
  const rolledBack = { id: 'rolls-back', label: 'A failing version rolls back', type: 'deployment', outcome: 'rolled-back' };
  const report = (policy: string): DeploymentReport => ({
    policy,
    instances: 4,
    outcome: 'failed',
    startedAtMs: 60_000,
    durationMs: 120_000,
    downtimeMs: 0,
    minInService: 4,
    minShare: 1,
    peakInstances: 4,
    extraInstances: 0,
    failedRequests: 0,
    rollback: 'none',
    steps: [],
  });
  const deployed = (node: string, policy: string): SimulationResult => ({ ...run([]), reports: { [node]: { deployments: [report(policy)] } } });

  it('Beanstalk gets deployment policies, CodeDeploy automatic rollback, a stack its OnFailure option', () => {
    const beanstalk = judgeOne(rolledBack, design([{ id: 'bookings', kind: 'AWS::ElasticBeanstalk::Environment' }]), deployed('bookings', 'Rolling'));
    const codedeploy = judgeOne(rolledBack, design([{ id: 'bookings', kind: 'AWS::CodeDeploy::DeploymentGroup' }]), deployed('bookings', 'CodeDeployDefault.OneAtATime'));
    const stack = judgeOne(rolledBack, design([{ id: 'orders-stack', kind: 'AWS::CloudFormation::Stack' }]), deployed('orders-stack', 'CloudFormation create'));
    expect(beanstalk.fix).toMatch(/Immutable or TrafficSplitting/);
    expect(codedeploy.fix).toMatch(/AutoRollbackConfiguration/);
    expect(codedeploy.fix).not.toMatch(/Immutable/);
    expect(codedeploy.source).toEqual(OPERATIONS_NOTES.codeDeployRollback);
    expect(stack.fix).toMatch(/onFailure at ROLLBACK/);
    expect(stack.source).toEqual(OPERATIONS_NOTES.stackRollback);
  });
});

describe('availability names why requests went unanswered', () => {
  const answered = { id: 'answered', label: 'Answered', type: 'availability', atLeast: 0.99 };
  const missed = (reason: string) => run([message('r1', { outcome: 'failed', reason, endedAt: 'photos' })], { availability: 0 });
  const subject = () => design([{ id: 'photos', kind: 'AWS::S3::Bucket' }]);

  it('missing credentials point to an identity pool; a 503 with no targets to registering targets', () => {
    const denied = judgeOne(answered, subject(), missed('AccessDenied: the request carries no AWS credentials'));
    const noTargets = judgeOne(answered, subject(), missed('HTTP 503: no registered targets'));
    expect(denied.fix).toMatch(/identity pool/);
    expect(denied.source).toEqual(NOTES.identityPools);
    expect(noTargets.fix).toMatch(/^Register targets with the load balancer's target group/);
    expect(noTargets.fix).not.toMatch(/cache/);
  });
});

describe('latency without throttles follows the slow request', () => {
  const fast = { id: 'fast', label: 'Fast', type: 'latency', percentile: 'p95', atMostMs: 1000 };

  it('a caller waiting on a long job is told to go asynchronous; reads straight from a table, to add a cache', () => {
    const api = design([{ id: 'reports-api', kind: 'AWS::ApiGateway::RestApi' }, { id: 'build', kind: 'AWS::Lambda::Function' }], [{ from: 'reports-api', to: 'build' }]);
    const waiting = judgeOne(fast, api, run([message('r1', { latencyMs: 29_000 })], {}, [step('reports-api', 'received', 'r1'), step('build', 'processed', 'r1')]));
    const table = design([{ id: 'web', kind: 'Actor::Client' }, { id: 'scores', kind: 'AWS::DynamoDB::Table' }], [{ from: 'web', to: 'scores' }]);
    const reads = judgeOne({ ...fast, atMostMs: 1 }, table, run([message('r1', { latencyMs: 5 })], {}, [step('scores', 'read', 'r1')]));
    expect(waiting.fix).toMatch(/asynchronously.*SQS queue that build reads/);
    expect(waiting.fix).not.toMatch(/cache/);
    expect(reads.fix).toMatch(/cache in front of scores/);
  });
});

describe('processed-by tells competing readers from a stream whose readers fall behind', () => {
  const everyTeam = { id: 'every-team', label: 'Every team', type: 'processed-by', atLeast: 2 };
  const copies = (by: string[]) => message('m1', { processed: by.map((consumer, i) => ({ at: i, by: consumer })) });

  it('a shared queue gets a topic with a queue per consumer; a stream gets enhanced fan-out', () => {
    const competing = design(
      [
        { id: 'orders', kind: 'AWS::SQS::Queue' },
        { id: 'kitchen', kind: 'AWS::Lambda::Function' },
        { id: 'receipts', kind: 'AWS::Lambda::Function' },
      ],
      [
        { from: 'orders', to: 'kitchen' },
        { from: 'orders', to: 'receipts' },
      ],
    );
    const queued = judgeOne(everyTeam, competing, run([copies(['kitchen']), message('m2', { processed: [{ at: 1, by: 'receipts' }] })], {}, [step('orders', 'received', 'm1'), step('kitchen', 'processed', 'm1')]));
    const twoReaders = design(
      [
        { id: 'readings', kind: 'AWS::Kinesis::Stream' },
        { id: 'billing', kind: 'AWS::Lambda::Function' },
        { id: 'audit', kind: 'AWS::Lambda::Function' },
      ],
      [
        { from: 'readings', to: 'billing' },
        { from: 'readings', to: 'audit' },
      ],
    );
    const behind = run([copies(['billing']), { ...copies(['billing', 'audit']), id: 'm2' }], {}, [step('readings', 'recordPut', 'm1'), step('billing', 'processed', 'm1')]);
    const streamed = judgeOne(everyTeam, twoReaders, behind);
    expect(streamed.why).toMatch(/its 2 standard consumers share each shard's 5 reads a second/);
    expect(queued.fix).toMatch(/SNS topic and subscribe one SQS queue per consumer \(2 in all\)/);
    expect(queued.source).toEqual(NOTES.snsFanOut);
    expect(streamed.fix).toMatch(/enhanced fan-out/);
    expect(streamed.fix).not.toMatch(/SNS/);
    expect(streamed.source).toEqual(NOTES.shardReads);
  });

  it('too few consumers on a stream are told to add readers, not to fan out through a topic', () => {
    const oneReader = judgeOne(everyTeam, streamDesign(), run([copies(['billing'])], {}, [step('readings', 'recordPut', 'm1'), step('billing', 'processed', 'm1')]));
    expect(oneReader.why).toMatch(/^Only billing processed any message/);
    expect(oneReader.fix).toMatch(/its own function reading readings/);
    expect(oneReader.fix).not.toMatch(/SNS/);
  });
});

describe('operations explanations follow what was deployed and what the alarm did', () => {
  const deploymentReport = (policy: string, downtimeMs: number): DeploymentReport => ({
    policy,
    instances: 1,
    outcome: 'deployed',
    startedAtMs: 60_000,
    durationMs: 60_000,
    downtimeMs,
    minInService: 0,
    minShare: 0,
    peakInstances: 1,
    extraInstances: 0,
    failedRequests: 0,
    rollback: 'none',
    steps: [],
  });
  const noDowntime = { id: 'no-downtime', label: 'No downtime', type: 'downtime', atMostSeconds: 0 };
  const environment = () => design([{ id: 'bookings', kind: 'AWS::ElasticBeanstalk::Environment' }]);
  const deployedWith = (policy: string): SimulationResult => ({ ...run([]), reports: { bookings: { deployments: [deploymentReport(policy, 50_000)] } } });

  it('all at once is told to keep instances serving; a rolling deployment of one instance, to have more than one', () => {
    const allAtOnce = judgeOne(noDowntime, environment(), deployedWith('AllAtOnce'));
    const rolling = judgeOne(noDowntime, environment(), deployedWith('Rolling'));
    expect(allAtOnce.why).toMatch(/^All at once deploys to every instance together/);
    expect(allAtOnce.source).toEqual(OPERATIONS_NOTES.allAtOnce);
    expect(rolling.why).toMatch(/^A rolling deployment takes one batch out of service at a time/);
    expect(rolling.fix).toMatch(/more than one instance/);
    expect(rolling.source).toEqual(OPERATIONS_NOTES.rolling);
  });

  const alarmRequirement = { id: 'pages', label: 'Pages in time, without flapping', type: 'alarm', firesWithinSeconds: 120, atMostTransitions: 2 };
  const alarmRun = (timeToAlarmMs: number, transitions: number): SimulationResult => ({ ...run([]), reports: { failures: { values: { timeToAlarmMs, transitions } } } });
  const alarmDesign = () => design([{ id: 'failures', kind: 'AWS::CloudWatch::Alarm' }]);

  it('an alarm that never fires is told to alarm sooner; one that flaps, to need more datapoints', () => {
    const silent = judgeOne(alarmRequirement, alarmDesign(), alarmRun(-1, 0));
    const flapping = judgeOne(alarmRequirement, alarmDesign(), alarmRun(20_000, 8));
    expect(silent.fix).toMatch(/^To alarm sooner, shorten Period/);
    expect(silent.fix).not.toMatch(/flapping/);
    expect(flapping.fix).toMatch(/^To stop flapping/);
    expect(flapping.fix).not.toMatch(/alarm sooner/);
  });
});

describe('throughput names the stage that held it back', () => {
  const rate = { id: 'rate', label: 'Fast enough', type: 'throughput', atLeastPerSecond: 100 };

  it('a throttled table and a throttled stream get their own capacity advice', () => {
    const table = judgeOne(rate, design([{ id: 'members', kind: 'AWS::DynamoDB::Table' }]), run([], { throughputPerSecond: 10, throttles: 3, load: { members: load(3) } }, [step('members', 'provisionedThroughputExceeded', 'x', 'write of 1 units over 5 provisioned and the burst capacity left')]));
    const stream = judgeOne(rate, streamDesign(), run([], { throughputPerSecond: 10, throttles: 3, load: { readings: load(3) } }));
    expect(table.fix).toMatch(/WriteCapacityUnits/);
    expect(stream.fix).toMatch(/more shards \(ShardCount\)/);
    expect(stream.source).toEqual(NOTES.shardCapacity);
  });
});

describe('a level can give its own why and fix', () => {
  const requirement = { id: 'kept', label: 'The failing order is kept', type: 'faulty-dead-lettered', messageName: 'orderId', why: 'Payments must never vanish.', fix: 'Give the payment function an on-failure destination.' };
  const trace = [step('orders', 'received'), step('fulfil', 'processingFailed')];

  it('replaces the kind\'s why (still quoting the notes) and fix on failure, and leaves a pass alone', () => {
    const failedResult = judgeOne(requirement, queueDesign(), run([poison({ outcome: 'pending' })], {}, trace), poisonLevel);
    expect(failedResult.why).toBe(`Payments must never vanish. The notes (SQS): "${NOTES.deadLetterQueue.quote}"`);
    expect(failedResult.fix).toBe('Give the payment function an on-failure destination.');
    const passedResult = judgeOne(requirement, queueDesign(), run([poison({ outcome: 'dead-lettered', endedAt: 'dlq' })]), poisonLevel);
    expect(passedResult.passed).toBe(true);
    expect(passedResult.fix).toBe('');
  });

  it('does not apply to a failure that could not judge the design (nothing reports the value)', () => {
    const sampled = { id: 'sampled', label: 'Traced', type: 'reported-value', kind: 'AWS::XRay::Group', value: 'tracedShare.checkout', atLeast: 0.05, fix: 'Turn on active tracing.' };
    const result = judgeOne(sampled, design([{ id: 'checkout', kind: 'AWS::Lambda::Function' }]), run([]));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^No "tracedShare\.checkout" was measured: the design has no AWS::XRay::Group that reports it/);
    expect(result.fix).toBe('Add the component the brief asks for.');
  });

  it('rejects an empty override with the path of the field', () => {
    expect(() => scenario({ requirements: [{ ...requirement, fix: '' }] })).toThrow(/requirements\[0\]\.fix/);
  });
});

describe('quoted notes sentences', () => {
  const notes = readNotes();
  const quotes = [...Object.entries(NOTES), ...Object.entries(OPERATIONS_NOTES)];

  it.skipIf(notes === undefined).each(quotes)('%s is quoted verbatim from the study notes', (_name, source) => {
    expect(notes).toContain(source.quote);
    expect(notes!.split('\n').map((line) => line.trim())).toContain(source.section);
  });
});
