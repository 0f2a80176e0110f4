import type { Fault, TrafficStream } from '../bridge.ts';

/** The sandbox traffic panel's fields, as plain values (the panel reads them from its inputs). */
export interface TrafficForm {
  operation: 'send' | 'read' | 'write';
  ratePerSecond: number;
  durationSeconds: number;
  /** The message attribute the traffic carries, e.g. customerId, with how many distinct keys and how popular each is. */
  attribute: string;
  keys: number;
  popularity: 'uniform' | 'zipf';
  zipfExponent: number;
  payloadBytes: number;
  /** Consumer work per message in ms; undefined keeps each function's own duration. */
  processingMs?: number;
  seed: number;
  faults: {
    consumerErrors?: { rate: number; node?: string };
    /** The Nth message sent fails every time it is processed. */
    poison?: { messageNumber: number };
    nodeFailure?: { node: string; atSeconds: number; recoverSeconds?: number };
    azFailure?: { az: string; atSeconds: number; recoverSeconds?: number };
    burst?: { multiplier: number; atSeconds: number; durationSeconds: number };
  };
}

export const DEFAULT_TRAFFIC: TrafficForm = {
  operation: 'send',
  ratePerSecond: 20,
  durationSeconds: 60,
  attribute: 'customerId',
  keys: 20,
  popularity: 'uniform',
  zipfExponent: 1.1,
  payloadBytes: 1024,
  seed: 1,
  faults: {},
};

/** Every message is numbered by this attribute, so a poison message can be named. */
export const MESSAGE_NUMBER = 'messageNumber';
const STREAM = 'sandbox';

/** The simulation settings (src/sim/types.ts) the panel describes; the engine checks them like a scenario's. */
export function settingsFromForm(form: TrafficForm): { traffic: TrafficStream[]; faults: Fault[]; seed: number; drainSeconds: number } {
  const attributes: TrafficStream['attributes'] = {
    [MESSAGE_NUMBER]: { sequence: true, prefix: '' },
  };
  if (form.attribute.trim() !== '') {
    attributes[form.attribute.trim()] = { keys: form.keys, prefix: '', popularity: form.popularity === 'zipf' ? { zipf: form.zipfExponent } : 'uniform' };
  }
  const stream: TrafficStream = {
    id: STREAM,
    operation: form.operation,
    ratePerSecond: form.ratePerSecond,
    startSeconds: 0,
    durationSeconds: form.durationSeconds,
    attributes,
    payloadBytes: form.payloadBytes,
    ...(form.operation !== 'send' && form.attribute.trim() !== '' ? { keyAttribute: form.attribute.trim() } : {}),
    ...(form.processingMs !== undefined ? { processingMs: form.processingMs } : {}),
  };
  const { consumerErrors, poison, nodeFailure, azFailure, burst } = form.faults;
  const faults: Fault[] = [];
  if (consumerErrors) faults.push({ type: 'consumer-errors', rate: consumerErrors.rate, fromSeconds: 0, ...(consumerErrors.node ? { node: consumerErrors.node } : {}) });
  if (poison) faults.push({ type: 'poison-message', stream: STREAM, attribute: MESSAGE_NUMBER, value: String(poison.messageNumber) });
  if (nodeFailure) faults.push({ type: 'node-failure', node: nodeFailure.node, atSeconds: nodeFailure.atSeconds, ...(nodeFailure.recoverSeconds !== undefined ? { recoverSeconds: nodeFailure.recoverSeconds } : {}) });
  if (azFailure) faults.push({ type: 'az-failure', az: azFailure.az, atSeconds: azFailure.atSeconds, ...(azFailure.recoverSeconds !== undefined ? { recoverSeconds: azFailure.recoverSeconds } : {}) });
  if (burst) faults.push({ type: 'burst', stream: STREAM, multiplier: burst.multiplier, atSeconds: burst.atSeconds, durationSeconds: burst.durationSeconds });
  // A sandbox run should answer in seconds: queues get five minutes after the traffic to drain.
  return { traffic: [stream], faults, seed: form.seed, drainSeconds: 300 };
}
