import { componentFor } from '../../../catalog/index.ts';
import { defineRule } from '../../define.ts';
import type { Rule } from '../../types.ts';
import { FIREHOSE } from '../kinds.ts';

const SINKS_QUOTE = { section: 'Kinesis', quote: "Firehose allows Elasticsearch, Redshift and S3 as sink types. Not ElastiCache, since it's not a storage type" };
const SINKS_FACT =
  'Amazon Data Firehose (renamed from Kinesis Data Firehose) delivers to S3, Redshift, OpenSearch Service/Serverless (formerly Elasticsearch), Splunk, Snowflake, Apache Iceberg tables, HTTP endpoints and partners; ElastiCache is still not a destination.';

/** A rule that explains one kind Firehose cannot deliver to (so the generic connection rule stays quiet). */
export function notAFirehoseDestination(id: string, toKind: string): Rule {
  return defineRule({
    id,
    severity: 'error',
    title: `Firehose cannot deliver to ${componentFor(toKind)?.label ?? toKind}`,
    source: SINKS_QUOTE,
    facts: ['firehose.sinks'],
    currentFact: SINKS_FACT,
    connection: { from: FIREHOSE, to: toKind },
    check(design) {
      return design.nodesOfKind(FIREHOSE).flatMap((firehose) =>
        design.edgesFrom(firehose.id, { kind: toKind }).map((edge) => ({
          message: `${firehose.id} cannot deliver to ${edge.to}: ElastiCache is not a Firehose destination.`,
          why: 'Firehose buffers records and loads them into a store for analysis: S3, Redshift, OpenSearch, Splunk, Snowflake, Iceberg tables or an HTTP endpoint. An in-memory cache is not one of them.',
          fix: `Deliver to S3 (or Redshift/OpenSearch) instead; if the cache must be filled, have a Lambda function read the stream and write to ${edge.to}.`,
          nodes: [firehose.id, edge.to],
          edges: [design.edgeKey(edge)],
        })),
      );
    },
  });
}
