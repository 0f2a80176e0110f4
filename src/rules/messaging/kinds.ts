import { APPLICATION_KINDS } from '../../catalog/groups.ts';
import type { DesignContext } from '../context.ts';
import type { DesignEdge, DesignNode } from '../../design/schema.ts';

export const QUEUE = 'AWS::SQS::Queue';
export const TOPIC = 'AWS::SNS::Topic';
export const FUNCTION = 'AWS::Lambda::Function';
export const STREAM = 'AWS::Kinesis::Stream';
export const FIREHOSE = 'AWS::KinesisFirehose::DeliveryStream';
export const EMAIL_IDENTITY = 'AWS::SES::EmailIdentity';
export const FLINK_APPLICATION = 'AWS::KinesisAnalyticsV2::Application';

/** Application code that polls a queue itself with ReceiveMessage (Lambda's event source mapping polls for you). */
export const SELF_POLLING_KINDS = APPLICATION_KINDS.filter((kind) => kind !== FUNCTION);

/** Kinds that send messages with SendMessage (application code and AWS service integrations). */
export const MESSAGE_SENDER_KINDS = [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine'];

export function isFifoQueue(design: DesignContext, node: DesignNode): boolean {
  return design.config(node).FifoQueue === true;
}

export function isFifoTopic(design: DesignContext, node: DesignNode): boolean {
  return design.config(node).FifoTopic === true;
}

export function queueType(design: DesignContext, node: DesignNode): string {
  return isFifoQueue(design, node) ? 'FIFO' : 'standard';
}

/** Redrive edges: a source queue pointing at its dead-letter queue. */
export function deadLetterEdges(design: DesignContext): Array<{ edge: DesignEdge; source: DesignNode; dlq: DesignNode }> {
  const found: Array<{ edge: DesignEdge; source: DesignNode; dlq: DesignNode }> = [];
  for (const source of design.nodesOfKind(QUEUE)) {
    for (const edge of design.edgesFrom(source.id, { kind: QUEUE, role: 'dead-letter' })) {
      const dlq = design.node(edge.to);
      if (dlq) found.push({ edge, source, dlq });
    }
  }
  return found;
}

/** Edges from a queue to the Lambda functions that poll it (event source mappings). */
export function eventSourceEdges(design: DesignContext): Array<{ edge: DesignEdge; queue: DesignNode; fn: DesignNode }> {
  const found: Array<{ edge: DesignEdge; queue: DesignNode; fn: DesignNode }> = [];
  for (const queue of design.nodesOfKind(QUEUE)) {
    for (const edge of design.edgesFrom(queue.id, { kind: FUNCTION, role: 'none' })) {
      const fn = design.node(edge.to);
      if (fn) found.push({ edge, queue, fn });
    }
  }
  return found;
}

/** Edges that send messages into a node of the given kind. */
export function senderEdges(design: DesignContext, node: DesignNode): DesignEdge[] {
  return design.edgesTo(node.id, { kind: MESSAGE_SENDER_KINDS, role: 'none' });
}

/** A string setting that is present and not blank. */
export function isSet(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}
