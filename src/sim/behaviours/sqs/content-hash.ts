import type { SimMessage } from '../../core/message.ts';

/**
 * ContentBasedDeduplication: SQS hashes the body (SHA-256). The body here is the message's
 * attributes, so two sends with the same attributes inside 5 minutes count as one. A cheap
 * deterministic string stands in for the hash: only equality matters.
 */
export function contentHash(message: SimMessage): string {
  const keys = Object.keys(message.attributes).sort();
  return `${message.stream.id}\u0000${keys.map((key) => `${key}=${message.attributes[key]}`).join('\u0000')}`;
}
