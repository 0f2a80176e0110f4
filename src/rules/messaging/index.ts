import type { Rule } from '../types.ts';
import { awsManagedKeyBlocksServiceSenders } from './sqs/aws-managed-key-blocks-service-senders.ts';
import { competingConsumers } from './sqs/competing-consumers.ts';
import { consumedQueueWithoutDlq } from './sqs/consumed-queue-without-dlq.ts';
import { delaySecondsRange } from './sqs/delay-seconds-range.ts';
import { dlqRetentionShorterThanSource } from './sqs/dlq-retention-shorter-than-source.ts';
import { fifoDlqMustBeFifo } from './sqs/fifo-dlq-must-be-fifo.ts';
import { fifoHighThroughputSettings } from './sqs/fifo-high-throughput-settings.ts';
import { fifoLambdaNoBatchingWindow } from './sqs/fifo-lambda-no-batching-window.ts';
import { fifoNoPerMessageDelay } from './sqs/fifo-no-per-message-delay.ts';
import { fifoSendNeedsDeduplication } from './sqs/fifo-send-needs-deduplication.ts';
import { fifoSendNeedsMessageGroup } from './sqs/fifo-send-needs-message-group.ts';
import { fifoSettingsOnStandardQueue } from './sqs/fifo-settings-on-standard-queue.ts';
import { sqsLambdaBatchSizeRange } from './sqs/lambda-batch-size-range.ts';
import { lambdaBatchingWindowRange } from './sqs/lambda-batching-window-range.ts';
import { lambdaLargeBatchNeedsWindow } from './sqs/lambda-large-batch-needs-window.ts';
import { maxReceiveCountRange } from './sqs/max-receive-count-range.ts';
import { maximumMessageSizeRange } from './sqs/maximum-message-size-range.ts';
import { messageGroupOnStandardQueue } from './sqs/message-group-on-standard-queue.ts';
import { messageRetentionRange } from './sqs/message-retention-range.ts';
import { perMessageDelayRange } from './sqs/per-message-delay-range.ts';
import { queueName } from './sqs/queue-name.ts';
import { receiveBatchSizeRange } from './sqs/receive-batch-size-range.ts';
import { receiveWaitTimeRange } from './sqs/receive-wait-time-range.ts';
import { shortPolling } from './sqs/short-polling.ts';
import { standardDlqMustBeStandard } from './sqs/standard-dlq-must-be-standard.ts';
import { visibilityTimeoutBelowFunctionTimeout } from './sqs/visibility-timeout-below-function-timeout.ts';
import { visibilityTimeoutBelowSixTimesFunctionTimeout } from './sqs/visibility-timeout-below-six-times-function-timeout.ts';
import { visibilityTimeoutRange } from './sqs/visibility-timeout-range.ts';
import { zeroVisibilityTimeout } from './sqs/zero-visibility-timeout.ts';
import { fifoPublishNeedsDeduplication } from './sns/fifo-publish-needs-deduplication.ts';
import { fifoPublishNeedsMessageGroup } from './sns/fifo-publish-needs-message-group.ts';
import { fifoSettingsOnStandardTopic } from './sns/fifo-settings-on-standard-topic.ts';
import { fifoTopicDeliversOnlyToSqs } from './sns/fifo-topic-delivers-only-to-sqs.ts';
import { fifoTopicToStandardQueue } from './sns/fifo-topic-to-standard-queue.ts';
import { s3EventsToFifoTopic } from './sns/s3-events-to-fifo-topic.ts';
import { sesIsNotASubscriber } from './sns/ses-is-not-a-subscriber.ts';
import { standardTopicToFifoQueue } from './sns/standard-topic-to-fifo-queue.ts';
import { topicName } from './sns/topic-name.ts';
import { topicWithoutSubscribers } from './sns/topic-without-subscribers.ts';
import { emailIdentityRequired } from './ses/email-identity-required.ts';
import { feedbackForwardingNeedsTopics } from './ses/feedback-forwarding-needs-topics.ts';
import { analyticsSqlDiscontinued } from './kinesis/analytics-sql-discontinued.ts';
import { constantPartitionKey } from './kinesis/constant-partition-key.ts';
import { enhancedFanOutLimit } from './kinesis/enhanced-fan-out-limit.ts';
import { lambdaDiscardsWithoutDestination } from './kinesis/lambda-discards-without-destination.ts';
import { producerNeedsPartitionKey } from './kinesis/producer-needs-partition-key.ts';
import { provisionedShardCount } from './kinesis/provisioned-shard-count.ts';
import { randomPartitionKey } from './kinesis/random-partition-key.ts';
import { retentionPeriodRange } from './kinesis/retention-period-range.ts';
import { sharedThroughputConsumers } from './kinesis/shared-throughput-consumers.ts';
import { directPutDisabledWithStreamSource } from './firehose/direct-put-disabled-with-stream-source.ts';
import { elastiCacheClusterNotADestination } from './firehose/elasticache-cluster-not-a-destination.ts';
import { elastiCacheReplicationGroupNotADestination } from './firehose/elasticache-replication-group-not-a-destination.ts';
import { needsOneDestination } from './firehose/needs-one-destination.ts';
import { sourceMatchesDeliveryStreamType } from './firehose/source-matches-delivery-stream-type.ts';

/** Messaging and streaming: SQS, SNS, SES, Kinesis Data Streams, Data Firehose. */
export const rules: Rule[] = [
  awsManagedKeyBlocksServiceSenders,
  competingConsumers,
  consumedQueueWithoutDlq,
  delaySecondsRange,
  dlqRetentionShorterThanSource,
  fifoDlqMustBeFifo,
  fifoHighThroughputSettings,
  fifoLambdaNoBatchingWindow,
  fifoNoPerMessageDelay,
  fifoSendNeedsDeduplication,
  fifoSendNeedsMessageGroup,
  fifoSettingsOnStandardQueue,
  sqsLambdaBatchSizeRange,
  lambdaBatchingWindowRange,
  lambdaLargeBatchNeedsWindow,
  maxReceiveCountRange,
  maximumMessageSizeRange,
  messageGroupOnStandardQueue,
  messageRetentionRange,
  perMessageDelayRange,
  queueName,
  receiveBatchSizeRange,
  receiveWaitTimeRange,
  shortPolling,
  standardDlqMustBeStandard,
  visibilityTimeoutBelowFunctionTimeout,
  visibilityTimeoutBelowSixTimesFunctionTimeout,
  visibilityTimeoutRange,
  zeroVisibilityTimeout,
  fifoPublishNeedsDeduplication,
  fifoPublishNeedsMessageGroup,
  fifoSettingsOnStandardTopic,
  fifoTopicDeliversOnlyToSqs,
  fifoTopicToStandardQueue,
  s3EventsToFifoTopic,
  sesIsNotASubscriber,
  standardTopicToFifoQueue,
  topicName,
  topicWithoutSubscribers,
  emailIdentityRequired,
  feedbackForwardingNeedsTopics,
  analyticsSqlDiscontinued,
  constantPartitionKey,
  enhancedFanOutLimit,
  lambdaDiscardsWithoutDestination,
  producerNeedsPartitionKey,
  provisionedShardCount,
  randomPartitionKey,
  retentionPeriodRange,
  sharedThroughputConsumers,
  directPutDisabledWithStreamSource,
  elastiCacheClusterNotADestination,
  elastiCacheReplicationGroupNotADestination,
  needsOneDestination,
  sourceMatchesDeliveryStreamType,
];
