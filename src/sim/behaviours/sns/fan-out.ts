/** SNS fan-out as plain functions: which subscriptions get a copy of a published message. */

export interface Subscription {
  /** The subscriber's kind: an SQS queue, a Lambda function, an endpoint outside AWS, ... */
  kind: string;
  /** For SQS subscribers: whether the queue is FIFO. */
  fifoQueue: boolean;
}

/** A FIFO topic delivers only to FIFO SQS queues; a standard topic cannot deliver to a FIFO queue. */
export function subscriptionAccepts(fifoTopic: boolean, subscription: Subscription): boolean {
  if (fifoTopic) return subscription.kind === 'AWS::SQS::Queue' && subscription.fifoQueue;
  return !(subscription.kind === 'AWS::SQS::Queue' && subscription.fifoQueue);
}

/** Every accepting subscription gets its own copy (fan-out). */
export function fanOut<S extends Subscription>(fifoTopic: boolean, subscriptions: readonly S[]): S[] {
  return subscriptions.filter((subscription) => subscriptionAccepts(fifoTopic, subscription));
}
