/** Today's facts shared by several rules, where the notes are partly right (facts.tsv verdict "partly"). */

/** facts.tsv sqs.dlq */
export const SQS_REDRIVE_FACT =
  'An SQS dead-letter queue is attached to the source queue with a redrive policy (maxReceiveCount, 1–1,000) and must be the same type, FIFO or standard; a Lambda function’s own dead-letter queue is a separate setting for asynchronous invocations.';

/** facts.tsv lambda.kinesis.blocking */
export const KINESIS_LAMBDA_RETRY_FACT =
  'Retrying until the data expires is only the default (MaximumRetryAttempts -1, MaximumRecordAgeInSeconds -1). You can limit retries (0–10,000) or record age (60–604,800 s), split failing batches (BisectBatchOnFunctionError), process up to 10 batches per shard (ParallelizationFactor) and send discarded records to an on-failure destination (SQS, SNS or S3); BatchSize is 100 by default, up to 10,000.';
