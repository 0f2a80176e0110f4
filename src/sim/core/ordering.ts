import type { SimMessage } from './message.ts';

export interface OutOfOrderEvent {
  message: SimMessage;
  /** The earlier-sent message of the same group it overtook. */
  overtook: SimMessage;
  consumer: string;
  at: number;
}

/**
 * Messages processed before an earlier-sent message of the same group, per consumer: the group is
 * the value of `attribute` (the FIFO message group attribute, or the scenario's ordering key).
 */
export function findOutOfOrder(messages: readonly SimMessage[], attributes: readonly string[]): OutOfOrderEvent[] {
  if (attributes.length === 0) return [];
  const lanes = new Map<string, Array<{ message: SimMessage; at: number; consumer: string }>>();
  for (const message of messages) {
    const attribute = attributes.find((name) => message.attributes[name] !== undefined);
    if (attribute === undefined) continue;
    const group = message.attributes[attribute]!;
    const firstBy = new Map<string, number>();
    for (const entry of message.record.processed) if (!firstBy.has(entry.by)) firstBy.set(entry.by, entry.at);
    for (const [consumer, at] of firstBy) {
      const key = `${consumer}\u0000${attribute}\u0000${group}`;
      let lane = lanes.get(key);
      if (!lane) {
        lane = [];
        lanes.set(key, lane);
      }
      lane.push({ message, at, consumer });
    }
  }
  const found: OutOfOrderEvent[] = [];
  for (const lane of lanes.values()) {
    lane.sort((a, b) => a.at - b.at || a.message.seq - b.message.seq);
    // Walking back in time, keep the earliest-sent message processed later than the current one.
    let earliestLater: SimMessage | undefined;
    for (let i = lane.length - 1; i >= 0; i--) {
      const entry = lane[i]!;
      if (earliestLater && earliestLater.seq < entry.message.seq) found.push({ message: entry.message, overtook: earliestLater, consumer: entry.consumer, at: entry.at });
      if (!earliestLater || entry.message.seq < earliestLater.seq) earliestLater = entry.message;
    }
  }
  return found.sort((a, b) => a.at - b.at || a.message.seq - b.message.seq);
}
