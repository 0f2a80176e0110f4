import type { DesignContext } from '../context.ts';
import type { DesignEdge, DesignNode } from '../../design/schema.ts';
import { FLINK_APPLICATION, FUNCTION, MESSAGE_SENDER_KINDS, STREAM } from './kinds.ts';

/** Kinds whose code chooses each record's partition key. */
const STREAM_PRODUCER_KINDS = [...MESSAGE_SENDER_KINDS, FLINK_APPLICATION];

/** Edges where application code (or an API) puts records into a stream, choosing the partition key. */
export function producerEdges(design: DesignContext): Array<{ edge: DesignEdge; stream: DesignNode }> {
  return design.nodesOfKind(STREAM).flatMap((stream) =>
    design.edgesTo(stream.id, { kind: STREAM_PRODUCER_KINDS, role: 'none' }).map((edge) => ({ edge, stream })),
  );
}

/** Everything that reads a stream: Lambda event source mappings, KCL applications, Firehose. */
export function consumerEdges(design: DesignContext, stream: DesignNode): DesignEdge[] {
  return design.edgesFrom(stream.id, { role: 'none' });
}

export function usesEnhancedFanOut(design: DesignContext, edge: DesignEdge): boolean {
  return design.edgeConfig(edge).enhancedFanOut === true;
}

/** Edges from a stream to the Lambda functions that read it (event source mappings). */
export function streamTriggerEdges(design: DesignContext): Array<{ edge: DesignEdge; stream: DesignNode; fn: DesignNode }> {
  return design.nodesOfKind(STREAM).flatMap((stream) =>
    design.edgesFrom(stream.id, { kind: FUNCTION, role: 'none' }).flatMap((edge) => {
      const fn = design.node(edge.to);
      return fn ? [{ edge, stream, fn }] : [];
    }),
  );
}
