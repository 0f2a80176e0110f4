import { S3_CLIENT_KINDS } from '../../../catalog/services/s3.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag } from '../config-values.ts';

export const s3RandomPrefixNotNeeded = defineRule({
  id: 's3/random-prefix-not-needed',
  severity: 'info',
  title: 'Random key prefixes for S3 performance are no longer needed',
  source: { section: 'S3', quote: 'When a large number of objects are uploaded, to improve performance, add a hash prefix to the folder.' },
  facts: ['s3.prefix.random'],
  currentFact:
    'S3 scales automatically: each partitioned prefix serves at least 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second; randomised prefixes are no longer needed. Parallelise over several meaningful prefixes for more (10 prefixes: 55,000 GET/s).',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: S3_CLIENT_KINDS, role: 'none' })) {
        if (!flag(design.edgeConfig(edge).randomKeyPrefix)) continue;
        reports.push({
          message: `${edge.from} adds random prefixes to its keys in ${bucket.id}.`,
          why: 'Since 2018 S3 partitions by prefix automatically and gives each prefix at least 3,500 writes/s and 5,500 reads/s; random prefixes only make keys harder to list and manage.',
          fix: 'Use readable keys (e.g. date/customer); spread very high request rates over several meaningful prefixes and retry 503 Slow Down with backoff.',
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'randomKeyPrefix',
        });
      }
    }
    return reports;
  },
});
