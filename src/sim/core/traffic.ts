import type { Fault, MessageRecord, TrafficStream } from '../types.ts';
import { type AggregatedStream, type DataRoute, runAggregatedRequest } from './aggregated-requests.ts';
import type { DataRequest } from './data.ts';
import { LatencyHistogram } from './latency.ts';
import { keySampler } from './random.ts';
import type { SimMessage } from './message.ts';
import type { SimWorld } from './world.ts';

/** Traffic is generated slice by slice, so a long high-rate stream never sits in the event queue at once. */
export const TRAFFIC_SLICE_MS = 100;

type AttributeMaker = () => string;

/** Turns one stream of the scenario's traffic into messages at the clients, on the virtual clock. */
export class TrafficSource {
  private readonly attributeMakers: Array<[string, AttributeMaker]>;
  private readonly poison: Array<Extract<Fault, { type: 'poison-message' }>>;
  private readonly bursts: Array<Extract<Fault, { type: 'burst' }>>;
  private readonly startMs: number;
  private readonly endMs: number;
  private readonly baseRate: number;
  /** Set when every client reaches its data synchronously: requests run without records. */
  private routes: DataRoute[] | undefined;
  private summary: AggregatedStream | undefined;
  /** Latency of this stream's successful aggregated requests (its summary's latencyMs). */
  private readonly latency = new LatencyHistogram();
  /** For aggregated requests: draws the key attribute's index; names and slots are cached per index. */
  private keyIndex: (() => number) | undefined;
  private keyNames: string[] = [];
  /** Slot per key index; -1 until first used (a typed array stays fast when filled in any order). */
  private keySlots = new Int32Array(0);
  private keyName: (index: number) => string = (index) => String(index);
  /** One request object reused by every aggregated request (stores never keep it). */
  private readonly request: DataRequest = { at: 0, key: '', slot: 0, bytes: 0, consistent: false, from: '', message: undefined };
  private owed = 0;
  private generated = 0;
  private nextClient = 0;

  constructor(
    private readonly world: SimWorld,
    private readonly stream: TrafficStream,
    private readonly clients: string[],
    private readonly emit: (clientId: string, message: SimMessage) => void,
    private readonly routeOf: (clientId: string) => DataRoute | undefined,
  ) {
    this.startMs = stream.startSeconds * 1000;
    this.endMs = this.startMs + stream.durationSeconds * 1000;
    this.baseRate = stream.count !== undefined ? stream.count / stream.durationSeconds : stream.ratePerSecond;
    const keySpec = stream.keyAttribute !== undefined ? stream.attributes[stream.keyAttribute] : undefined;
    if (keySpec !== undefined && !('sequence' in keySpec)) {
      const sample = keySampler(keySpec.keys, keySpec.popularity, world.random);
      const prefix = keySpec.prefix;
      this.keyIndex = sample;
      this.keyNames = new Array<string>(keySpec.keys).fill('');
      this.keySlots = new Int32Array(keySpec.keys).fill(-1);
      this.keyName = (index) => {
        let key = this.keyNames[index]!;
        if (key === '') {
          key = `${prefix}${index}`;
          this.keyNames[index] = key;
        }
        return key;
      };
    }
    this.attributeMakers = Object.entries(stream.attributes).map(([name, spec]) => {
      if ('sequence' in spec) {
        let next = 0;
        return [name, () => `${spec.prefix}${++next}`];
      }
      const sample = keySampler(spec.keys, spec.popularity, world.random);
      const names: string[] = [];
      return [
        name,
        () => {
          const index = sample();
          let key = names[index];
          if (key === undefined) {
            key = `${spec.prefix}${index}`;
            names[index] = key;
          }
          return key;
        },
      ];
    });

    this.poison = world.settings.faults.filter((fault): fault is Extract<Fault, { type: 'poison-message' }> => fault.type === 'poison-message' && (fault.stream === undefined || fault.stream === stream.id));
    this.bursts = world.settings.faults.filter((fault): fault is Extract<Fault, { type: 'burst' }> => fault.type === 'burst' && (fault.stream === undefined || fault.stream === stream.id));
  }

  /** End of the run: an aggregated stream's summary gets its own latency percentiles. */
  finish(): void {
    if (this.summary && this.latency.count > 0) this.summary.latencyMs = this.latency.summary();
  }

  get endsAt(): number {
    return this.endMs;
  }

  start(): void {
    if (this.clients.length === 0) return;
    if (this.stream.operation !== 'send') {
      const routes = this.clients.map((id) => this.routeOf(id));
      if (routes.every((route) => route !== undefined)) {
        this.routes = routes as DataRoute[];
        this.summary = { requests: 0, ok: 0, throttled: 0, failed: 0, staleReads: 0 };
        this.world.aggregated.set(this.stream.id, this.summary);
      }
    }
    this.world.at(this.startMs, () => this.slice(this.startMs));
  }

  private rateAt(t: number): number {
    let rate = this.baseRate;
    for (const burst of this.bursts) {
      const from = burst.atSeconds * 1000;
      if (t >= from && t < from + burst.durationSeconds * 1000) rate *= burst.multiplier;
    }
    return rate;
  }

  private slice(from: number): void {
    const to = Math.min(from + TRAFFIC_SLICE_MS, this.endMs);
    this.owed += (this.rateAt(from) * (to - from)) / 1000;
    let count = Math.floor(this.owed + 1e-9);
    if (to >= this.endMs && this.stream.count !== undefined && this.bursts.length === 0) count = Math.max(count, this.stream.count - this.generated);
    this.owed = Math.max(0, this.owed - count);
    const span = to - from;
    const routes = this.routes;
    const write = this.stream.operation === 'write';
    for (let i = 0; i < count; i++) {
      // Aggregated requests arrive evenly within the slice; messages get a seeded jitter.
      const at = from + ((i + (routes ? 0.5 : this.world.random.next())) / count) * span;
      const client = this.nextClient;
      this.nextClient = (this.nextClient + 1) % this.clients.length;
      if (routes) {
        const index = this.keyIndex ? this.keyIndex() : 0;
        let slot = this.keyIndex ? this.keySlots[index]! : -1;
        const key = this.keyIndex ? this.keyName(index) : this.stream.id;
        if (slot < 0) {
          slot = this.world.slotOf(key);
          if (this.keyIndex) this.keySlots[index] = slot;
        }
        const request = this.request;
        request.at = at;
        request.key = key;
        request.slot = slot;
        request.bytes = Math.max(1, Math.round(this.world.random.draw(this.stream.payloadBytes)));
        request.consistent = false;
        runAggregatedRequest(this.world, routes[client]!, this.summary!, this.latency, write, request);
      } else this.emit(this.clients[client]!, this.createMessage(at));
    }
    if (to < this.endMs) this.world.at(to, () => this.slice(to));
  }

  private createMessage(at: number): SimMessage {
    const world = this.world;
    const stream = this.stream;
    const attributes: Record<string, string> = {};
    for (const [name, make] of this.attributeMakers) attributes[name] = make();
    this.generated++;
    const record: MessageRecord = { id: `${stream.id}-${this.generated}`, stream: stream.id, attributes, sentAt: at, processed: [], outcome: 'pending' };
    const message: SimMessage = {
      record,
      seq: world.messages.length,
      stream,
      operation: stream.operation,
      attributes,
      key: stream.keyAttribute !== undefined ? attributes[stream.keyAttribute] : undefined,
      bytes: Math.max(1, Math.round(world.random.draw(stream.payloadBytes))),
      poison: this.poison.some((fault) => attributes[fault.attribute] === fault.value),
      outcomeRank: -1,
    };
    world.messages.push(message);
    return message;
  }
}
