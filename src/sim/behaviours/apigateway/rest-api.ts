import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { booleanSetting, numberSetting, stringSetting } from '../../core/config.ts';
import { settle } from '../../core/message.ts';
import { APIGATEWAY_CACHE_HOUR, APIGATEWAY_REST_PER_MILLION_REQUESTS, HOURS_PER_MONTH, perMonth } from '../../core/prices.ts';
import { Router } from '../../core/router.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { createTokenBucket, stageCacheHit, takeToken, type TokenBucket } from './throttle.ts';

/** API Gateway's own overhead per request, and a stage-cache answer, in ms. */
const GATEWAY_MS = { min: 5, max: 12 };
const CACHE_HIT_MS = { min: 2, max: 5 };

/** A REST API stage: throttling (rate and burst), the stage cache for reads, the integration timeout. */
export class RestApi implements Behaviour {
  private readonly bucket: TokenBucket;
  private readonly cacheEnabled: boolean;
  private readonly cacheTtlSeconds: number;
  private readonly cacheSize: string;
  private readonly integrationTimeoutMs: number;
  private readonly router: Router;
  private readonly cache = new Map<string, number>();
  private hits = 0;
  private misses = 0;
  private requests = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.bucket = createTokenBucket(numberSetting(config, 'throttlingRateLimit', 10_000), numberSetting(config, 'throttlingBurstLimit', 5_000));
    this.cacheEnabled = booleanSetting(config, 'CacheClusterEnabled', false);
    this.cacheTtlSeconds = numberSetting(config, 'cacheTtlInSeconds', 300);
    this.cacheSize = stringSetting(config, 'CacheClusterSize', '0.5');
    this.integrationTimeoutMs = numberSetting(config, 'integrationTimeoutInMillis', 29_000);
    this.router = new Router(world, node.id);
  }

  receive(work: Work, reply: Reply): void {
    const world = this.world;
    const load = world.load(this.node.id);
    for (const message of work.messages) {
      const at = work.at;
      this.requests++;
      if (!takeToken(this.bucket, at)) {
        load.throttled++;
        world.counters.throttles++;
        world.log(at, this.node.id, 'throttled', message, `over ${this.bucket.ratePerSecond} requests/s (burst ${this.bucket.burst}): 429 Too Many Requests`, work.edge);
        if (work.invocation === 'sync') settle(message, 'throttled', { endedAt: this.node.id, reason: '429 Too Many Requests' });
        reply({ ok: false, throttled: true, doneAt: at + world.random.draw(GATEWAY_MS), reason: '429 Too Many Requests', answeredBy: this.node.id });
        continue;
      }
      const cacheKey = message.operation === 'read' ? (message.key ?? message.stream.id) : undefined;
      if (this.cacheEnabled && cacheKey !== undefined) {
        if (stageCacheHit(this.cache.get(cacheKey), this.cacheTtlSeconds, at)) {
          this.hits++;
          load.processed++;
          world.log(at, this.node.id, 'answeredFromCache', message, undefined, work.edge);
          reply({ ok: true, doneAt: at + world.random.draw(CACHE_HIT_MS), answeredBy: this.node.id });
          continue;
        }
        this.misses++;
      }
      const sentAt = at + world.random.draw(GATEWAY_MS);
      this.router.forward(message, sentAt, (result) => {
        if (result.doneAt - sentAt > this.integrationTimeoutMs) {
          load.errors++;
          world.log(sentAt + this.integrationTimeoutMs, this.node.id, 'processingFailed', message, `integration took longer than ${this.integrationTimeoutMs} ms: 504`);
          reply({ ok: false, doneAt: sentAt + this.integrationTimeoutMs, reason: '504 Integration timeout', answeredBy: this.node.id });
          return;
        }
        if (result.ok) {
          load.processed++;
          if (this.cacheEnabled && cacheKey !== undefined && this.cacheTtlSeconds > 0) this.cache.set(cacheKey, result.doneAt);
        }
        reply({ ok: result.ok, doneAt: result.doneAt, throttled: result.throttled, staleMs: result.staleMs, reason: result.reason, answeredBy: result.answeredBy });
      });
    }
  }

  finish(): void {
    if (this.cacheEnabled) this.world.load(this.node.id).cache = { hits: this.hits, misses: this.misses, items: this.cache.size, neverRead: 0 };
  }

  monthlyCostUsd(runMs: number): number {
    const requests = (perMonth(this.requests, runMs) / 1e6) * APIGATEWAY_REST_PER_MILLION_REQUESTS;
    const cache = this.cacheEnabled ? (APIGATEWAY_CACHE_HOUR[this.cacheSize] ?? APIGATEWAY_CACHE_HOUR['0.5']!) * HOURS_PER_MONTH : 0;
    return requests + cache;
  }
}
