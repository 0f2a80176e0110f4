import type { NotesSource } from '../../catalog/types.ts';
import type { DesignEdge } from '../../design/schema.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { MessageRecord } from '../../sim/types.ts';
import { NOTES } from './notes.ts';
import { at, because, type Evaluator, failed, passed, plural } from './result.ts';
import { count, involved, messagesOf, nameOf, traceOf, withoutRun } from './run-helpers.ts';

interface Inversion {
  earlier: MessageRecord;
  later: MessageRecord;
  /** When the later-sent message finished, before the earlier one. */
  atMs: number;
  group: string;
}

/**
 * Messages of one group in send order, each compared with the latest finish among those sent
 * before it. Messages sent less than `concurrentWithinMs` apart count as sent at once: either
 * order is right for them.
 */
export function findInversions(records: readonly MessageRecord[], attribute: string, concurrentWithinMs = 0): { inversions: Inversion[]; groups: number } {
  const groups = new Map<string, Array<{ record: MessageRecord; index: number }>>();
  records.forEach((record, index) => {
    const value = record.attributes[attribute];
    if (value === undefined || record.processed.length === 0) return;
    const list = groups.get(value);
    if (list) list.push({ record, index });
    else groups.set(value, [{ record, index }]);
  });
  const inversions: Inversion[] = [];
  for (const [group, list] of groups) {
    list.sort((a, b) => a.record.sentAt - b.record.sentAt || a.index - b.index);
    let latest: MessageRecord | undefined;
    let before = 0;
    list.forEach(({ record }, i) => {
      // Take in every message sent far enough ahead of this one.
      while (before < i && list[before]!.record.sentAt <= record.sentAt - concurrentWithinMs) {
        const candidate = list[before]!.record;
        if (!latest || candidate.processed[0]!.at > latest.processed[0]!.at) latest = candidate;
        before += 1;
      }
      const finished = record.processed[0]!.at;
      if (latest && finished < latest.processed[0]!.at) inversions.push({ earlier: latest, later: record, atMs: finished, group });
    });
  }
  inversions.sort((a, b) => a.atMs - b.atMs || a.group.localeCompare(b.group));
  return { inversions, groups: groups.size };
}

export const ordered: Evaluator<'ordered'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const noun = requirement.nouns?.message ?? 'message';
  const groupNoun = requirement.nouns?.group ?? requirement.attribute;
  const records = messagesOf(run, requirement.stream);
  const { inversions, groups } = findInversions(records, requirement.attribute, requirement.concurrentWithinMs);
  if (inversions.length === 0) {
    return passed(`Every ${groupNoun}'s ${noun}s were processed in the order they were sent (${plural(groups, groupNoun)}).`);
  }
  const first = inversions[0]!;
  const earlier = nameOf(first.earlier, requirement.messageName);
  const later = nameOf(first.later, requirement.messageName);
  const trace = traceOf(run, [first.earlier.id, first.later.id]);
  const parts = involved(input.context, trace);
  const affected = new Set(inversions.map((inversion) => inversion.group)).size;
  const cause = orderingCause(input.context, requirement.attribute);
  const source = requirement.notes ?? cause.source;
  return failed({
    message:
      `${noun}s ${earlier} and ${later} of ${groupNoun} ${first.group} were processed out of order at ${at(first.atMs)}: ` +
      `${later} finished before ${earlier}, which was sent first (at ${at(first.earlier.sentAt)}). ` +
      `In all, ${count(inversions.length)} ${noun}s of ${plural(affected, groupNoun)} finished ahead of one sent before them.`,
    why: because(cause.why, source),
    fix: cause.fix,
    nodes: parts.nodes.length > 0 ? parts.nodes : cause.nodes,
    edges: parts.edges.length > 0 ? parts.edges : cause.edges,
    source,
    trace,
  });
};

/** Reads the design for the usual reason order is lost, so the explanation names it. */
function orderingCause(context: DesignContext, attribute: string): { why: string; fix: string; source: NotesSource; nodes: string[]; edges: string[] } {
  const queues = context.nodesOfKind('AWS::SQS::Queue').filter((queue) => context.edgesFrom(queue.id, { role: 'none' }).length > 0);
  const standard = queues.filter((queue) => context.config(queue).FifoQueue !== true);
  if (standard.length > 0) {
    return {
      why: 'A standard queue delivers at least once in best-effort order, and its consumers work on many messages at once, so a later message can finish first.',
      fix: `Make ${standard.map((q) => q.id).join(', ')} a FIFO queue (FifoQueue: true) and set messageGroupId: ${attribute} on the edges that send to it.`,
      source: NOTES.standardQueue,
      nodes: standard.map((q) => q.id),
      edges: [],
    };
  }
  // A FIFO topic passes its publishers' message group on, so look through it to the publishers.
  const senders = (id: string): DesignEdge[] =>
    context.edgesTo(id, { role: 'none' }).flatMap((edge) => (context.kindOf(edge.from) === 'AWS::SNS::Topic' ? context.edgesTo(edge.from, { role: 'none' }) : [edge]));
  const wrongGroups = queues.flatMap((queue) => senders(queue.id).filter((edge) => context.edgeConfig(edge).messageGroupId !== attribute));
  if (wrongGroups.length > 0) {
    const edges = wrongGroups.map((edge) => context.edgeKey(edge));
    return {
      why: `A FIFO queue keeps order only within a message group, and different groups are processed in parallel. Messages that must stay in order per ${attribute} need ${attribute} as their group.`,
      fix: `Set messageGroupId: ${attribute} on ${edges.join(', ')}.`,
      source: NOTES.fifoGroups,
      nodes: [...new Set(wrongGroups.flatMap((edge) => [edge.from, edge.to]))],
      edges,
    };
  }
  const streams = context.nodesOfKind('AWS::Kinesis::Stream');
  if (streams.length > 0) {
    const puts = streams.flatMap((stream) => context.edgesTo(stream.id, { role: 'none' }));
    const wrongKeys = puts.filter((edge) => {
      const config = context.edgeConfig(edge);
      return config.partitionKeyType !== 'attribute' || config.partitionKey !== attribute;
    });
    const edges = (wrongKeys.length > 0 ? wrongKeys : puts).map((edge) => context.edgeKey(edge));
    return {
      why: `A Kinesis stream keeps order per shard, and the partition key picks the shard; records of one ${attribute} on different shards lose their order.`,
      fix: `Set partitionKeyType: attribute and partitionKey: ${attribute} on ${edges.join(', ') || 'the edges that put records into the stream'}.`,
      source: NOTES.shardOrder,
      nodes: streams.map((stream) => stream.id),
      edges,
    };
  }
  return {
    why: `Without a FIFO queue grouped by ${attribute}, parallel consumers finish messages in whatever order their work takes.`,
    fix: `Send the messages through a FIFO queue with messageGroupId: ${attribute}.`,
    source: NOTES.fifoGroups,
    nodes: [],
    edges: [],
  };
}
