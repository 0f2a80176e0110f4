import { componentFor } from '../../catalog/index.ts';
import { acceptanceFor } from '../../catalog/index.ts';
import type { DesignEdge, DesignNode } from '../../design/schema.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { NodeSelector } from '../schema.ts';

/** Kinds that hold messages until a consumer takes them: whoever sends to them does not wait on the consumer. */
export const BUFFERING_KINDS: ReadonlySet<string> = new Set([
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
]);

/** Nodes a selector picks: every node of a kind, or the node with an id. */
export function selectNodes(context: DesignContext, selector: NodeSelector): readonly DesignNode[] {
  if ('kind' in selector) return kindsOf(selector).flatMap((kind) => context.nodesOfKind(kind));
  const node = context.node(selector.node);
  return node ? [node] : [];
}

export function describeSelector(selector: NodeSelector): string {
  if (!('kind' in selector)) return `node "${selector.node}"`;
  const labels = kindsOf(selector).map((kind) => componentFor(kind)?.label ?? kind);
  return `${/^[aeiou]/i.test(labels[0] ?? '') ? 'an' : 'a'} ${labels.join(' or ')}`;
}

export function kindsOf(selector: Extract<NodeSelector, { kind: unknown }>): string[] {
  return typeof selector.kind === 'string' ? [selector.kind] : selector.kind;
}

/**
 * True when the caller does not wait for the work behind this edge: it leaves a queue, topic or
 * stream, it is an asynchronous (Event) invocation, or AWS offers it only asynchronously
 * (S3 and SNS triggers, DynamoDB Streams).
 */
export function isAsynchronous(context: DesignContext, edge: DesignEdge): boolean {
  const fromKind = context.kindOf(edge.from) ?? '';
  const toKind = context.kindOf(edge.to) ?? '';
  if (BUFFERING_KINDS.has(fromKind)) return true;
  if (context.edgeConfig(edge).invocationType === 'Event') return true;
  if (fromKind === 'AWS::DynamoDB::Table' && toKind === 'AWS::Lambda::Function') return true;
  return acceptanceFor(fromKind, toKind, edge.role)?.verb.includes('asynchronous') ?? false;
}

export interface GraphPath {
  nodes: string[];
  edges: DesignEdge[];
}

/**
 * The shortest path (following edges the way data flows) from any of `from` to any of `to`,
 * optionally only over edges that pass `follow`. Breadth-first, so linear in the design.
 */
export function findPath(
  context: DesignContext,
  from: readonly DesignNode[],
  to: readonly DesignNode[],
  follow: (edge: DesignEdge) => boolean = () => true,
): GraphPath | undefined {
  const targets = new Set(to.map((node) => node.id));
  const cameBy = new Map<string, DesignEdge | null>();
  const queue: string[] = [];
  for (const node of from) {
    if (cameBy.has(node.id)) continue;
    cameBy.set(node.id, null);
    queue.push(node.id);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head]!;
    if (targets.has(id) && cameBy.get(id) !== null) return unwind(cameBy, id);
    for (const edge of context.edgesFrom(id)) {
      if (!follow(edge)) continue;
      if (targets.has(edge.to) && !cameBy.has(edge.to)) {
        cameBy.set(edge.to, edge);
        return unwind(cameBy, edge.to);
      }
      if (cameBy.has(edge.to)) continue;
      cameBy.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  return undefined;
}

function unwind(cameBy: Map<string, DesignEdge | null>, end: string): GraphPath {
  const edges: DesignEdge[] = [];
  const nodes = [end];
  let edge = cameBy.get(end);
  while (edge) {
    edges.unshift(edge);
    nodes.unshift(edge.from);
    edge = cameBy.get(edge.from);
  }
  return { nodes, edges };
}
