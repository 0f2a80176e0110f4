import type { DesignContext } from '../../context.ts';
import type { DesignEdge } from '../../../design/schema.ts';
import { list, record, text } from '../config-values.ts';

/** The bucket hosts a static website (WebsiteConfiguration set). */
export function hostsWebsite(config: Record<string, unknown>): boolean {
  return config.WebsiteConfiguration !== undefined;
}

/**
 * Which endpoint an application → bucket edge uses: the one it names, else the website endpoint
 * for a client of a website bucket (a browser visiting the site), else the REST API.
 */
export function endpointOf(design: DesignContext, edge: DesignEdge): 'rest' | 'website' {
  const named = text(design.edgeConfig(edge).endpoint);
  if (named === 'rest' || named === 'website') return named;
  const bucket = design.node(edge.to);
  const visitsSite = design.kindOf(edge.from) === 'Actor::Client' && bucket !== undefined && hostsWebsite(design.config(bucket));
  return visitsSite ? 'website' : 'rest';
}

/** CloudFront → bucket origin: the website endpoint (custom origin) or the REST endpoint. */
export function originTypeOf(design: DesignContext, edge: DesignEdge): 'rest' | 'website' {
  const named = text(design.edgeConfig(edge).originType);
  if (named === 'rest' || named === 'website') return named;
  const bucket = design.node(edge.to);
  return bucket !== undefined && hostsWebsite(design.config(bucket)) ? 'website' : 'rest';
}

/**
 * SSE-C is blocked unless a rule of the bucket's encryption configuration unblocks it with
 * BlockedEncryptionTypes NONE: new buckets block it by default since April 2026.
 */
export function blocksSseC(config: Record<string, unknown>): boolean {
  const rules = list(record(config.BucketEncryption).ServerSideEncryptionConfiguration);
  const types = rules.flatMap((rule) => {
    const blocked = record(rule.BlockedEncryptionTypes).EncryptionType;
    return Array.isArray(blocked) ? blocked : [];
  });
  return !types.includes('NONE');
}

export function versioningEnabled(config: Record<string, unknown>): boolean {
  return record(config.VersioningConfiguration).Status === 'Enabled';
}
