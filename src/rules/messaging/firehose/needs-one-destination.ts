import { defineRule } from '../../define.ts';
import { FIREHOSE } from '../kinds.ts';

/** Explained by their own rules (firehose/elasticache-*-not-a-destination). */
const REFUSED = ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'];

export const needsOneDestination = defineRule({
  id: 'firehose/needs-one-destination',
  severity: 'error',
  title: 'A Firehose stream needs exactly one destination',
  source: { section: 'Kinesis', quote: 'Data firehose: capture, transform, load streams into AWS data stores, when streamling directly into S3 for example. no analysis' },
  facts: ['firehose.sinks'],
  currentFact: 'Amazon Data Firehose delivers each stream to exactly one destination: S3, Redshift, OpenSearch, Splunk, Snowflake, Iceberg tables or an HTTP endpoint.',
  check(design) {
    return design.nodesOfKind(FIREHOSE).flatMap((firehose) => {
      const destinations = design.edgesFrom(firehose.id, { role: 'none' }).filter((edge) => !REFUSED.includes(design.kindOf(edge.to) ?? ''));
      if (destinations.length === 1) return [];
      return [
        {
          message:
            destinations.length === 0
              ? `${firehose.id} delivers nowhere: it has no destination.`
              : `${firehose.id} has ${destinations.length} destinations (${destinations.map((edge) => edge.to).join(', ')}); a Firehose stream has one.`,
          why: 'A Firehose stream is created with one destination configuration (S3, Redshift, OpenSearch, an HTTP endpoint, ...); records it cannot deliver are not kept anywhere else.',
          fix: destinations.length === 0 ? `Connect ${firehose.id} to an S3 bucket (or Redshift, OpenSearch).` : 'Create one Firehose stream per destination, each reading the same source.',
          nodes: [firehose.id, ...destinations.map((edge) => edge.to)],
          edges: destinations.map((edge) => design.edgeKey(edge)),
        },
      ];
    });
  },
});
