/** API Gateway's throttle as plain functions: a token bucket of ThrottlingBurstLimit tokens refilled at ThrottlingRateLimit per second. */

export interface TokenBucket {
  ratePerSecond: number;
  burst: number;
  tokens: number;
  updatedAt: number;
}

export function createTokenBucket(ratePerSecond: number, burst: number): TokenBucket {
  return { ratePerSecond, burst, tokens: burst, updatedAt: 0 };
}

/** Takes a token for a request at `at`; false means the request is throttled (429 Too Many Requests). */
export function takeToken(bucket: TokenBucket, at: number): boolean {
  if (at > bucket.updatedAt) {
    bucket.tokens = Math.min(bucket.burst, bucket.tokens + (bucket.ratePerSecond * (at - bucket.updatedAt)) / 1000);
    bucket.updatedAt = at;
  }
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** A stage cache entry answers while it is younger than the TTL; a TTL of 0 turns caching off. */
export function stageCacheHit(cachedAt: number | undefined, ttlSeconds: number, at: number): boolean {
  return cachedAt !== undefined && ttlSeconds > 0 && at - cachedAt < ttlSeconds * 1000;
}
